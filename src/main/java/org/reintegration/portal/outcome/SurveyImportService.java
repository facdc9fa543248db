package org.reintegration.portal.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reintegration.portal.interop.hxl.ImportRejectedException;
import org.reintegration.portal.interop.kobo.KoboExport;
import org.reintegration.portal.interop.kobo.repository.KoboMappingRepository;
import org.reintegration.portal.outcome.repository.OutcomeRepository;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import of anonymous survey exports (KoboToolbox or ODK CSV) by staff: a field mapping, a preview that writes
 * nothing, then all or nothing, each submission once. What a submission leaves behind, and what makes the import
 * refuse a file, is in docs/adr/0013-reintegration-outcomes.md.
 */
@Service
public class SurveyImportService {

    static final String MAPPING_NAME = "reintegration-survey";

    /** Fits the invented demo survey form; staff change it to fit theirs. */
    public static final String DEFAULT_MAPPING = """
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
    private final KoboMappingRepository mappings;
    private final SurveyRows rows;
    private final AppliedScheme applied;
    private final FigureStore figures;
    private final CurrentUser currentUser;
    private final Clock clock;

    SurveyImportService(
            OutcomeRepository outcomes,
            KoboMappingRepository mappings,
            SurveyRows rows,
            AppliedScheme applied,
            FigureStore figures,
            CurrentUser currentUser,
            Clock clock) {
        this.outcomes = outcomes;
        this.mappings = mappings;
        this.rows = rows;
        this.applied = applied;
        this.figures = figures;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The field mapping saved with the last import, or {@link #DEFAULT_MAPPING}. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public String mapping() {
        return mappings.mapping(MAPPING_NAME).orElse(DEFAULT_MAPPING);
    }

    /** What {@link #importAll} would record and every problem that stops it; writes nothing. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public SurveyPlan preview(KoboExport export, String mapping) {
        SchemeVersion scheme = applied.require();
        return rows.plan(export, mapping, scheme.scheme(), scheme.version());
    }

    /**
     * Records every submission not recorded before, scored under the applied scheme version, saves the mapping and
     * computes the figures of the quarters it added to. A submission is recognised by the digest of its id, so
     * importing an export again records nothing twice.
     *
     * @throws ImportRejectedException listing every problem, as the preview does; nothing is stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public SurveyImportOutcome importAll(KoboExport export, String mapping) {
        figures.lock();
        SchemeVersion scheme = applied.require();
        SurveyPlan plan = rows.plan(export, mapping, scheme.scheme(), scheme.version());
        if (!plan.isAccepted()) {
            throw new ImportRejectedException(null, plan.problems(), plan.problemCount());
        }
        String by = currentUser.get().map(PortalUser::username).orElse("system");
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Map<Long, Scores> scores = new HashMap<>();
        Set<LocalDate> quarters = new TreeSet<>();
        for (PlannedResponse response : plan.rows()) {
            if (response.alreadyImported()) {
                continue;
            }
            long id = outcomes.insertResponse(response, by, at);
            scores.put(id, scheme.scheme().score(response.answers()));
            quarters.add(response.quarterStart());
        }
        outcomes.insertScores(scheme.version(), scores);
        mappings.saveMapping(MAPPING_NAME, mapping, by, at);
        if (!quarters.isEmpty()) {
            figures.refresh(scheme, quarters);
        }
        return new SurveyImportOutcome(scores.size(), (int) plan.alreadyImported(), scheme.version());
    }
}
