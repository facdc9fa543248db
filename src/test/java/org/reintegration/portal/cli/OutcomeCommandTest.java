package org.reintegration.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeCommandTest {

    private static final String RADOSC = "src/test/resources/pabulib/files/poland_warszawa_2019_radosc.pb";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void the_selected_projects_are_printed_one_per_line_in_selection_order() {
        int exit = run("greedy", RADOSC);

        assertThat(exit).isZero();
        assertThat(printed(out)).isEqualTo("1318\n2407\n257\n2391\n2397\n");
        assertThat(printed(err)).isEmpty();
    }

    @Test
    void equal_shares_completed_with_greedy_lists_the_greedy_additions_last() {
        int exit = run(
                "outcome", "mes_add1u_greedy", "src/test/resources/pabulib/files/poland_gdynia_2020_grabowek-large.pb");

        assertThat(exit).isZero();
        assertThat(printed(out).lines()).containsExactly("3", "6", "4", "5");
    }

    @Test
    void an_unknown_rule_fails_with_a_message_naming_the_rules() {
        int exit = run("phragmen", RADOSC);

        assertThat(exit).isEqualTo(OutcomeCommand.USAGE);
        assertThat(printed(out)).isEmpty();
        assertThat(printed(err)).contains("unknown rule 'phragmen'", "greedy, mes, mes_add1u, mes_add1u_greedy");
    }

    @Test
    void a_missing_file_fails_with_a_message() {
        int exit = run("mes", "no/such/election.pb");

        assertThat(exit).isEqualTo(OutcomeCommand.BAD_INPUT);
        assertThat(printed(err)).contains("no such file", "election.pb");
    }

    @Test
    void a_malformed_file_fails_with_the_line_of_the_problem(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("broken.pb");
        Files.writeString(file, "META\nkey;value\nbudget;lots\n");

        int exit = run("mes", file.toString());

        assertThat(exit).isEqualTo(OutcomeCommand.BAD_INPUT);
        assertThat(printed(err)).contains("line 3, column 8", "budget 'lots' is not a number");
    }

    @Test
    void a_wrong_number_of_arguments_prints_the_usage() {
        assertThat(run("mes")).isEqualTo(OutcomeCommand.USAGE);
        assertThat(printed(err)).startsWith("usage: outcome <rule> <file.pb>");
    }

    private int run(String... args) {
        return OutcomeCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String printed(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
