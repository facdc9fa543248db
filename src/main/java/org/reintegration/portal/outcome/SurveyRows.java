package org.reintegration.portal.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.ProblemText;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.profile.AgeBand;
import org.reintegration.portal.community.profile.Sex;
import org.reintegration.portal.interop.hxl.Cell;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.interop.hxl.ImportProblem;
import org.reintegration.portal.interop.hxl.ImportProblems;
import org.reintegration.portal.interop.kobo.KoboExport;
import org.reintegration.portal.interop.kobo.KoboFieldMapping;
import org.reintegration.portal.interop.kobo.KoboPreview;
import org.reintegration.portal.interop.kobo.MappedExport;
import org.reintegration.portal.outcome.repository.OutcomeRepository;
import org.springframework.stereotype.Component;

/**
 * Turns a survey export and a field mapping into the survey answers they would give, collecting every problem
 * with the mapping line or the export's line and column. Every mapped field must be a {@link SurveyField} or a
 * question of the scheme; a mapped column that looks like personal data is refused outright; every answer must be
 * one the scheme knows. So what can be stored is fixed by the scheme, never by the file.
 */
@Component
class SurveyRows {

    private final OutcomeRepository outcomes;
    private final CommunityService communities;
    private final AreaHierarchy hierarchy;
    private final Clock clock;

    SurveyRows(OutcomeRepository outcomes, CommunityService communities, AreaHierarchy hierarchy, Clock clock) {
        this.outcomes = outcomes;
        this.communities = communities;
        this.hierarchy = hierarchy;
        this.clock = clock;
    }

    /** @throws ImportException naming the first mapping line whose target is neither a portal field nor a question */
    static void checkTargets(KoboFieldMapping mapping, ScoringScheme scheme, int version) throws ImportException {
        for (var entry : mapping.targets().entrySet()) {
            String target = entry.getValue();
            if (SurveyField.byMappingName(target).isEmpty()
                    && scheme.question(target).isEmpty()) {
                int line = mapping.lineOf(entry.getKey());
                throw new ImportException(ImportProblem.onMappingLine(
                        line,
                        ProblemText.of(
                                "import.survey.unknown-target",
                                target,
                                java.util.Arrays.stream(SurveyField.values())
                                        .map(SurveyField::mappingName)
                                        .collect(Collectors.joining(", ")),
                                String.valueOf(version))));
            }
        }
    }

    SurveyPlan plan(KoboExport export, String mappingText, ScoringScheme scheme, int version) {
        Set<String> required = java.util.Arrays.stream(SurveyField.values())
                .filter(SurveyField::required)
                .map(SurveyField::mappingName)
                .collect(Collectors.toSet());
        ImportProblems problems = new ImportProblems();
        MappedExport mapped = MappedExport.of(
                export, mappingText, mapping -> checkTargets(mapping, scheme, version), required, problems);
        if (mapped == null) {
            return new SurveyPlan(List.of(), problems.list(), problems.count(), version);
        }
        refuseIdentifiers(export, mapped.mapping(), problems);

        List<Reading> readings = new ArrayList<>();
        Set<PCode> areas = new LinkedHashSet<>();
        for (KoboPreview.Row row : mapped.rows()) {
            Reading reading = new Reading(row, scheme, problems);
            reading.read();
            readings.add(reading);
            if (reading.area != null) {
                areas.add(reading.area);
            }
        }
        Map<String, Long> communityIds = communities.idsByAreaAndName(areas);
        Map<String, String> digests = new HashMap<>();
        mapped.rows().forEach(r -> digests.put(r.uuid(), SubmissionDigest.of(r.uuid())));
        Set<String> imported = outcomes.importedDigests(digests.values());
        List<PlannedResponse> planned = new ArrayList<>();
        for (Reading reading : readings) {
            if (!reading.ok()) {
                continue;
            }
            Long communityId = null;
            if (reading.communityName != null) {
                communityId = communityIds.get(CommunityService.nameKey(reading.area, reading.communityName));
                if (communityId == null) {
                    Cell cell = reading.row.cell(SurveyField.COMMUNITY_NAME.mappingName());
                    problems.add(
                            cell.problem("import.survey.no-community", reading.communityName, reading.area.value()));
                    continue;
                }
            }
            String digest = digests.get(reading.row.uuid());
            planned.add(new PlannedResponse(
                    reading.row.line(),
                    digest,
                    reading.area,
                    communityId,
                    reading.communityName,
                    reading.quarter,
                    reading.sex,
                    reading.ageBand,
                    reading.answers,
                    imported.contains(digest)));
        }
        return new SurveyPlan(planned, problems.list(), mapped.problemCount(problems), version);
    }

