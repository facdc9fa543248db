package org.reintegration.portal.iati;

import java.util.EnumMap;
import java.util.Map;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeType;

/**
 * The OECD DAC 5-digit purpose codes (IATI Sector vocabulary 1) the export gives a project. Every
 * project is a reintegration project, so each carries 15190 (facilitation of orderly, safe, regular and
 * responsible migration and mobility) beside the code of what it does; see docs/adr/0009-iati-mapping.md.
 *
 * <table>
 *   <caption>Initiative type → DAC purpose code</caption>
 *   <tr><th>type</th><th>code</th><th>DAC name</th></tr>
 *   <tr><td>GROUP_INCOME_GENERATING</td><td>32130</td><td>Small and medium-sized enterprises (SME) development</td></tr>
 *   <tr><td>COMMUNITY_LIVELIHOOD</td><td>16020</td><td>Employment creation</td></tr>
 *   <tr><td>COMMUNITY_FINANCIAL_SUPPORT</td><td>24040</td><td>Informal/semi-formal financial intermediaries</td></tr>
 *   <tr><td>HOUSING</td><td>16040</td><td>Low-cost housing</td></tr>
 *   <tr><td>EDUCATION</td><td>11220</td><td>Primary education</td></tr>
 *   <tr><td>HEALTH</td><td>12220</td><td>Basic health care</td></tr>
 *   <tr><td>WATER_SANITATION</td><td>14030</td><td>Basic drinking water supply and basic sanitation</td></tr>
 *   <tr><td>PUBLIC_INFRASTRUCTURE</td><td>43040</td><td>Rural development</td></tr>
 *   <tr><td>SAFETY_JUSTICE_RIGHTS</td><td>15130</td><td>Legal and judicial development</td></tr>
 *   <tr><td>MOBILISATION_SENSITISATION</td><td>15220</td><td>Civilian peace-building, conflict prevention and resolution</td></tr>
 *   <tr><td>PEER_SUPPORT_GROUP</td><td>12340</td><td>Promotion of mental health and well-being</td></tr>
 *   <tr><td>COMMUNITY_NETWORK</td><td>15150</td><td>Democratic participation and civil society</td></tr>
 *   <tr><td>no type: ECONOMIC / SOCIAL / PSYCHOSOCIAL</td><td>16020 / 16010 / 12340</td><td>by dimension</td></tr>
 * </table>
 */
final class DacSector {

    /** Facilitation of orderly, safe, regular and responsible migration and mobility. */
    static final String MIGRATION = "15190";

    private static final Map<InitiativeType, String> BY_TYPE = new EnumMap<>(Map.ofEntries(
            Map.entry(InitiativeType.GROUP_INCOME_GENERATING, "32130"),
            Map.entry(InitiativeType.COMMUNITY_LIVELIHOOD, "16020"),
            Map.entry(InitiativeType.COMMUNITY_FINANCIAL_SUPPORT, "24040"),
            Map.entry(InitiativeType.HOUSING, "16040"),
            Map.entry(InitiativeType.EDUCATION, "11220"),
            Map.entry(InitiativeType.HEALTH, "12220"),
            Map.entry(InitiativeType.WATER_SANITATION, "14030"),
            Map.entry(InitiativeType.PUBLIC_INFRASTRUCTURE, "43040"),
            Map.entry(InitiativeType.SAFETY_JUSTICE_RIGHTS, "15130"),
            Map.entry(InitiativeType.MOBILISATION_SENSITISATION, "15220"),
            Map.entry(InitiativeType.PEER_SUPPORT_GROUP, "12340"),
            Map.entry(InitiativeType.COMMUNITY_NETWORK, "15150")));

    private static final Map<Dimension, String> BY_DIMENSION = new EnumMap<>(Map.of(
            Dimension.ECONOMIC, "16020",
            Dimension.SOCIAL, "16010",
            Dimension.PSYCHOSOCIAL, "12340"));

    private DacSector() {}

    /** The purpose code of what a project does: by its type, or by its dimension when the type is unknown. */
    static String of(InitiativeType type, Dimension dimension) {
        return type != null ? BY_TYPE.get(type) : BY_DIMENSION.get(dimension);
    }
}
