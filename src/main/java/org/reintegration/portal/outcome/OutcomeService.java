package org.reintegration.portal.outcome;

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
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.outcome.repository.OutcomeFigureRepository;
import org.reintegration.portal.outcome.repository.OutcomeRepository;
import org.reintegration.portal.security.AreaAccess;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reintegration outcome figures per community and admin area: staff read everywhere and publish a community's
 * figures; local authorities read within their area scopes; nobody else reads anything but the figures staff
 * published. Every figure anyone sees was computed by {@link FigureTable} over all the answers at once and kept
 * ({@link FigureStore}), so that every page hides the same groups. The scheme is {@link SchemeService}'s, the import
 * {@link SurveyImportService}'s. See docs/adr/0013-reintegration-outcomes.md.
 */
@Service
public class OutcomeService {

    private final OutcomeRepository outcomes;
    private final OutcomeFigureRepository figures;
    private final AppliedScheme applied;
    private final AreaAccess access;
    private final AreaHierarchy hierarchy;
    private final CurrentUser currentUser;
    private final Clock clock;

    OutcomeService(
            OutcomeRepository outcomes,
            OutcomeFigureRepository figures,
            AppliedScheme applied,
            AreaAccess access,
            AreaHierarchy hierarchy,
            CurrentUser currentUser,
            Clock clock) {
        this.outcomes = outcomes;
        this.figures = figures;
        this.applied = applied;
        this.access = access;
        this.hierarchy = hierarchy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The quarters with survey answers, latest first. */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional(readOnly = true)
    public List<LocalDate> quarters() {
        return applied.get().map(s -> figures.quarters(s.version())).orElse(List.of());
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
        return applied.get()
                .map(s -> figures.ofCommunity(s.version(), communityId, null))
                .orElse(List.of());
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
        Optional<SchemeVersion> scheme = applied.get();
        if (scheme.isEmpty()) {
            return List.of();
        }
        Set<PCode> visible = access.visibleAreasWithin(area);
        Map<Long, List<Figure>> byCommunity = new HashMap<>();
        for (Figure figure : figures.ofCommunities(scheme.get().version(), Cohort.ALL, visible)) {
            byCommunity
                    .computeIfAbsent(figure.communityId(), id -> new ArrayList<>())
                    .add(figure);
        }
        Map<Long, CommunityPlace> places = outcomes.communities(byCommunity.keySet());
        Map<Long, List<ProjectSpan>> projects = outcomes.projectsOf(byCommunity.keySet());
        List<CommunityOutcome> list = new ArrayList<>();
        byCommunity.forEach((id, inCommunity) -> {
            inCommunity.sort(Comparator.comparing(Figure::quarter));
            Figure latest = quarter == null
                    ? inCommunity.getLast()
                    : inCommunity.stream()
                            .filter(f -> f.quarter().equals(quarter))
                            .findFirst()
                            .orElse(null);
            if (latest == null || !places.containsKey(id)) {
                return;
            }
            Figure baseline = baseline(inCommunity, projects.getOrDefault(id, List.of()), latest);
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
        return applied.get().map(s -> figures.ofAreas(s.version(), Cohort.ALL, quarter)).orElse(List.of()).stream()
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
        return applied.get().map(s -> figures.all(s.version())).orElse(List.of()).stream()
                .filter(f -> access.maySee(f.area()))
                .toList();
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
            outcomes.publish(
                    communityId,
                    currentUser.get().map(PortalUser::username).orElse("system"),
                    LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
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
        return applied.get()
                .map(scheme -> new PublishedOutcomes(
                        communityId,
                        scheme.version(),
                        scheme.stored().title(),
                        scheme.stored().example(),
                        figures.ofCommunity(scheme.version(), communityId, Cohort.ALL)));
    }

    private CommunityPlace place(long communityId) {
        CommunityPlace place = outcomes.communities(List.of(communityId)).get(communityId);
        if (place == null) {
            throw new InvalidInputException("There is no community " + communityId);
        }
        return place;
    }
}
