package org.reintegration.portal.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a public page template names is in the English, French and Arabic bundles. */
class TemplateTextsTest {

    /** {@code #{key}} or {@code #{key(arguments)}} with a literal key (keys built from values are checked elsewhere). */
    private static final Pattern KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9_.-]*)[}(]");

    @Test
    void every_key_a_template_asks_for_is_in_each_language() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates/public"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("public.menu.vote", "vote.code", "landing.heading");
        for (String suffix : new String[] {"", "_fr", "_ar"}) {
            Properties bundle = new Properties();
            try (InputStream in =
                    getClass().getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
                bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(bundle.stringPropertyNames()).as("bundle %s", suffix).containsAll(used);
        }
    }
}
