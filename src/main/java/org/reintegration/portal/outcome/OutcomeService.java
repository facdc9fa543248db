package org.reintegration.portal.outcome;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.interop.hxl.ImportProblem;
import org.reintegration.portal.interop.kobo.KoboExport;
import org.reintegration.portal.outcome.repository.OutcomeRepository;
import org.reintegration.portal.security.AreaAccess;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reintegration outcomes: the scoring scheme, the import of survey exports, and the figures per community and admin
 * area. Staff (the M&amp;E officers among them) import and read everywhere and publish a community's figures;
 * administrators write and apply scheme versions; local authorities read within their area scopes; nobody else
 * reads anything but the figures staff published. Every figure anyone sees comes from {@link FigureTable}, computed
 * over all the answers at once, so that every page hides the same groups. See
 * docs/adr/0013-reintegration-outcomes.md.
 */
@Service
public class OutcomeService {

    static final String MAPPING_NAME = "reintegration-survey";

    /** The example scheme shipped with the portal; its weights are invented and it says so. */
    public static final String EXAMPLE_SCHEME_RESOURCE = "outcome/example-scheme.txt";

    /** Fits the invented demo survey form; staff change it to fit theirs. */
    public static final String DEFAULT_MAPPING = """
            # survey form field = portal field or scheme question; '#' starts a comment
            grp_place/adm2            = area_pcode
            grp_place/community       = community_name
            today                     = surveyed_on
            grp_resp/sex              = sex
            grp_resp/age_group        = age_band
            grp_econ/econ_satisfaction = econ_satisfaction
            grp_econ/food_reduction   = econ_food_reduction
            grp_econ/borrow           = econ_borrow
            grp_soc/housing           = soc_housing
            grp_soc/health            = soc_health
            grp_soc/documents         = soc_documents
            grp_psy/belonging         = psy_belonging
            grp_psy/support_network   = psy_support_network
            grp_psy/distress          = psy_distress
            """;

    private final OutcomeRepository outcomes;
    private final SurveyRows rows;
    private final AreaAccess access;
    private final AreaHierarchy hierarchy;
    private final CurrentUser currentUser;
    private final Clock clock;

