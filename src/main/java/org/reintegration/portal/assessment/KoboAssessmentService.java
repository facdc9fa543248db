package org.reintegration.portal.assessment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.reintegration.portal.assessment.repository.KoboImportRepository;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.profile.Profile;
import org.reintegration.portal.community.profile.ProfileService;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.interop.hxl.ImportRejectedException;
import org.reintegration.portal.interop.kobo.KoboExport;
import org.reintegration.portal.interop.kobo.KoboFieldMapping;
import org.reintegration.portal.interop.kobo.KoboSubmission;
import org.reintegration.portal.interop.kobo.repository.KoboMappingRepository;
import org.reintegration.portal.returnees.ReturneeCountData;
import org.reintegration.portal.returnees.ReturneeCountService;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports KoboToolbox exports of community assessments as dated profiles. Staff first see a
 * {@linkplain #preview preview} that writes nothing; the {@linkplain #importAll import} checks the file
 * again and records all of it or, at the first problem, nothing. A submission is recorded once, by its
 * {@code _uuid}: importing the same export again, or a later one that repeats it, skips it.
 */
@Service
public class KoboAssessmentService {

    /** The name the one mapping of the community assessment form is saved under. */
    static final String MAPPING_NAME = "community-assessment";

    /** Fits the shape of the shared community assessment form; staff change it when their form differs. */
    public static final String DEFAULT_MAPPING = """
            # KoboToolbox form field = portal field; '#' starts a comment
            grp_location/adm2           = area_pcode
            grp_location/community_name = community_name
            grp_location/gps            = location
            today                       = assessed_on
            grp_demo/n_returnees        = returnees
            grp_needs/priority_needs    = priority_needs
            grp_cohesion/tension_level  = tension_level
            """;

    private static final String RETURNEE_SOURCE = "KoboToolbox community assessment";

    private final KoboImportRepository imports;
    private final KoboMappingRepository mappings;
    private final AssessmentRows rows;
    private final CommunityService communities;
    private final ProfileService profiles;
    private final ReturneeCountService returnees;
    private final CurrentUser currentUser;
    private final Clock clock;

    KoboAssessmentService(
            KoboImportRepository imports,
            KoboMappingRepository mappings,
            AssessmentRows rows,
            CommunityService communities,
            ProfileService profiles,
            ReturneeCountService returnees,
            CurrentUser currentUser,
            Clock clock) {
        this.imports = imports;
        this.mappings = mappings;
        this.rows = rows;
        this.communities = communities;
        this.profiles = profiles;
        this.returnees = returnees;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The mapping staff saved last, or {@link #DEFAULT_MAPPING} before any was saved. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public String mapping() {
        return mappings.mapping(MAPPING_NAME).orElse(DEFAULT_MAPPING);
    }

    /**
     * Saves the mapping for the next exports of the form.
     *
     * @throws InvalidFieldException when a line is not {@code form/path = portal_field} or names no portal field
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void saveMapping(String text) {
        try {
            rows.checkTargets(KoboFieldMapping.parse(text));
        } catch (ImportException wrong) {
            throw new InvalidFieldException("mapping", "kobo.error.mapping", wrong.getMessage());
        }
        mappings.saveMapping(MAPPING_NAME, text, username(), now());
    }

    /** What {@link #importAll} would record, and every problem that stops it; writes nothing. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public KoboImportPlan preview(KoboExport export, String mapping, KoboImportSettings settings) {
        return rows.plan(export, mapping, settings);
    }

    /**
     * Records a profile for every submission not imported before, creating the communities the export
     * names that do not exist yet (matched by area and name, ignoring case), a returnee count for each
     * submission that counts returnees, and saves the mapping.
     *
     * @throws ImportRejectedException listing every problem, as the preview does; nothing is stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public KoboImportOutcome importAll(KoboExport export, String mapping, KoboImportSettings settings) {
        KoboImportPlan plan = rows.plan(export, mapping, settings);
        if (!plan.isAccepted()) {
            throw new ImportRejectedException(null, plan.problems(), plan.problemCount());
        }
        Map<Integer, KoboSubmission> submissions = new HashMap<>();
        export.submissions().forEach(s -> submissions.put(s.line(), s));
        Map<String, Long> created = new HashMap<>();
        String by = username();
        LocalDateTime now = now();
        int recorded = 0;
        for (PlannedAssessment row : plan.rows()) {
            if (row.alreadyImported()) {
                continue;
            }
            long communityId = row.communityId() != null
                    ? row.communityId()
                    : created.computeIfAbsent(
                            CommunityService.nameKey(row.area(), row.communityName()), key -> communities
                                    .create(new CommunityData(
                                            row.communityName(),
                                            settings.nameLanguage(),
                                            row.area(),
                                            row.location(),
                                            null))
                                    .community()
                                    .id());
            Profile profile = profiles.record(communityId, row.profile());
            LocalDateTime submittedAt = submissions
                    .get(row.line())
                    .submissionTime()
                    .map(t -> LocalDateTime.ofInstant(t, ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS))
                    .orElse(null);
            imports.insertSubmission(row.uuid(), profile.id(), submittedAt, by, now);
            if (row.returnees() != null) {
                returnees.record(new ReturneeCountData(
                        row.area(),
                        communityId,
                        "Assessment " + row.profile().assessedOn(),
                        row.profile().assessedOn(),
                        row.returnees(),
                        null,
                        null,
                        null,
                        null,
                        RETURNEE_SOURCE + " " + row.uuid()));
            }
            recorded++;
        }
        mappings.saveMapping(MAPPING_NAME, mapping, by, now);
        return new KoboImportOutcome(recorded, created.size(), (int) plan.alreadyImported());
    }

    private String username() {
        return currentUser.get().map(PortalUser::username).orElse("system");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
