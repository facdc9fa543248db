package org.reintegration.portal.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.OUTCOME_FIGURE;
import static org.reintegration.portal.outcome.OutcomeServiceTest.MAPPING;
import static org.reintegration.portal.outcome.OutcomeServiceTest.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.outcome.repository.OutcomeFigureRepository;
import org.reintegration.portal.outcome.repository.OutcomeRepository;
import org.reintegration.portal.security.SmallCounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The figures pages read are computed when answers or the scheme change, kept, and hold nothing identifying. */
@PortalTest
@Transactional
@WithUserDetails("staff")
class KeptFiguresTest {

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

    @Autowired
    OutcomeRepository repository;

    @Autowired
    OutcomeFigureRepository figureRepository;

    @Autowired
    AreaHierarchy hierarchy;

    Community community() {
        return communities.list(CommunityFilter.ALL, CommunitySort.NAME, 0, 1).getFirst();
    }

    String answers(Community c, String day, int count) {
        StringBuilder csv = new StringBuilder(OutcomeServiceTest.HEADER);
        for (int i = 0; i < count; i++) {
            csv.append(OutcomeServiceTest.row(
                    c,
                    day,
                    i % 2 == 0 ? "female" : "male",
                    "satisfied",
                    UUID.randomUUID().toString()));
        }
        return csv.toString();
    }

    Figure everyone(long communityId, LocalDate quarter) {
        return outcomes.communityFigures(communityId).stream()
                .filter(f -> f.quarter().equals(quarter) && f.cohort() == Cohort.ALL)
                .findFirst()
                .orElse(null);
    }

    @Test
    void the_figures_change_as_soon_as_an_import_records_answers() throws IOException {
        Community c = community();
        LocalDate quarter = LocalDate.of(2019, 7, 1);
        assertThat(everyone(c.id(), quarter)).isNull();

        surveys.importAll(export(answers(c, "2019-08-14", 6)), MAPPING);

        assertThat(everyone(c.id(), quarter).respondents()).isEqualTo(6);
        assertThat(outcomes.quarters()).contains(quarter);

        surveys.importAll(export(answers(c, "2019-09-02", 6)), MAPPING);

        assertThat(everyone(c.id(), quarter).respondents()).isEqualTo(12);
    }

    @Test
    void the_kept_figures_are_those_computed_over_every_answer_after_an_import() throws IOException {
        Community c = community();
        surveys.importAll(export(answers(c, "2019-08-14", 7)), MAPPING);
        surveys.importAll(export(answers(c, "2026-11-02", 3)), MAPPING);
        SchemeVersion scheme = schemes.appliedScheme().orElseThrow();

        List<Figure> recomputed = FigureTable.of(
                repository.tallies(scheme.version(), scheme.scheme().threshold(), null), hierarchy::parentOf);

        assertThat(figureRepository.all(scheme.version())).containsExactlyInAnyOrderElementsOf(recomputed);
    }

    @Test
    void the_kept_figures_hold_no_small_group_and_no_sum() throws IOException {
        Community c = community();
        surveys.importAll(export(answers(c, "2019-08-14", 3)), MAPPING);

        assertThat(everyone(c.id(), LocalDate.of(2019, 7, 1)).respondents()).isEqualTo(SmallCounts.FEWER_THAN_FIVE);
        assertThat(Arrays.stream(OUTCOME_FIGURE.fields()).map(Field::getName))
                .as("a place, a quarter, a cohort and what pages show; no sum, no answer, no digest")
                .containsExactlyInAnyOrder(
                        "id",
                        "scheme_version",
                        "community_id",
                        "admin_pcode",
                        "quarter_start",
                        "cohort",
                        "respondents",
                        "mean_economic",
                        "mean_social",
                        "mean_psychosocial",
                        "mean_composite",
                        "share_economic",
                        "share_social",
                        "share_psychosocial",
                        "share_composite");
        assertThat(db.selectFrom(OUTCOME_FIGURE).fetch()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getRespondents())
                    .satisfiesAnyOf(n -> assertThat(n).isGreaterThanOrEqualTo(5), n -> assertThat(n)
                            .isIn(0, SmallCounts.FEWER_THAN_FIVE, SmallCounts.WITHHELD));
            if (r.getRespondents() < SmallCounts.THRESHOLD) {
                assertThat(Arrays.asList(
                                r.getMeanEconomic(),
                                r.getMeanSocial(),
                                r.getMeanPsychosocial(),
                                r.getMeanComposite(),
                                r.getShareEconomic(),
                                r.getShareSocial(),
                                r.getSharePsychosocial(),
                                r.getShareComposite()))
                        .containsOnlyNulls();
            }
        });
    }
}
