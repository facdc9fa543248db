package org.reintegration.portal.initiative;

import static org.reintegration.portal.initiative.TypeField.number;
import static org.reintegration.portal.initiative.TypeField.text;
import static org.reintegration.portal.initiative.TypeField.yesNo;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of community initiative, each within one dimension and with its own fields. Adding a
 * type means adding a constant here and its translations; forms and checks follow.
 */
public enum InitiativeType {
    GROUP_INCOME_GENERATING(
            Dimension.ECONOMIC,
            false,
            number("group_members", true),
            number("returnee_members", true),
            number("resident_members", true),
            text("business_idea", true),
            text("market", true),
            text("equipment", false)),
    COMMUNITY_LIVELIHOOD(
            Dimension.ECONOMIC, false, text("activity", true), number("jobs_created", false), text("partner", false)),
    COMMUNITY_FINANCIAL_SUPPORT(
            Dimension.ECONOMIC, false, text("scheme", true), number("members", true), text("managed_by", false)),
    HOUSING(Dimension.SOCIAL, false, number("housing_units", true), yesNo("land_secured")),
    EDUCATION(Dimension.SOCIAL, false, text("facility", true), number("pupils", false)),
    HEALTH(Dimension.SOCIAL, false, text("facility", true), number("people_served", false)),
    WATER_SANITATION(
            Dimension.SOCIAL,
            false,
            number("water_points", true),
            number("people_served", false),
            yesNo("maintenance_committee")),
    PUBLIC_INFRASTRUCTURE(Dimension.SOCIAL, false, text("works", true), yesNo("land_secured")),
    SAFETY_JUSTICE_RIGHTS(Dimension.SOCIAL, false, text("service", true), text("partner", false)),
    MOBILISATION_SENSITISATION(Dimension.PSYCHOSOCIAL, false, text("topic", true), number("sessions", false)),
    PEER_SUPPORT_GROUP(
            Dimension.PSYCHOSOCIAL,
            true,
            text("facilitator", true),
            text("meeting_place", true),
            number("members", false)),
    COMMUNITY_NETWORK(Dimension.PSYCHOSOCIAL, false, text("purpose", true), number("members", false));

    private final Dimension dimension;
    private final boolean confidentialByDefault;
    private final List<TypeField> fields;

    InitiativeType(Dimension dimension, boolean confidentialByDefault, TypeField... fields) {
        this.dimension = dimension;
        this.confidentialByDefault = confidentialByDefault;
        this.fields = List.of(fields);
    }

    public Dimension dimension() {
        return dimension;
    }

    /**
     * True for types whose members could be singled out (peer support among returnees): forms start
     * with the confidential flag set.
     */
    public boolean confidentialByDefault() {
        return confidentialByDefault;
    }

    /** The type's own fields, in the order forms show them. */
    public List<TypeField> fields() {
        return fields;
    }

    public String labelKey() {
        return "initiative-type." + name();
    }

    public static List<InitiativeType> of(Dimension dimension) {
        return Arrays.stream(values()).filter(t -> t.dimension == dimension).toList();
    }
}
