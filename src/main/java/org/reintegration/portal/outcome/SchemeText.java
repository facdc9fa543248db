package org.reintegration.portal.outcome;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import org.reintegration.portal.base.InvalidValueException;
import org.reintegration.portal.base.ProblemText;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.interop.hxl.ImportProblem;

/**
 * Reads a scoring scheme from the text M&amp;E officers edit: {@code key = value} lines, a header part for the
 * whole scheme and one {@code [question id]} part per question. {@code #} starts a comment.
 *
 * <pre>
 * title     = Example scheme (invented weights)
 * example   = yes
 * threshold = 0.5
 * unknown   = skip                       # or zero
 * unknown_answers = dont_know not_applicable refused
 *
 * [question income_satisfaction]
 * dimension = economic                   # economic, social or psychosocial
 * indicator = Satisfaction with economic situation
 * weight    = 1                          # weight in its dimension
 * composite = 0.1                        # weight in the composite
 * answers   = very_dissatisfied:0 dissatisfied:0.25 neutral:0.5 satisfied:0.75 very_satisfied:1
 * </pre>
 */
public final class SchemeText {

    private SchemeText() {}

    /** @throws ImportException naming the line of the first mistake */
    public static ScoringScheme parse(String text) throws ImportException {
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Integer> headerLines = new LinkedHashMap<>();
        List<Part> parts = new ArrayList<>();
        Part current = null;
        String[] lines = text.split("\\R", -1);
        for (int line = 1; line <= lines.length; line++) {
            String content = lines[line - 1].replaceFirst("#.*", "").strip();
            if (content.isEmpty()) {
                continue;
            }
            if (content.startsWith("[")) {
                if (!content.endsWith("]")) {
                    throw mistake(line, "import.scheme.not-a-part", content);
                }
                String[] words =
                        content.substring(1, content.length() - 1).strip().split("\\s+");
                if (words.length != 2 || !words[0].equals("question")) {
                    throw mistake(line, "import.scheme.not-a-part", content);
                }
                current = new Part(words[1], line);
                parts.add(current);
                continue;
            }
            int equals = content.indexOf('=');
            if (equals <= 0) {
                throw mistake(line, "import.scheme.not-a-pair", content);
            }
            String key = content.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = content.substring(equals + 1).strip();
            Map<String, String> values = current == null ? header : current.values;
            Map<String, Integer> at = current == null ? headerLines : current.lines;
            if (values.containsKey(key)) {
                throw mistake(line, "import.scheme.key-twice", key, String.valueOf(at.get(key)));
            }
            values.put(key, value);
            at.put(key, line);
        }
        checkKeys(header, headerLines, Set.of("title", "example", "threshold", "unknown", "unknown_answers"));
        requireKeys(header, 1, "title", "threshold");
        Set<String> unknownCodes = new LinkedHashSet<>();
        String unknownList = header.getOrDefault("unknown_answers", "");
        for (String code : unknownList.isBlank() ? new String[0] : unknownList.split("[\\s,]+")) {
            unknownCodes.add(code.toLowerCase(Locale.ROOT));
        }
        List<SchemeQuestion> questions = new ArrayList<>();
        for (Part part : parts) {
            questions.add(part.question());
        }
        if (questions.isEmpty()) {
            throw mistake(lines.length, "import.scheme.no-question");
        }
        try {
            return new ScoringScheme(
                    header.get("title"),
                    yes(header.getOrDefault("example", "no"), headerLines.getOrDefault("example", 1)),
                    number(header.get("threshold"), headerLines.get("threshold")),
                    unknownRule(header.getOrDefault("unknown", "skip"), headerLines.getOrDefault("unknown", 1)),
                    unknownCodes,
                    questions);
        } catch (InvalidValueException wrong) {
            throw mistake(1, wrong.problem());
        }
    }

    private static final class Part {
        final String id;
        final int line;
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, Integer> lines = new LinkedHashMap<>();

        Part(String id, int line) {
            this.id = id;
            this.line = line;
        }

        SchemeQuestion question() throws ImportException {
            checkKeys(values, lines, Set.of("dimension", "indicator", "weight", "composite", "answers"));
            requireKeys(values, line, "dimension", "answers");
            Dimension dimension;
            try {
                dimension = Dimension.valueOf(values.get("dimension").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException notOne) {
                throw mistake(lines.get("dimension"), "import.scheme.dimension", values.get("dimension"));
            }
            SequencedMap<String, Double> answers = new LinkedHashMap<>();
            int answersLine = lines.get("answers");
            for (String pair : values.get("answers").split("\\s+")) {
                int colon = pair.lastIndexOf(':');
                if (colon <= 0) {
                    throw mistake(answersLine, "import.scheme.not-an-answer", pair);
                }
                String code = pair.substring(0, colon).toLowerCase(Locale.ROOT);
                if (answers.containsKey(code)) {
                    throw mistake(answersLine, "import.scheme.answer-twice", code);
                }
                answers.put(code, number(pair.substring(colon + 1), answersLine));
            }
            try {
                return new SchemeQuestion(
                        id,
                        dimension,
                        values.get("indicator"),
                        values.containsKey("weight") ? number(values.get("weight"), lines.get("weight")) : 1,
                        values.containsKey("composite") ? number(values.get("composite"), lines.get("composite")) : 1,
                        answers);
            } catch (InvalidValueException wrong) {
                throw mistake(line, wrong.problem());
            }
        }
    }

    private static void checkKeys(Map<String, String> values, Map<String, Integer> lines, Set<String> known)
            throws ImportException {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw mistake(lines.get(key), "import.scheme.unknown-key", key, String.join(", ", known));
            }
        }
    }

    private static void requireKeys(Map<String, String> values, int line, String... keys) throws ImportException {
        for (String key : keys) {
            if (!values.containsKey(key) || values.get(key).isBlank()) {
                throw mistake(line, "import.scheme.missing-key", key);
            }
        }
    }

    private static double number(String text, int line) throws ImportException {
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException notANumber) {
            throw mistake(line, "import.scheme.not-a-number", text);
        }
    }

    private static boolean yes(String text, int line) throws ImportException {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw mistake(line, "import.scheme.not-yes-no", text);
        };
    }

    private static UnknownAnswers unknownRule(String text, int line) throws ImportException {
        try {
            return UnknownAnswers.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notOne) {
            throw mistake(line, "import.scheme.not-skip-zero", text);
        }
    }

    private static ImportException mistake(int line, String key, Serializable... args) {
        return mistake(line, ProblemText.of(key, args));
    }

    private static ImportException mistake(int line, ProblemText what) {
        return new ImportException(
                new ImportProblem(line, 0, ProblemText.of("import.at.scheme-line", String.valueOf(line), what)));
    }
}
