package org.reintegration.portal.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.reintegration.portal.assessment.repository.KoboImportRepository;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.ProblemText;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.community.profile.ProfileData;
import org.reintegration.portal.community.profile.TensionDriver;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.interop.hxl.Cell;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.interop.hxl.ImportProblem;
import org.reintegration.portal.interop.hxl.ImportProblems;
import org.reintegration.portal.interop.kobo.KoboExport;
import org.reintegration.portal.interop.kobo.KoboFieldMapping;
import org.reintegration.portal.interop.kobo.KoboPreview;
import org.reintegration.portal.interop.kobo.KoboSubmission;
import org.reintegration.portal.interop.kobo.MappedExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns an export and a mapping into the profiles they would give, collecting every problem with the
 * mapping line or the export's line and column.
 */
@Component
class AssessmentRows {

    private static final Logger log = LoggerFactory.getLogger(AssessmentRows.class);

    private final KoboImportRepository imports;
    private final CommunityService communities;
    private final AreaHierarchy hierarchy;
    private final AdminAreaService areas;
    private final Clock clock;

    AssessmentRows(
            KoboImportRepository imports,
            CommunityService communities,
            AreaHierarchy hierarchy,
            AdminAreaService areas,
            Clock clock) {
        this.imports = imports;
        this.communities = communities;
        this.hierarchy = hierarchy;
        this.areas = areas;
        this.clock = clock;
    }

    /** @throws ImportException naming the first mapping line whose portal field does not exist */
    void checkTargets(KoboFieldMapping mapping) throws ImportException {
        for (var entry : mapping.targets().entrySet()) {
            if (AssessmentField.byMappingName(entry.getValue()).isEmpty()) {
                int line = mapping.lineOf(entry.getKey());
                throw new ImportException(ImportProblem.onMappingLine(
                        line,
                        ProblemText.of(
                                "import.assessment.unknown-target",
                                entry.getValue(),
                                Arrays.stream(AssessmentField.values())
                                        .map(AssessmentField::mappingName)
                                        .collect(Collectors.joining(", ")))));
            }
        }
    }

    KoboImportPlan plan(KoboExport export, String mappingText, KoboImportSettings settings) {
        ImportProblems problems = new ImportProblems();
        MappedExport mapped =
                MappedExport.of(export, mappingText, this::checkTargets, AssessmentField.requiredNames(), problems);
        if (mapped == null) {
            return new KoboImportPlan(List.of(), problems.list(), problems.count());
        }
        KoboFieldMapping mapping = mapped.mapping();

        Map<Integer, KoboSubmission> submissions = new HashMap<>();
        export.submissions().forEach(s -> submissions.put(s.line(), s));
        String locationPath = pathOf(export, mapping, AssessmentField.LOCATION);
        Set<String> imported = imports.importedUuids(
                mapped.rows().stream().map(KoboPreview.Row::uuid).toList());
        Set<PCode> namedAreas = new LinkedHashSet<>();
        List<RowReading> readings = new ArrayList<>();
        for (KoboPreview.Row row : mapped.rows()) {
            RowReading reading = new RowReading(row, settings, problems);
            reading.read(submissions.get(row.line()), locationPath);
            readings.add(reading);
            if (reading.area != null) {
                namedAreas.add(reading.area);
            }
        }
        Map<String, Long> communityIds = communities.idsByAreaAndName(namedAreas);
        List<PlannedAssessment> planned = new ArrayList<>();
        for (RowReading reading : readings) {
            if (reading.profile == null) {
                continue;
            }
            Long communityId = communityIds.get(CommunityService.nameKey(reading.area, reading.name));
            boolean outside = communityId == null
                    && reading.location != null
                    && areas.isInside(reading.area, reading.location).orElse(true) == Boolean.FALSE;
            planned.add(new PlannedAssessment(
                    reading.row.line(),
                    reading.row.uuid(),
                    reading.area,
                    reading.name,
                    communityId,
                    reading.location,
                    reading.profile,
                    reading.returnees,
                    imported.contains(reading.row.uuid()),
                    outside));
        }
        return new KoboImportPlan(planned, problems.list(), mapped.problemCount(problems));
    }

