package org.reintegration.portal.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.project.ProjectStatus;
import org.w3c.dom.NodeList;

class DacSectorTest {

    @Test
    void every_initiative_type_and_dimension_has_a_purpose_code_of_the_dac_codelist() throws Exception {
        Set<String> sectors = codes("Sector");

        for (InitiativeType type : InitiativeType.values()) {
            assertThat(sectors).as(type.name()).contains(DacSector.of(type, type.dimension()));
        }
        for (Dimension dimension : Dimension.values()) {
            assertThat(sectors).as(dimension.name()).contains(DacSector.of(null, dimension));
        }
        assertThat(sectors).contains(DacSector.MIGRATION);
    }

    @Test
    void every_project_status_has_an_activity_status() throws Exception {
        Set<String> statuses = codes("ActivityStatus");

        for (ProjectStatus status : ProjectStatus.values()) {
            assertThat(statuses).as(status.name()).contains(IatiActivityWriter.statusCode(status));
        }
        assertThat(IatiActivityWriter.statusCode(ProjectStatus.CANCELLED)).isEqualTo("5");
    }

    private static Set<String> codes(String codelist) throws Exception {
        try (InputStream in = DacSectorTest.class.getResourceAsStream("/iati/codelists/" + codelist + ".xml")) {
            NodeList nodes = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(in)
                    .getElementsByTagName("code");
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                codes.add(nodes.item(i).getTextContent().strip());
            }
            return codes;
        }
    }
}
