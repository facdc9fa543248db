package org.reintegration.portal.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.OUTCOME_ANSWER;
import static org.reintegration.portal.base.jooq.Tables.OUTCOME_FIGURE;
import static org.reintegration.portal.base.jooq.Tables.OUTCOME_RESPONSE;
import static org.reintegration.portal.base.jooq.Tables.OUTCOME_SCORE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.interop.kobo.KoboExport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
@WithUserDetails("staff")
class OutcomeServiceTest {

    static final String HEADER = "\"today\";\"grp_place/adm2\";\"grp_place/community\";\"grp_resp/sex\";"
            + "\"grp_resp/age_group\";\"grp_econ/econ_satisfaction\";\"grp_soc/health\";\"grp_psy/belonging\";"
            + "\"grp_resp/respondent_phone\";\"_uuid\"\n";

    static final String MAPPING = """
            grp_place/adm2             = area_pcode
            grp_place/community        = community_name
            today                      = surveyed_on
            grp_resp/sex               = sex
            grp_resp/age_group         = age_band
            grp_econ/econ_satisfaction = econ_satisfaction
            grp_soc/health             = soc_health
            grp_psy/belonging          = psy_belonging
            """;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    SurveyImportService surveys;

    @Autowired
    SchemeService schemes;

    @Autowired
    CommunityService communities;

    @Autowired
    DSLContext db;

    Community community() {
        return communities.list(CommunityFilter.ALL, CommunitySort.NAME, 0, 1).getFirst();
    }

    static String row(Community c, String date, String sex, String satisfaction, String uuid) {
        return String.join(
                        ";",
                        List.of(
                                date,
                                c.data().area().value(),
                                c.data().name(),
                                sex,
                                "25",
                                satisfaction,
                                "good",
                                "very_much",
                                "+224 620 00 00 00",
                                uuid))
                + "\n";
    }

    static KoboExport export(String csv) throws IOException {
        return KoboExport.read(csv.getBytes(StandardCharsets.UTF_8), b -> {});
    }