    private static String pathOf(KoboExport export, KoboFieldMapping mapping, AssessmentField field) {
        return mapping.targets().entrySet().stream()
                .filter(e -> e.getValue().equals(field.mappingName()))
                .map(e -> export.columns().pathsNamed(e.getKey()))
                .filter(paths -> paths.size() == 1)
                .map(List::getFirst)
                .findFirst()
                .orElse(null);
    }

    /** One submission read into the portal's fields; its problems go to the plan's list. */
    private final class RowReading {

        final KoboPreview.Row row;
        final KoboImportSettings settings;
        final ImportProblems problems;
        final int problemsBefore;
        PCode area;
        String name;
        LatLon location;
        Integer returnees;
        ProfileData profile;

        RowReading(KoboPreview.Row row, KoboImportSettings settings, ImportProblems problems) {
            this.row = row;
            this.settings = settings;
            this.problems = problems;
            this.problemsBefore = problems.count();
        }

        void read(KoboSubmission submission, String locationPath) {
            area = problems.attempt(() -> area(cell(AssessmentField.AREA_PCODE)));
            name = problems.attempt(() -> name(cell(AssessmentField.COMMUNITY_NAME)));
            LocalDate assessedOn = problems.attempt(() -> assessedOn(cell(AssessmentField.ASSESSED_ON)));
            TensionLevel tension = problems.attempt(() -> tension(cell(AssessmentField.TENSION_LEVEL)));
            Set<TensionDriver> drivers = problems.attempt(() -> drivers(cell(AssessmentField.TENSION_DRIVERS)));
            Integer population = problems.attempt(() -> count(cell(AssessmentField.POPULATION)));
            Integer households = problems.attempt(() -> count(cell(AssessmentField.HOUSEHOLDS)));
            returnees = problems.attempt(() -> count(cell(AssessmentField.RETURNEES)));
            if (locationPath != null && submission != null) {
                location = problems.attempt(() -> submission
                        .geopoint(locationPath)
                        .map(g -> new LatLon(g.latitude(), g.longitude()))
                        .orElse(null));
            }
            if (problems.count() > problemsBefore) {
                return;
            }
            String sourceNotes = text(AssessmentField.SOURCE_NOTES);
            String notes = "KoboToolbox submission " + row.uuid() + (sourceNotes == null ? "" : ". " + sourceNotes);
            // The profile's limits, checked here cell by cell so that each problem names its cell in the reader's
            // language; the record's own check below stays as the last word.
            int notesRoom = ProfileData.NOTES_MAX - (notes.length() - (sourceNotes == null ? 0 : sourceNotes.length()));
            problems.attempt(() -> fits(AssessmentField.SOURCE_NOTES, Math.max(0, notesRoom)));
            problems.attempt(() -> fits(AssessmentField.MAIN_SECTORS, ProfileData.SECTORS_MAX));
            problems.attempt(() -> fits(AssessmentField.OPPORTUNITIES, ProfileData.NOTES_MAX));
            problems.attempt(() -> fits(AssessmentField.SKILLS_IN_DEMAND, ProfileData.NOTES_MAX));
            problems.attempt(() -> fits(AssessmentField.INCIDENTS, ProfileData.INCIDENTS_MAX));
            problems.attempt(() -> fits(AssessmentField.PSYCHOSOCIAL_RESOURCES, ProfileData.NOTES_MAX));
            problems.attempt(this::needsFit);
            if (problems.count() > problemsBefore) {
                return;
            }
            try {
                profile = new ProfileData(
                        assessedOn,
                        settings.method(),
                        Set.of(),
                        notes,
                        population,
                        households,
                        List.of(),
                        List.of(),
                        text(AssessmentField.MAIN_SECTORS),
                        text(AssessmentField.OPPORTUNITIES),
                        text(AssessmentField.SKILLS_IN_DEMAND),
                        tension,
                        drivers,
                        text(AssessmentField.INCIDENTS),
                        text(AssessmentField.PSYCHOSOCIAL_RESOURCES),
                        needs(),
                        List.of());
            } catch (IllegalArgumentException refused) {
                log.warn(
                        "Submission {} on line {} does not make a profile: {}",
                        row.uuid(),
                        row.line(),
                        refused.getMessage());
                problems.add(ImportProblem.onLine(row.line(), "import.assessment.not-a-profile"));
            }
        }

