package org.reintegration.portal.map.leaflet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

class JsonWriterTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void separatesMembersAndNestsContainers() {
        String json = new JsonWriter()
                .beginObject()
                .name("a")
                .value(1)
                .name("b")
                .beginArray()
                .value("x")
                .nullValue()
                .value(true)
                .beginObject()
                .endObject()
                .endArray()
                .name("c")
                .rawValue("{\"type\":\"Point\",\"coordinates\":[1,2]}")
                .optional("absent", null)
                .optional("present", "y")
                .endObject()
                .toString();

        assertThat(json)
                .isEqualTo(
                        "{\"a\":1,\"b\":[\"x\",null,true,{}],\"c\":{\"type\":\"Point\",\"coordinates\":[1,2]},\"present\":\"y\"}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        String text = "quote\" backslash\\ newline\n tab\t bell\u0007";
        String json = new JsonWriter().value(text).toString();

        assertThat(json).isEqualTo("\"quote\\\" backslash\\\\ newline\\n tab\\t bell\\u0007\"");
        assertThat(mapper.readValue(json, String.class)).isEqualTo(text);
    }

    @Test
    void escapesMarkupSoTheOutputIsInertEvenInsideHtml() {
        String text = "<img src=x onerror=alert(1)></script>&amp;";
        String json = new JsonWriter().value(text).toString();

        assertThat(json).doesNotContain("<", ">", "&");
        assertThat(mapper.readValue(json, String.class)).isEqualTo(text);
    }

    @Test
    void escapesLineSeparatorsAndSurrogatesSoEmojiAndUnpairedOnesSurvive() {
        String text = "a\u2028b\u2029c 🏠 \uD800 end";
        String json = new JsonWriter().value(text).toString();

        assertThat(json).isEqualTo("\"a\\u2028b\\u2029c \\ud83c\\udfe0 \\ud800 end\"");
        assertThat(mapper.readValue(json, String.class)).isEqualTo(text);
    }

    @Test
    void writesWholeNumbersWithoutFractionAndRejectsNonFiniteOnes() {
        assertThat(new JsonWriter()
                        .beginArray()
                        .value(3.0)
                        .value(-0.5)
                        .value(1e20)
                        .value(9.5092)
                        .endArray()
                        .toString())
                .isEqualTo("[3,-0.5,1.0E20,9.5092]");
        assertThatThrownBy(() -> new JsonWriter().value(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JsonWriter().value(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
