package org.reintegration.portal.interop.hxl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HxlTagTest {

    @Test
    void a_tag_is_read_without_regard_to_case_or_spaces_before_attributes() {
        HxlTag tag = HxlTag.parse(" #Affected +Returnees+IND ");

        assertThat(tag.hashtag()).isEqualTo("#affected");
        assertThat(tag.attributes()).containsExactly("returnees", "ind");
        assertThat(tag).hasToString("#affected+returnees+ind");
    }

    @Test
    void tags_with_the_same_attributes_in_another_order_are_equal() {
        assertThat(HxlTag.parse("#affected+ind+returnees")).isEqualTo(HxlTag.parse("#affected+returnees+ind"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Admin 1 P-code", "#", "#1adm", "#adm1,#adm2", "adm1+code", "#adm1+", "#adm1 code", ""})
    void header_text_and_broken_tags_are_not_tags(String text) {
        assertThat(HxlTag.isTag(text)).isFalse();
        assertThatThrownBy(() -> HxlTag.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} selects {1}: {2}")
    @CsvSource({
        "#affected+returnees,         #affected+returnees+ind,        true",
        "#affected+returnees+ind,     #affected+returnees+ind+abroad, true",
        "#affected+returnees+ind,     #affected+returnees+hh,         false",
        "#affected+returnees-hh,      #affected+returnees+hh,         false",
        "#affected+returnees-hh,      #affected+returnees+ind,        true",
        "#affected+returnees+ind-abroad, #affected+returnees+ind+abroad, false",
        "#AFFECTED +Returnees,        #affected+returnees+f,          true",
        "#adm1,                       #adm2+code,                     false",
        "#adm1+code,                  #adm1+name,                     false"
    })
    void a_pattern_selects_tags_with_its_hashtag_and_attributes_whatever_else_they_have(
            String pattern, String tag, boolean selected) {
        assertThat(HxlTagPattern.parse(pattern).matches(HxlTag.parse(tag))).isEqualTo(selected);
    }

    @Test
    void a_pattern_cannot_ask_for_an_attribute_both_present_and_absent() {
        assertThatThrownBy(() -> HxlTagPattern.parse("#affected+hh-hh")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_pattern_is_written_back_as_hxl_writes_it() {
        assertThat(HxlTagPattern.parse("#Affected + returnees - HH")).hasToString("#affected+returnees-hh");
    }
}