    OutcomeService(
            OutcomeRepository outcomes,
            SurveyRows rows,
            AreaAccess access,
            AreaHierarchy hierarchy,
            CurrentUser currentUser,
            Clock clock) {
        this.outcomes = outcomes;
        this.rows = rows;
        this.access = access;
        this.hierarchy = hierarchy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The text of the example scheme shipped with the portal. */
    public static String exampleScheme() {
        try (InputStream in = new ClassPathResource(EXAMPLE_SCHEME_RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the scheme

    /** The scheme version every figure is shown under: the one applied last; empty before any was applied. */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional(readOnly = true)
    public Optional<SchemeVersion> appliedScheme() {
        return applied();
    }

    /** Every stored version, newest first. */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional(readOnly = true)
    public List<StoredScheme> schemeVersions() {
        return outcomes.schemes();
    }

    /**
     * Stores the text as a new scheme version, not yet applied.
     *
     * @throws InvalidFieldException ({@code definition}) naming the line of the first mistake
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int saveScheme(String text) {
        ScoringScheme scheme = parse(text);
        return outcomes.insertScheme(scheme.title(), text, scheme.example(), username(), now());
    }

    /**
     * Scores every stored survey answer under a version and makes it the one every figure is shown under; answers
     * the version does not know count as unknown. All or nothing.
     *
     * @return how many survey answers were scored
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int applyScheme(int version) {
        StoredScheme stored = outcomes.scheme(version)
                .orElseThrow(() -> new InvalidInputException("There is no scheme version " + version));
        ScoringScheme scheme = parse(stored.definition());
        outcomes.deleteScores(version);
        int[] scored = {0};
        outcomes.forEachAnswerPage(500, page -> {
            Map<Long, Scores> scores = new HashMap<>();
            page.forEach((id, answers) -> scores.put(id, scheme.score(answers)));
            outcomes.insertScores(version, scores);
            scored[0] += scores.size();
        });
        outcomes.markApplied(version, now());
        return scored[0];
    }

    // --- import

    /**
     * Reads an uploaded export whole, telling {@code bytesRead} how far it got.
     *
     * @throws ImportException when the file is not a KoboToolbox or ODK CSV export at all, naming the line
     */
    public static KoboExport read(byte[] content, LongConsumer bytesRead) throws ImportException {
        try {
            return KoboExport.read(new ByteArrayInputStream(content), bytesRead);
        } catch (ImportException unreadable) {
            throw unreadable;
        } catch (IOException notCsv) {
            throw new ImportException(ImportProblem.inFile(notCsv.getMessage()));
        }
    }

    /** The field mapping saved with the last import, or {@link #DEFAULT_MAPPING}. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public String mapping() {
        return outcomes.mapping(MAPPING_NAME).orElse(DEFAULT_MAPPING);
    }

    /** What {@link #importAll} would record and every problem that stops it; writes nothing. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public SurveyPlan preview(KoboExport export, String mapping) {
        SchemeVersion scheme = requireApplied();
        return rows.plan(export, mapping, scheme.scheme(), scheme.version());
    }

    /**
     * Records every submission not recorded before, scored under the applied scheme version, and saves the mapping.
     * A submission is recognised by the digest of its id, so importing an export again records nothing twice.
     *
     * @throws InvalidInputException listing every problem, as the preview does; nothing is stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public SurveyImportOutcome importAll(KoboExport export, String mapping) {
        SchemeVersion scheme = requireApplied();
        SurveyPlan plan = rows.plan(export, mapping, scheme.scheme(), scheme.version());
        if (!plan.isAccepted()) {
            int unlisted = plan.problemCount() - plan.problems().size();
            throw new InvalidInputException(
                    "The survey export was not imported",
                    unlisted <= 0
                            ? plan.problems()
                            : Stream.concat(plan.problems().stream(), Stream.of("and " + unlisted + " more problems"))
                                    .toList());
        }
        String by = username();
        LocalDateTime at = now();
        Map<Long, Scores> scores = new HashMap<>();
        int recorded = 0;
        for (PlannedResponse response : plan.rows()) {
            if (response.alreadyImported()) {
                continue;
            }
            long id = outcomes.insertResponse(response, by, at);
            scores.put(id, scheme.scheme().score(response.answers()));
            recorded++;
        }
        outcomes.insertScores(scheme.version(), scores);
        outcomes.saveMapping(MAPPING_NAME, mapping, by, at);
        return new SurveyImportOutcome(recorded, (int) plan.alreadyImported(), scheme.version());
    }

    private SchemeVersion requireApplied() {
        return applied()
                .orElseThrow(() -> new InvalidInputException(
                        "No scoring scheme has been applied yet: an administrator applies one first"));
    }

    // --- figures

    /** The quarters with survey answers, latest first. */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional(readOnly = true)
    public List<LocalDate> quarters() {
        Set<LocalDate> quarters = new TreeSet<>(Comparator.reverseOrder());
        allFigures().forEach(f -> quarters.add(f.quarter()));
        return List.copyOf(quarters);
    }

    /**
     * A community's figures over time, every cohort, as the caller may see them (small groups suppressed for
     * everyone).
     *
     * @throws AccessDeniedException when the caller may not see the community's area
     */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional(readOnly = true)
    public List<Figure> communityFigures(long communityId) {
        CommunityPlace place = place(communityId);
        access.checkMaySee(place.area());
        return allFigures().stream()
                .filter(f -> Long.valueOf(communityId).equals(f.communityId()))
                .toList();
    }

    /** The projects of a community with their start and end, for the chart's before and after. */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional(readOnly = true)
    public List<ProjectSpan> projectSpans(long communityId) {
        access.checkMaySee(place(communityId).area());
        return outcomes.projectsOf(communityId);
    }

    /**
     * The figures of the communities the caller may see, within an area (or everywhere) for a quarter (or each
     * community's latest), each with the baseline it is compared with: its last quarter before its first project
     * started, else its first quarter.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional(readOnly = true)
    public List<CommunityOutcome> communities(PCode area, LocalDate quarter) {
        Set<PCode> visible = access.visibleAreasWithin(area);
        Map<Long, List<Figure>> byCommunity = new HashMap<>();
        for (Figure figure : allFigures()) {
            if (figure.communityId() != null
                    && figure.cohort() == Cohort.ALL
                    && (visible == null || visible.contains(figure.area()))) {
                byCommunity
                        .computeIfAbsent(figure.communityId(), id -> new ArrayList<>())
                        .add(figure);
            }
        }
        Map<Long, CommunityPlace> places = outcomes.communities(byCommunity.keySet());
        List<CommunityOutcome> list = new ArrayList<>();
        byCommunity.forEach((id, figures) -> {
            figures.sort(Comparator.comparing(Figure::quarter));
            Figure latest = quarter == null
                    ? figures.getLast()
                    : figures.stream()
                            .filter(f -> f.quarter().equals(quarter))
                            .findFirst()
                            .orElse(null);
            if (latest == null || !places.containsKey(id)) {
                return;
            }
            Figure baseline = baseline(figures, outcomes.projectsOf(id), latest);
            list.add(new CommunityOutcome(places.get(id), latest, baseline));
        });
        list.sort(Comparator.comparing((CommunityOutcome c) -> c.community().name()));
        return list;
    }

    private static Figure baseline(List<Figure> figures, List<ProjectSpan> projects, Figure latest) {
        LocalDate firstStart = projects.stream()
                .map(ProjectSpan::start)
                .min(Comparator.naturalOrder())
                .orElse(null);
        List<Figure> before = figures.stream()
                .filter(f -> f.quarter().isBefore(latest.quarter()))
                .filter(f -> firstStart == null || !f.quarter().isAfter(firstStart))
                .toList();
        if (before.isEmpty()) {
            return null;
        }
        return firstStart == null ? before.getFirst() : before.getLast();
    }

    /**
     * The figures (everyone) of the admin areas of one level the caller may see, for a quarter: the map's area
     * layer.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional(readOnly = true)
    public List<Figure> areaFigures(int level, LocalDate quarter) {
        return allFigures().stream()
                .filter(f -> f.communityId() == null
                        && f.cohort() == Cohort.ALL
                        && f.quarter().equals(quarter))
                .filter(f -> levelOf(f.area()) == level)
                .filter(f -> access.maySee(f.area()))
                .toList();
    }

    /** The places of the given communities, for the map's community dots. */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional(readOnly = true)
    public Map<Long, CommunityPlace> places(Set<Long> communityIds) {
        Map<Long, CommunityPlace> places = new HashMap<>(outcomes.communities(communityIds));
        places.values().removeIf(p -> !access.maySee(p.area()));
        return places;
    }

    /** Every figure the caller may see, for the HXL export: communities and areas, every quarter and cohort. */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional(readOnly = true)
    public List<Figure> visibleFigures() {
        return allFigures().stream().filter(f -> access.maySee(f.area())).toList();
    }

    /** The admin level of an area: 0 for a country, 1 for its regions, … */
    public int levelOf(PCode area) {
        int level = 0;
        Optional<PCode> parent = hierarchy.parentOf(area);
        while (parent.isPresent() && level < 16) {
            level++;
            parent = hierarchy.parentOf(parent.get());
        }
        return level;
    }

    // --- publication

    /** Whether staff published the community's figures on its public project page. */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional(readOnly = true)
    public boolean isPublished(long communityId) {
        return outcomes.isPublished(communityId);
    }

    /** Shows (or stops showing) the community's suppressed figures on its public project page. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void setPublished(long communityId, boolean published) {
        place(communityId);
        if (published) {
            outcomes.publish(communityId, username(), now());
        } else {
            outcomes.unpublish(communityId);
        }
    }

    /**
     * For the public project page of a community, open to anyone: its figures for everyone, per quarter, with
     * small groups suppressed exactly as on every other page, and the scheme that produced them; empty unless
     * staff published them.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedOutcomes> publishedFigures(long communityId) {
        if (!outcomes.isPublished(communityId)) {
            return Optional.empty();
        }
        return applied()
                .map(scheme -> new PublishedOutcomes(
                        communityId,
                        scheme.version(),
                        scheme.stored().title(),
                        scheme.stored().example(),
                        allFigures().stream()
                                .filter(f ->
                                        Long.valueOf(communityId).equals(f.communityId()) && f.cohort() == Cohort.ALL)
                                .sorted(Comparator.comparing(Figure::quarter))
                                .toList()));
    }

    private List<Figure> allFigures() {
        return applied()
                .map(scheme -> FigureTable.of(
                        outcomes.tallies(scheme.version(), scheme.scheme().threshold()), hierarchy::parentOf))
                .orElse(List.of());
    }

    private CommunityPlace place(long communityId) {
        CommunityPlace place = outcomes.communities(List.of(communityId)).get(communityId);
        if (place == null) {
            throw new InvalidInputException("There is no community " + communityId);
        }
        return place;
    }

    private String username() {
        return currentUser.get().map(PortalUser::username).orElse("system");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static ScoringScheme parse(String text) {
        try {
            return SchemeText.parse(text);
        } catch (ImportException wrong) {
            throw new InvalidFieldException("definition", "outcome.scheme.error", wrong.getMessage());
        }
    }

    private Optional<SchemeVersion> applied() {
        return outcomes.appliedScheme().map(s -> {
            try {
                return new SchemeVersion(s, SchemeText.parse(s.definition()));
            } catch (ImportException stored) {
                throw new IllegalStateException("stored scheme version " + s.version() + " does not read", stored);
            }
        });
    }
}
