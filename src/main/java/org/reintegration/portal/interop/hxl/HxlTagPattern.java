package org.reintegration.portal.interop.hxl;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Selects columns by tag as HXL tools do: {@code #affected+returnees} matches every column whose
 * hashtag is {@code #affected} and whose attributes include {@code returnees}, so also
 * {@code #affected+returnees+ind}; attributes after a {@code -} must be absent, so
 * {@code #affected+returnees-hh} leaves out {@code #affected+returnees+hh}. A column's other
 * attributes do not matter, which keeps an import working when a publisher adds one.
 *
 * @param hashtag  the hashtag, lower-case with its {@code #}
 * @param required the attributes a matching tag must have
 * @param excluded the attributes a matching tag must not have
 */
public record HxlTagPattern(String hashtag, Set<String> required, Set<String> excluded) {

    private static final Pattern PATTERN =
            Pattern.compile("#(" + HxlTag.NAME + ")((?:\\s*[+-]\\s*" + HxlTag.NAME + ")*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([+-])\\s*(" + HxlTag.NAME + ")", Pattern.CASE_INSENSITIVE);

    public HxlTagPattern {
        required = Collections.unmodifiableSet(new LinkedHashSet<>(required));
        excluded = Collections.unmodifiableSet(new LinkedHashSet<>(excluded));
    }

    /**
     * Reads a pattern such as {@code #affected+returnees+ind-abroad}, ignoring case and spaces.
     *
     * @throws IllegalArgumentException when the text is not a pattern, or asks for an attribute both present and absent
     */
    public static HxlTagPattern parse(String text) {
        Matcher pattern = PATTERN.matcher(text.strip());
        if (!pattern.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not an HXL tag pattern such as #affected+returnees-hh");
        }
        Set<String> required = new LinkedHashSet<>();
        Set<String> excluded = new LinkedHashSet<>();
        Matcher attribute = ATTRIBUTE.matcher(pattern.group(2));
        while (attribute.find()) {
            String name = attribute.group(2).toLowerCase(Locale.ROOT);
            (attribute.group(1).equals("+") ? required : excluded).add(name);
        }
        if (required.stream().anyMatch(excluded::contains)) {
            throw new IllegalArgumentException("'" + text + "' asks for an attribute both with + and with -");
        }
        return new HxlTagPattern("#" + pattern.group(1).toLowerCase(Locale.ROOT), required, excluded);
    }

    /** Whether a column with this tag is selected. */
    public boolean matches(HxlTag tag) {
        return tag.hashtag().equals(hashtag)
                && tag.attributes().containsAll(required)
                && excluded.stream().noneMatch(tag.attributes()::contains);
    }

    /** The pattern as HXL writes it, such as {@code #affected+returnees-hh}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(hashtag);
        required.forEach(attribute -> text.append('+').append(attribute));
        excluded.forEach(attribute -> text.append('-').append(attribute));
        return text.toString();
    }
}