        private Cell cell(AssessmentField field) {
            return row.cell(field.mappingName());
        }

        private String text(AssessmentField field) {
            String value = row.values().get(field.mappingName());
            return value == null || value.isBlank() ? null : value.strip();
        }

        /** @throws ImportException when the field's text is longer than {@code max} characters */
        private Void fits(AssessmentField field, int max) throws ImportException {
            String value = text(field);
            if (value != null && value.length() > max) {
                throw cell(field)
                        .failure("import.assessment.too-long", String.valueOf(value.length()), String.valueOf(max));
            }
            return null;
        }

        /** @throws ImportException when there are too many priority needs, one is too long, or one comes twice */
        private Void needsFit() throws ImportException {
            List<String> needs = needs();
            if (needs.size() > ProfileData.NEEDS_MAX) {
                throw cell(AssessmentField.PRIORITY_NEEDS)
                        .failure(
                                "import.assessment.too-many-needs",
                                String.valueOf(needs.size()),
                                String.valueOf(ProfileData.NEEDS_MAX));
            }
            for (String need : needs) {
                if (need.length() > ProfileData.NEED_MAX) {
                    throw cell(AssessmentField.PRIORITY_NEEDS)
                            .failure("import.assessment.need-too-long", need, String.valueOf(ProfileData.NEED_MAX));
                }
            }
            return null;
        }

        private List<String> needs() {
            String value = text(AssessmentField.PRIORITY_NEEDS);
            return value == null ? List.of() : Arrays.asList(value.split("\\s+"));
        }

        private PCode area(Cell cell) throws ImportException {
            String text = cell.requiredText();
            if (!PCode.isValid(text) || !hierarchy.contains(PCode.of(text))) {
                throw cell.failure("import.pcode.no-area", text);
            }
            return PCode.of(text);
        }

        private String name(Cell cell) throws ImportException {
            String text = cell.requiredText().strip();
            if (text.length() > CommunityData.NAME_MAX) {
                throw cell.failure("import.assessment.name-too-long", String.valueOf(CommunityData.NAME_MAX));
            }
            return text;
        }

        private LocalDate assessedOn(Cell cell) throws ImportException {
            LocalDate date = cell.date();
            if (date == null) {
                throw cell.failure("import.assessment.date-empty");
            }
            if (date.isAfter(LocalDate.now(clock))) {
                throw cell.failure("import.date.future", date.toString());
            }
            return date;
        }

        private TensionLevel tension(Cell cell) throws ImportException {
            String text = cell.requiredText().strip();
            try {
                return TensionLevel.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException notALevel) {
                throw cell.failure(
                        "import.assessment.tension",
                        text,
                        Arrays.stream(TensionLevel.values())
                                .map(l -> l.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")));
            }
        }

        private Set<TensionDriver> drivers(Cell cell) throws ImportException {
            String value = row.values().getOrDefault(AssessmentField.TENSION_DRIVERS.mappingName(), "");
            Set<TensionDriver> drivers = EnumSet.noneOf(TensionDriver.class);
            for (String name : value.isBlank() ? new String[0] : value.strip().split("\\s+")) {
                Optional<TensionDriver> driver = Arrays.stream(TensionDriver.values())
                        .filter(d -> d.name().equalsIgnoreCase(name))
                        .findFirst();
                if (driver.isEmpty()) {
                    throw cell.failure(
                            "import.assessment.driver",
                            name,
                            Arrays.stream(TensionDriver.values())
                                    .map(d -> d.name().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(", ")));
                }
                drivers.add(driver.get());
            }
            return drivers;
        }

        private Integer count(Cell cell) throws ImportException {
            if (cell.isEmpty()) {
                return null;
            }
            long count = cell.count();
            if (count > Integer.MAX_VALUE) {
                throw cell.failure("import.assessment.count-too-large", cell.text());
            }
            return (int) count;
        }
    }
}
