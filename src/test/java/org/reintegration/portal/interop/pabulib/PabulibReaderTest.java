package org.reintegration.portal.interop.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.selection.outcome.Ballot;
import org.reintegration.portal.selection.outcome.BallotGroup;
import org.reintegration.portal.selection.outcome.Election;
import org.reintegration.portal.selection.outcome.Project;
import org.reintegration.portal.selection.outcome.VoteType;

class PabulibReaderTest {

    private static final String VALID = """
            META
            key;value
            description;"A district; with a semicolon"
            num_projects;3
            num_votes;4
            budget;1000.50
            vote_type;approval
            PROJECTS
            project_id;cost;name
            1;500;"Park ""Zielony"" renovation"
            2;300;Library books
            10;200.0;Bike racks
            VOTES
            voter_id;age;vote
            v1;30;1,2
            v2;41;2,1
            v3;;10
            v4;55;1
            """;

    @Test
    void a_valid_file_is_read_with_quoted_fields_and_an_exact_budget() throws IOException {
        Election election = read(VALID);

        assertThat(election.budget()).isEqualTo(new BigDecimal("1000.50"));
        assertThat(election.voteType()).isEqualTo(VoteType.APPROVAL);
        assertThat(election.projects())
                .containsExactly(
                        new Project("1", 500, "Park \"Zielony\" renovation"),
                        new Project("2", 300, "Library books"),
                        new Project("10", 200, "Bike racks"));
        assertThat(election.voterCount()).isEqualTo(4);
        assertThat(election.ballots())
                .containsExactly(
                        new BallotGroup(Ballot.approving("1", "2"), 2),
                        new BallotGroup(Ballot.approving("10"), 1),
                        new BallotGroup(Ballot.approving("1"), 1));
    }

    @Test
    void a_missing_votes_section_is_rejected_naming_the_line_after_the_end() {
        String text = VALID.substring(0, VALID.indexOf("VOTES"));

        assertThatThrownBy(() -> read(text))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessage("line 13: the VOTES section is missing after the PROJECTS section");
    }

    @Test
    void a_votes_or_projects_table_without_rows_is_refused() {
        String noVotes = VALID.substring(0, VALID.indexOf("v1;"));
        assertThatThrownBy(() -> read(noVotes))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessage("line 13: the VOTES table has no rows: there is no vote below its header");

        String noProjects = VALID.substring(0, VALID.indexOf("1;500")) + "VOTES\nvoter_id;vote\nv1;\n";
        assertThatThrownBy(() -> read(noProjects))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessage("line 8: the PROJECTS table has no rows: there is no project below its header");
    }

    @Test
    void a_non_numeric_cost_is_rejected_naming_its_line_and_column() {
        String text = VALID.replace("2;300;Library books", "2;three hundred;Library books");

        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(PabulibFormatException.class, problem -> {
            assertThat(problem.line()).isEqualTo(11);
            assertThat(problem.column()).isEqualTo(3);
            assertThat(problem).hasMessage("line 11, column 3: cost 'three hundred' of project '2' is not a number");
        });
    }

    @Test
    void a_fractional_cost_is_rejected() {
        String text = VALID.replace("2;300;", "2;300.5;");

        assertThatThrownBy(() -> read(text))
                .hasMessageContaining("line 11, column 3")
                .hasMessageContaining("cost '300.5' of project '2' is not a whole number");
    }

    @Test
    void a_vote_for_an_unknown_project_is_rejected_naming_its_line() {
        String text = VALID.replace("v3;;10", "v3;;11");

        assertThatThrownBy(() -> read(text)).hasMessage("line 17, column 5: the vote names unknown project '11'");
    }

    @Test
    void a_semicolon_inside_quotes_does_not_split_the_field_but_one_outside_does() throws IOException {
        assertThat(read(VALID).projects().getFirst().name()).isEqualTo("Park \"Zielony\" renovation");

        String unquoted = VALID.replace("2;300;Library books", "2;300;Library; books");
        assertThatThrownBy(() -> read(unquoted))
                .hasMessage("line 11: 4 fields where the PROJECTS section has 3 columns (project_id;cost;name)");
    }

