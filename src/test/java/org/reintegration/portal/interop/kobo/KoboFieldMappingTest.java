package org.reintegration.portal.interop.kobo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.interop.hxl.ImportException;

class KoboFieldMappingTest {

    private static final String TEXT = """
            # community assessment, version 3

            grp_location/adm2     = adm2_pcode
            grp_demo/n_returnees  = returnees   # individuals, not households
            priority_needs=needs
            """;

    @Test
    void the_text_form_maps_one_form_field_per_line_and_skips_comments() throws ImportException {
        KoboFieldMapping mapping = KoboFieldMapping.parse(TEXT);

        assertThat(mapping.targets())
                .containsExactly(
                        Map.entry("grp_location/adm2", "adm2_pcode"),
                        Map.entry("grp_demo/n_returnees", "returnees"),
                        Map.entry("priority_needs", "needs"));
        assertThat(mapping.lineOf("grp_demo/n_returnees")).isEqualTo(4);
        assertThat(mapping.lineOf("grp_demo/hh_size")).isZero();
    }

    @Test
    void the_formatted_text_reads_back_into_the_same_mapping() throws ImportException {
        KoboFieldMapping mapping = KoboFieldMapping.parse(TEXT);

        assertThat(mapping.format()).isEqualTo("""
                grp_location/adm2 = adm2_pcode
                grp_demo/n_returnees = returnees
                priority_needs = needs
                """);
        assertThat(KoboFieldMapping.parse(mapping.format()).targets()).isEqualTo(mapping.targets());
    }

    @Test
    void a_line_that_is_not_a_mapping_is_reported_by_its_number() {
        assertThatThrownBy(() -> KoboFieldMapping.parse("a = b\n\ngrp_demo/hh_size households\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage(
                        "mapping line 3: 'grp_demo/hh_size households' is not of the form 'form/path = target_field'");
    }

    @Test
    void a_form_field_or_target_field_may_be_mapped_only_once() {
        assertThatThrownBy(() -> KoboFieldMapping.parse("a = x\nb = y\na = z\n"))
                .hasMessage("mapping line 3: a is already mapped on line 1");
        assertThatThrownBy(() -> KoboFieldMapping.parse("a = x\nb = x\n"))
                .hasMessage("mapping line 2: x is already filled from line 1");
    }

    @Test
    void a_mapping_built_in_code_is_checked_like_the_text_form() {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("grp_location/adm2", "adm2_pcode");
        targets.put("grp_location/adm1", "adm 1");

        assertThatThrownBy(() -> KoboFieldMapping.of(targets))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mapping line 2:");
        assertThat(KoboFieldMapping.of(Map.of("_uuid", "source_id")).lineOf("_uuid"))
                .isEqualTo(1);
    }
}