    String sixAnswers(Community c, List<String> uuids) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 6; i++) {
            String uuid = UUID.randomUUID().toString();
            uuids.add(uuid);
            csv.append(row(c, "2026-11-1" + i, i % 2 == 0 ? "female" : "male", "satisfied", uuid));
        }
        return csv.toString();
    }

    @Test
    void the_demo_shows_figures_under_the_example_scheme_which_says_it_is_an_example() {
        SchemeVersion applied = schemes.appliedScheme().orElseThrow();

        assertThat(applied.stored().example()).isTrue();
        assertThat(outcomes.quarters()).isNotEmpty();
        assertThat(outcomes.communities(null, null)).isNotEmpty();
    }

    @Test
    void the_preview_writes_nothing_and_the_import_records_each_submission_once() throws IOException {
        Community c = community();
        List<String> uuids = new ArrayList<>();
        String csv = sixAnswers(c, uuids);
        int before = db.fetchCount(OUTCOME_RESPONSE);

        SurveyPlan plan = surveys.preview(export(csv), MAPPING);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.newResponses()).isEqualTo(6);
        assertThat(db.fetchCount(OUTCOME_RESPONSE)).isEqualTo(before);

        SurveyImportOutcome first = surveys.importAll(export(csv), MAPPING);
        SurveyImportOutcome again = surveys.importAll(export(csv), MAPPING);

        assertThat(first.recorded()).isEqualTo(6);
        assertThat(again.recorded()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(6);
        assertThat(db.fetchCount(OUTCOME_RESPONSE)).isEqualTo(before + 6);
        assertThat(db.fetchCount(OUTCOME_SCORE, OUTCOME_SCORE.SCHEME_VERSION.eq(first.schemeVersion())))
                .isGreaterThanOrEqualTo(before + 6);
    }

    @Test
    void nothing_stored_holds_the_submission_id_the_day_or_the_age() throws IOException {
        Community c = community();
        List<String> uuids = new ArrayList<>();
        surveys.importAll(export(sixAnswers(c, uuids)), MAPPING);

        String stored = db.selectFrom(OUTCOME_RESPONSE).fetch().formatCSV()
                + db.selectFrom(OUTCOME_ANSWER).fetch().formatCSV();
        for (String uuid : uuids) {
            assertThat(stored).doesNotContain(uuid);
        }
        assertThat(stored).doesNotContain("+224").doesNotContain("respondent");
        assertThat(db.selectDistinct(OUTCOME_RESPONSE.QUARTER_START)
                        .from(OUTCOME_RESPONSE)
                        .fetch(OUTCOME_RESPONSE.QUARTER_START))
                .as("only the first day of a quarter, never the survey's day")
                .allSatisfy(day -> assertThat(day.getDayOfMonth() == 1 && day.getMonthValue() % 3 == 1)
                        .isTrue())
                .contains(LocalDate.of(2026, 10, 1));
        assertThat(db.select(OUTCOME_RESPONSE.AGE_BAND)
                        .from(OUTCOME_RESPONSE)
                        .where(OUTCOME_RESPONSE.QUARTER_START.eq(LocalDate.of(2026, 10, 1)))
                        .and(OUTCOME_RESPONSE.COMMUNITY_ID.eq(c.id()))
                        .fetch(OUTCOME_RESPONSE.AGE_BAND))
                .contains("FROM_18_TO_35");
    }

    @Test
    void a_mapping_that_would_read_a_phone_number_is_refused_and_nothing_is_stored() throws IOException {
        Community c = community();
        String csv = sixAnswers(c, new ArrayList<>());
        String withPhone = MAPPING.replace(
                "grp_econ/econ_satisfaction = econ_satisfaction", "grp_resp/respondent_phone = econ_satisfaction");
        int before = db.fetchCount(OUTCOME_RESPONSE);

        SurveyPlan plan = surveys.preview(export(csv), withPhone);

        assertThat(plan.isAccepted()).isFalse();
        assertThat(plan.messages())
                .anySatisfy(
                        p -> assertThat(p).contains("grp_resp/respondent_phone").contains("never stores"));
        assertThatThrownBy(() -> surveys.importAll(export(csv), withPhone)).isInstanceOf(InvalidInputException.class);
        assertThat(db.fetchCount(OUTCOME_RESPONSE)).isEqualTo(before);
    }

    @Test
    void a_column_holding_a_persons_name_cannot_pass_as_the_community_name() throws IOException {
        String csv =
                sixAnswers(community(), new ArrayList<>()).replace("grp_place/community", "grp_resp/respondent_name");

        SurveyPlan plan =
                surveys.preview(export(csv), MAPPING.replace("grp_place/community ", "grp_resp/respondent_name"));

        assertThat(plan.messages()).anySatisfy(p -> assertThat(p).contains("respondent_name"));
    }

    @Test
    void one_bad_answer_stops_the_whole_file_with_its_line_and_column() throws IOException {
        Community c = community();
        String csv = sixAnswers(c, new ArrayList<>())
                + row(c, "2026-10-09", "female", "+224 620 11 22 33", "x-1")
                + row(c, "2026-10-09", "other", "satisfied", "x-2")
                + row(c, "2099-01-01", "male", "satisfied", "x-3");
        int before = db.fetchCount(OUTCOME_RESPONSE);

        SurveyPlan plan = surveys.preview(export(csv), MAPPING);

        assertThat(plan.messages())
                .anySatisfy(p ->
                        assertThat(p).contains("line 8").contains("column 6").contains("econ_satisfaction"))
                .anySatisfy(p -> assertThat(p).contains("line 9").contains("'other'"))
                .anySatisfy(p -> assertThat(p).contains("line 10").contains("future"));
        assertThatThrownBy(() -> surveys.importAll(export(csv), MAPPING)).isInstanceOf(InvalidInputException.class);
        assertThat(db.fetchCount(OUTCOME_RESPONSE)).isEqualTo(before);
    }

    @Test
    void a_community_that_does_not_exist_is_refused_rather_than_created() throws IOException {
        Community c = community();
        String csv = HEADER
                + row(c, "2026-10-01", "female", "satisfied", "y-1")
                        .replace(c.data().name(), "Nowhere");

        SurveyPlan plan = surveys.preview(export(csv), MAPPING);

        assertThat(plan.messages()).anySatisfy(p -> assertThat(p).contains("no community is called 'Nowhere'"));
    }

    @Test
    void a_mapping_to_something_that_is_neither_a_field_nor_a_question_is_refused() throws IOException {
        SurveyPlan plan = surveys.preview(
                export(sixAnswers(community(), new ArrayList<>())), MAPPING + "grp_resp/respondent_phone = phone\n");

        assertThat(plan.messages().getFirst()).contains("mapping line 9").contains("'phone'");
    }

    @Test
    void only_an_administrator_writes_a_scheme_version() {
        assertThatThrownBy(() -> schemes.saveScheme(SchemeService.exampleScheme()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schemes.applyScheme(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void a_new_version_scores_every_past_survey_and_every_figure_names_it() {
        int before = schemes.appliedScheme().orElseThrow().version();
        List<Double> sharesBefore = sharesAtThreshold();
        String halfThreshold = SchemeService.exampleScheme()
                .replace("title = Example scheme", "title = Example scheme v2")
                .replace("threshold = 0.5", "threshold = 0.9");

        int version = schemes.saveScheme(halfThreshold);
        assertThat(schemes.appliedScheme().orElseThrow().version()).isEqualTo(before);
        int scored = schemes.applyScheme(version);

        assertThat(scored).isEqualTo(db.fetchCount(OUTCOME_RESPONSE));
        assertThat(db.fetchCount(OUTCOME_SCORE, OUTCOME_SCORE.SCHEME_VERSION.eq(version)))
                .isEqualTo(scored);
        SchemeVersion applied = schemes.appliedScheme().orElseThrow();
        assertThat(applied.version()).isEqualTo(version);
        assertThat(applied.scheme().threshold()).isEqualTo(0.9);
        assertThat(db.selectDistinct(OUTCOME_FIGURE.SCHEME_VERSION)
                        .from(OUTCOME_FIGURE)
                        .fetch(OUTCOME_FIGURE.SCHEME_VERSION))
                .as("every kept figure was computed under the version applied, in its transaction")
                .containsExactly(version);
        assertThat(sharesAtThreshold()).as("fewer reach the higher threshold").isNotEqualTo(sharesBefore);
    }

    List<Double> sharesAtThreshold() {
        return outcomes.communities(null, null).stream()
                .map(c -> c.latest().share(ScoreKind.COMPOSITE))
                .toList();
    }

    @Test
    @WithUserDetails("admin")
    void a_scheme_with_a_mistake_is_refused_with_its_line() {
        assertThatThrownBy(() ->
                        schemes.saveScheme("title = x\nthreshold = 2\n[question a]\ndimension = social\nanswers = y:1"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("threshold");
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_sees_only_communities_of_its_areas() {
        List<CommunityOutcome> seen = outcomes.communities(null, null);

        assertThat(seen).isNotEmpty();
        assertThat(seen)
                .allSatisfy(c -> assertThat(c.community().area().value()).startsWith("GN004"));
        long elsewhere = db.select(COMMUNITY.ID)
                .from(COMMUNITY)
                .where(COMMUNITY.ADMIN_PCODE.notLike("GN004%"))
                .limit(1)
                .fetchSingle(COMMUNITY.ID);
        assertThatThrownBy(() -> outcomes.communityFigures(elsewhere)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_public_sees_a_communitys_figures_only_once_staff_published_them() {
        Community c = community();
        assertThat(outcomes.publishedFigures(c.id())).isEmpty();

        outcomes.setPublished(c.id(), true);

        PublishedOutcomes published = outcomes.publishedFigures(c.id()).orElseThrow();
        assertThat(published.example()).isTrue();
        assertThat(published.figures()).allSatisfy(f -> assertThat(f.cohort()).isEqualTo(Cohort.ALL));
        assertThat(published.figures())
                .as("suppressed alike: the same figures staff see")
                .containsExactlyElementsOf(outcomes.communityFigures(c.id()).stream()
                        .filter(f -> f.cohort() == Cohort.ALL)
                        .toList());
    }

    @Test
    @org.springframework.security.test.context.support.WithAnonymousUser
    void anyone_else_reads_nothing() {
        assertThatThrownBy(() -> outcomes.communities(null, null))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}
