package org.reintegration.portal.interop.kobo;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.regex.Pattern;
import org.reintegration.portal.base.ProblemText;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.interop.hxl.ImportProblem;

/**
 * Which form field fills which field of the portal, kept as text that programme staff can edit when a
 * form changes, one {@code form/path = target_field} per line:
 *
 * <pre>
 * # community assessment, version 3
 * grp_location/adm2     = adm2_pcode
 * grp_demo/n_returnees  = returnees   # individuals, not households
 * </pre>
 *
 * {@code #} starts a comment; blank lines are ignored. A form field may be given by its full path or,
 * when unambiguous in the export, by its name. Each form field and each target field may appear once,
 * since two values for one target could not both be saved.
 */
public final class KoboFieldMapping {

    private static final Pattern NAME = Pattern.compile("[^\\s=#]+");

    private final SequencedMap<String, String> targets;
    private final Map<String, Integer> lines;

    private KoboFieldMapping(SequencedMap<String, String> targets, Map<String, Integer> lines) {
        this.targets = Collections.unmodifiableSequencedMap(targets);
        this.lines = Map.copyOf(lines);
    }

    /**
     * Reads the text form.
     *
     * @throws ImportException naming the mapping line that is not {@code form/path = target_field}, or that maps a
     *                         form field or target field already mapped on an earlier line
     */
    public static KoboFieldMapping parse(String text) throws ImportException {
        SequencedMap<String, String> targets = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> targetLines = new HashMap<>();
        String[] textLines = text.split("\\R", -1);
        for (int line = 1; line <= textLines.length; line++) {
            String content = textLines[line - 1].replaceFirst("#.*", "").strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] sides = content.split("=", -1);
            if (sides.length != 2
                    || !NAME.matcher(sides[0].strip()).matches()
                    || !NAME.matcher(sides[1].strip()).matches()) {
                throw mistake(line, ProblemText.of("import.mapping.not-a-line", content));
            }
            String field = sides[0].strip();
            String target = sides[1].strip();
            if (lines.containsKey(field)) {
                throw mistake(
                        line, ProblemText.of("import.mapping.field-twice", field, String.valueOf(lines.get(field))));
            }
            if (targetLines.containsKey(target)) {
                throw mistake(
                        line,
                        ProblemText.of("import.mapping.target-twice", target, String.valueOf(targetLines.get(target))));
            }
            targets.put(field, target);
            lines.put(field, line);
            targetLines.put(target, line);
        }
        return new KoboFieldMapping(targets, lines);
    }

    /**
     * A mapping built in code, numbered as {@link #format()} would write it.
     *
     * @throws IllegalArgumentException when a name is empty or holds spaces, {@code =} or {@code #}, or two form
     *                                  fields fill one target
     */
    public static KoboFieldMapping of(Map<String, String> targets) {
        try {
            return parse(text(targets));
        } catch (ImportException notAMapping) {
            throw new IllegalArgumentException(notAMapping.getMessage(), notAMapping);
        }
    }

    /** Form field (path or name) to target field, in the order written. */
    public SequencedMap<String, String> targets() {
        return targets;
    }

    /** The line of the text form that maps a form field, for messages; 0 when the field is not mapped. */
    public int lineOf(String formField) {
        return lines.getOrDefault(formField, 0);
    }

    /** The text form, one {@code form/path = target_field} per line; {@link #parse(String)} reads it back. */
    public String format() {
        return text(targets);
    }

    private static String text(Map<String, String> targets) {
        StringBuilder text = new StringBuilder();
        targets.forEach((field, target) ->
                text.append(field).append(" = ").append(target).append('\n'));
        return text.toString();
    }

    private static ImportException mistake(int line, ProblemText what) {
        return new ImportException(ImportProblem.onMappingLine(line, what));
    }
}