    private static void refuseIdentifiers(KoboExport export, KoboFieldMapping mapping, ImportProblems problems) {
        mapping.targets().forEach((field, target) -> {
            for (String path : export.columns().pathsNamed(field)) {
                IdentifierGuard.identifying(
                                path,
                                export.columns().tag(path).orElse(null),
                                target.equals(SurveyField.COMMUNITY_NAME.mappingName()))
                        .ifPresent(why -> problems.add(KoboPreview.mappingProblem(
                                mapping.lineOf(field), ProblemText.of("import.survey.identifier", path, why))));
            }
        });
    }

    static LocalDate quarterStart(LocalDate date) {
        return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    /** One submission read into the portal's fields; its problems go to the plan's list. */
    private final class Reading {

        final KoboPreview.Row row;
        final ScoringScheme scheme;
        final ImportProblems problems;
        final int before;
        PCode area;
        String communityName;
        LocalDate quarter;
        Sex sex;
        AgeBand ageBand;
        final Map<String, String> answers = new HashMap<>();

        Reading(KoboPreview.Row row, ScoringScheme scheme, ImportProblems problems) {
            this.row = row;
            this.scheme = scheme;
            this.problems = problems;
            this.before = problems.count();
        }

        boolean ok() {
            return problems.count() == before;
        }

        void read() {
            area = problems.attempt(() -> area(cell(SurveyField.AREA_PCODE)));
            String name = row.values().get(SurveyField.COMMUNITY_NAME.mappingName());
            communityName = name == null || name.isBlank() ? null : name.strip();
            quarter = problems.attempt(() -> quarter(cell(SurveyField.SURVEYED_ON)));
            sex = problems.attempt(() -> sex(cell(SurveyField.SEX)));
            ageBand = problems.attempt(() -> ageBand(cell(SurveyField.AGE_BAND)));
            for (SchemeQuestion question : scheme.questions()) {
                String value = row.values().get(question.id());
                if (value == null || value.isBlank()) {
                    continue;
                }
                String answer = value.strip().toLowerCase(Locale.ROOT);
                if (!scheme.accepts(question, answer)) {
                    String answers = String.join(", ", question.answers().keySet());
                    problems.add(row.cell(question.id())
                            .problem(
                                    scheme.unknownCodes().isEmpty()
                                            ? ProblemText.of(
                                                    "import.survey.not-an-answer",
                                                    value.strip(),
                                                    question.id(),
                                                    answers)
                                            : ProblemText.of(
                                                    "import.survey.not-an-answer-or-unknown",
                                                    value.strip(),
                                                    question.id(),
                                                    answers,
                                                    String.join(", ", scheme.unknownCodes()))));
                    continue;
                }
                answers.put(question.id(), answer);
            }
        }

        private Cell cell(SurveyField field) {
            return row.cell(field.mappingName());
        }

        private PCode area(Cell cell) throws ImportException {
            String text = cell.requiredText().strip();
            if (!PCode.isValid(text) || !hierarchy.contains(PCode.of(text))) {
                throw cell.failure("import.pcode.no-area", text);
            }
            return PCode.of(text);
        }

        private LocalDate quarter(Cell cell) throws ImportException {
            String text = cell.text().strip();
            // a date and time such as a KoboToolbox "start" or "_submission_time": its day is enough
            Cell day = text.length() > 10 && text.charAt(10) == 'T'
                    ? new Cell(text.substring(0, 10), cell.line(), cell.column(), cell.label())
                    : cell;
            LocalDate date = day.date();
            if (date == null) {
                throw cell.failure("import.survey.date-empty");
            }
            if (date.isAfter(LocalDate.now(clock))) {
                throw cell.failure("import.date.future", date.toString());
            }
            return quarterStart(date);
        }

        private Sex sex(Cell cell) throws ImportException {
            String text = cell.text().strip().toLowerCase(Locale.ROOT);
            return switch (text) {
                case "" -> null;
                case "female", "f", "woman", "femme" -> Sex.FEMALE;
                case "male", "m", "man", "homme" -> Sex.MALE;
                default -> throw cell.failure("import.survey.sex", cell.text().strip());
            };
        }

        private AgeBand ageBand(Cell cell) throws ImportException {
            String text = cell.text().strip();
            if (text.isEmpty()) {
                return null;
            }
            if (text.matches("\\d{1,3}")) {
                int age = Integer.parseInt(text);
                if (age > 120) {
                    throw cell.failure("import.survey.not-an-age", text);
                }
                return age < 18
                        ? AgeBand.UNDER_18
                        : age <= 35 ? AgeBand.FROM_18_TO_35 : age <= 59 ? AgeBand.FROM_36_TO_59 : AgeBand.FROM_60;
            }
            String band = text.toUpperCase(Locale.ROOT).replace('-', '_');
            for (AgeBand known : AgeBand.values()) {
                if (known.name().equals(band)) {
                    return known;
                }
            }
            throw cell.failure(
                    "import.survey.age-band",
                    text,
                    java.util.Arrays.stream(AgeBand.values())
                            .map(b -> b.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")));
        }
    }
}
