package org.reintegration.portal.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.interop.kobo.KoboExport;
import org.reintegration.portal.outcome.SchemeQuestion;
import org.reintegration.portal.outcome.SchemeService;
import org.reintegration.portal.outcome.SchemeText;
import org.reintegration.portal.outcome.ScoringScheme;
import org.reintegration.portal.outcome.SurveyImportService;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectService;

/**
 * An invented reintegration survey for the demo communities, in the shape of a KoboToolbox CSV export, imported
 * through the real import under the example scheme (which it applies first). Every row says it is invented, the
 * answers are drawn from a seeded random generator, and communities with a project answer a little better after
 * it started, so that the chart and the programme view have a before and after to show. A few communities get
 * fewer than five answers in a quarter, so that suppression shows too.
 */
final class DemoOutcomes {

    static final long SEED = 2027;
    static final String NOTE = "INVENTED demo survey: not real answers, not real people";

    private final CommunityService communities;
    private final ProjectService projects;
    private final SurveyImportService outcomes;
    private final SchemeService schemes;
    private final Clock clock;
    private final Random random = new Random(SEED);

    DemoOutcomes(
            CommunityService communities,
            ProjectService projects,
            SurveyImportService outcomes,
            SchemeService schemes,
            Clock clock) {
        this.schemes = schemes;
        this.communities = communities;
        this.projects = projects;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** Applies the example scheme and imports the invented survey; returns the number of survey answers. */
    int create() {
        String text = SchemeService.exampleScheme();
        schemes.applyScheme(schemes.saveScheme(text));
        byte[] csv = export(text).getBytes(StandardCharsets.UTF_8);
        try {
            return outcomes.importAll(KoboExport.read(csv, b -> {}), SurveyImportService.DEFAULT_MAPPING)
                    .recorded();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The invented export: three survey rounds, a year, six months and one month ago. */
    String export(String schemeText) {
        ScoringScheme scheme;
        try {
            scheme = SchemeText.parse(schemeText);
        } catch (IOException wrong) {
            throw new UncheckedIOException(wrong);
        }
        List<String> questionColumns = List.of(
                "grp_econ/econ_satisfaction",
                "grp_econ/food_reduction",
                "grp_econ/borrow",
                "grp_soc/housing",
                "grp_soc/health",
                "grp_soc/documents",
                "grp_psy/belonging",
                "grp_psy/support_network",
                "grp_psy/distress");
        Set<Long> withProjects = new java.util.HashSet<>();
        projects.list(ProjectFilter.ALL, 0, 1000).forEach(p -> {
            if (p.data().communityId() != null) {
                withProjects.add(p.data().communityId());
            }
        });
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(
                "start", "today", "grp_place/adm2", "grp_place/community", "grp_resp/sex", "grp_resp/age_group"));
        header.addAll(questionColumns);
        header.addAll(List.of("grp_meta/data_note", "_id", "_uuid", "_submission_time"));
        line(out, header);
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> rounds = List.of(today.minusMonths(13), today.minusMonths(7), today.minusMonths(1));
        int id = 500000;
        List<Community> all = communities.list(CommunityFilter.ALL, CommunitySort.NAME, 0, 1000);
        for (Community community : all) {
            double base = 0.3 + random.nextDouble() * 0.3;
            boolean project = withProjects.contains(community.id());
            for (int round = 0; round < rounds.size(); round++) {
                // one community in six is surveyed too little in a round to be shown
                int respondents = random.nextInt(6) == 0 ? 2 + random.nextInt(3) : 6 + random.nextInt(9);
                double level = base + 0.03 * round + (project && round == rounds.size() - 1 ? 0.15 : 0);
                for (int r = 0; r < respondents; r++) {
                    LocalDate day = rounds.get(round).withDayOfMonth(1 + random.nextInt(25));
                    List<String> row = new ArrayList<>(List.of(
                            day + "T09:00:00.000+00:00",
                            day.toString(),
                            community.data().area().value(),
                            community.data().name(),
                            random.nextBoolean() ? "female" : "male",
                            Integer.toString(16 + random.nextInt(50))));
                    for (int q = 0; q < scheme.questions().size(); q++) {
                        row.add(answer(scheme.questions().get(q), level));
                    }
                    row.addAll(List.of(NOTE, Integer.toString(id++), new UUID(SEED, id).toString(), day + "T18:00:00"));
                    line(out, row);
                }
            }
        }
        return out.toString();
    }

    private String answer(SchemeQuestion question, double level) {
        if (random.nextInt(25) == 0) {
            return "dont_know";
        }
        List<String> codes = List.copyOf(question.answers().keySet());
        double drawn = Math.max(0, Math.min(0.999, level + random.nextGaussian() * 0.2));
        return codes.get((int) (drawn * codes.size()));
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
        }
        out.append('\n');
    }
}