    @Test
    void an_unterminated_quote_is_rejected_naming_where_it_opened() {
        String text = VALID.replace("2;300;Library books", "2;300;\"Library books");

        assertThatThrownBy(() -> read(text))
                .hasMessage("line 11, column 7: the quoted field opened here is never closed");
    }

    @Test
    void a_duplicated_project_id_is_rejected_naming_both_lines() {
        String text = VALID.replace("2;300;Library books", "2;300;Library books\n1;20;Again");

        assertThatThrownBy(() -> read(text))
                .hasMessage("line 12, column 1: project id '1' was already listed at line 10");
    }

    @Test
    void a_missing_header_column_is_named() {
        String text = VALID.replace("project_id;cost;name", "project_id;price;name");

        assertThatThrownBy(() -> read(text)).hasMessageStartingWith("line 9: the PROJECTS header has no 'cost' column");
    }

    @Test
    void a_missing_budget_is_rejected() {
        String text = VALID.replace("budget;1000.50\n", "");

        assertThatThrownBy(() -> read(text)).hasMessage("line 1: the META section has no 'budget' entry");
    }

    @Test
    void an_unsupported_vote_type_is_rejected() {
        String text = VALID.replace("vote_type;approval", "vote_type;ordinal");

        assertThatThrownBy(() -> read(text))
                .hasMessageContaining("line 7, column 11")
                .hasMessageContaining("vote_type 'ordinal' is not supported");
    }

    @Test
    void cumulative_points_must_match_the_voted_projects_one_for_one() {
        String text = """
                META
                key;value
                budget;100
                vote_type;cumulative
                PROJECTS
                project_id;cost
                a;10
                b;20
                VOTES
                voter_id;vote;points
                1;a,b;2,1
                2;a,b;3
                """;

        assertThatThrownBy(() -> read(text)).hasMessage("line 12, column 7: 1 points given for 2 voted projects");
        Election election = assertReadable(text.replace("2;a,b;3", "2;b;3"));
        assertThat(election.ballots())
                .extracting(BallotGroup::ballot)
                .containsExactly(Ballot.withPoints(Map.of("a", 2L, "b", 1L)), Ballot.withPoints(Map.of("b", 3L)));
    }

    @Test
    void the_key_value_header_of_meta_may_be_left_out() throws IOException {
        Election election = read(VALID.replace("key;value\n", ""));

        assertThat(election.budget()).isEqualByComparingTo("1000.5");
    }

    @Test
    void windows_line_endings_and_a_byte_order_mark_are_accepted() throws IOException {
        assertThat(read("\uFEFF" + VALID.replace("\n", "\r\n"))).isEqualTo(read(VALID));
    }

    @Test
    void writing_and_reading_back_gives_the_same_election() throws IOException {
        Election election = read(VALID);

        assertThat(read(write(election))).isEqualTo(election);
    }

    @Test
    void a_shipped_cumulative_file_survives_a_round_trip() throws IOException {
        Election election =
                PabulibReader.read(Path.of("src/test/resources/pabulib/files/poland_gdansk_2020_olszynka.pb"));

        assertThat(election.voteType()).isEqualTo(VoteType.CUMULATIVE);
        assertThat(election.voterCount()).isEqualTo(449);
        assertThat(read(write(election))).isEqualTo(election);
    }

    private static Election assertReadable(String text) {
        try {
            return read(text);
        } catch (IOException unexpected) {
            throw new AssertionError(unexpected);
        }
    }

    private static Election read(String text) throws IOException {
        return PabulibReader.read(new StringReader(text));
    }

    private static String write(Election election) throws IOException {
        var out = new StringWriter();
        PabulibWriter.write(election, out);
        return out.toString();
    }
}
