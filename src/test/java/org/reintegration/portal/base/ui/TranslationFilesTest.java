package org.reintegration.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The three interface languages hold the same keys, each with a text, with the same placeholders; a French or
 * Arabic text is never the English one left in place (French words spelled as in English are listed).
 */
class TranslationFilesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    /** French texts that are spelled like their English original and are French all the same. */
    static final Set<String> FRENCH_AS_ENGLISH = Set.of(
            "final",
            "Menu",
            "Score",
            "programme",
            "Question",
            "Versions",
            "Composite",
            "Dates",
            "Correction",
            "Administration",
            "Social",
            "Psychosocial",
            "P-code",
            "Latitude",
            "Longitude",
            "Description",
            "Tension",
            "Population",
            "population",
            "Incidents",
            "Source",
            "Organisation",
            "Service",
            "services",
            "Contact",
            "Initiatives",
            "Initiative",
            "Dimension",
            "Note",
            "Points",
            "{0} points",
            "{0}, {1} points",
            "Budget",
            "Phase",
            "Codes",
            "Classes",
            "Quantiles",
            "Type",
            "Active",
            "Personnel",
            "Transport",
            "Tranches",
            "Tranche",
            "Total");

    static Map<String, String> load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationFilesTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((k, v) -> texts.put((String) k, (String) v));
        return texts;
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Whether a text holds any letter: "{0}" or "#" cannot be left in English. */
    static boolean hasWords(String text) {
        return PLACEHOLDER.matcher(text).replaceAll("").codePoints().anyMatch(Character::isLetter);
    }

    @Test
    void every_key_is_in_all_three_languages_with_a_text_and_the_same_placeholders() throws IOException {
        Map<String, String> english = load("translations.properties");
        Map<String, String> french = load("translations_fr.properties");
        Map<String, String> arabic = load("translations_ar.properties");
        List<String> problems = new ArrayList<>();
        for (var language : List.of(Map.entry("fr", french), Map.entry("ar", arabic))) {
            Map<String, String> other = language.getValue();
            new TreeSet<>(english.keySet())
                    .stream()
                            .filter(k -> !other.containsKey(k))
                            .forEach(k -> problems.add(language.getKey() + " lacks " + k));
            other.keySet().stream()
                    .filter(k -> !english.containsKey(k))
                    .forEach(k -> problems.add(language.getKey() + " has " + k + ", which English lacks"));
            other.forEach((key, text) -> {
                if (text.isBlank()) {
                    problems.add(language.getKey() + " " + key + " is empty");
                }
                if (english.containsKey(key) && !placeholders(english.get(key)).equals(placeholders(text))) {
                    problems.add(language.getKey() + " " + key + " has placeholders " + placeholders(text)
                            + ", English " + placeholders(english.get(key)));
                }
            });
        }
        english.forEach((key, text) -> {
            if (text.isBlank()) {
                problems.add("en " + key + " is empty");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void in_french_a_colon_semicolon_question_or_exclamation_mark_follows_a_no_break_space() throws IOException {
        List<String> wrong = new ArrayList<>();
        load("translations_fr.properties").forEach((key, text) -> {
            if (!frenchHighPunctuationIsSpaced(text)) {
                wrong.add(key + "=" + text);
            }
        });
        assertThat(wrong)
                .as("French texts with a plain space, or none, before : ; ? ! (a no-break space keeps the mark on"
                        + " its line: U+00A0 before a colon, the narrow U+202F before the others)")
                .isEmpty();
    }

    @Test
    void the_french_punctuation_check_catches_a_plain_space_and_a_missing_one() {
        assertThat(frenchHighPunctuationIsSpaced("Résultats du vote\u00a0: {0}\u202f; fini\u202f?"))
                .isTrue();
        assertThat(frenchHighPunctuationIsSpaced("Résultats du vote : {0}")).isFalse();
        assertThat(frenchHighPunctuationIsSpaced("Résultats du vote: {0}")).isFalse();
        assertThat(frenchHighPunctuationIsSpaced("Vraiment ?")).isFalse();
        assertThat(frenchHighPunctuationIsSpaced("Voir https://example.org/a?b"))
                .isTrue();
    }

    /** Whether every : ; ? ! in a French text (outside a web address) has a no-break space before it. */
    static boolean frenchHighPunctuationIsSpaced(String text) {
        String words = text.replaceAll("https?://\\S+", "");
        Matcher mark = Pattern.compile("[:;?!]").matcher(words);
        while (mark.find()) {
            char before = mark.start() == 0 ? ' ' : words.charAt(mark.start() - 1);
            if (before != '\u00a0' && before != '\u202f') {
                return false;
            }
        }
        return true;
    }

    @Test
    void no_french_or_arabic_text_is_the_english_one_left_in_place() throws IOException {
        Map<String, String> english = load("translations.properties");
        Map<String, String> french = load("translations_fr.properties");
        Map<String, String> arabic = load("translations_ar.properties");
        List<String> untranslated = new ArrayList<>();
        english.forEach((key, text) -> {
            if (!hasWords(text)) {
                return;
            }
            if (text.equals(french.get(key)) && !FRENCH_AS_ENGLISH.contains(text)) {
                untranslated.add("fr " + key + "=" + text);
            }
            if (text.equals(arabic.get(key))) {
                untranslated.add("ar " + key + "=" + text);
            }
        });
        assertThat(untranslated).isEmpty();
    }

    @Test
    void the_checks_catch_a_missing_key_a_lost_placeholder_and_english_left_in_place() {
        assertThat(placeholders("Move to {0} on {1}")).containsExactly("0", "1");
        assertThat(placeholders("Passage à la phase {0}")).containsExactly("0");
        assertThat(hasWords("{0}, {1}")).isFalse();
        assertThat(hasWords("Move to {0}")).isTrue();
        assertThat(FRENCH_AS_ENGLISH).doesNotContain("Move to {0}");
    }
}
