package org.reintegration.portal.interop.hxl;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.SequencedSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HXL hashtag with its attributes, as in {@code #affected+returnees+ind}: what a column holds,
 * whatever its header text says. Hashtag and attributes are lower-cased, since HXL compares them
 * without regard to case; two tags are equal when they have the same hashtag and the same attributes
 * in any order.
 *
 * @param hashtag    the hashtag with its {@code #}, such as {@code #affected}
 * @param attributes the attribute names without {@code +}, such as {@code returnees} and {@code ind}, in the order written
 */
public record HxlTag(String hashtag, SequencedSet<String> attributes) {

    static final String NAME = "[a-z][a-z0-9_]*";

    // HXL 1.1 allows spaces between the hashtag and its attributes, as in "#affected +f".
    private static final Pattern TAG =
            Pattern.compile("#(" + NAME + ")((?:\\s*\\+\\s*" + NAME + ")*)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NUMERIC_HASHTAGS =
            Set.of("#affected", "#inneed", "#targeted", "#reached", "#population", "#value", "#capacity");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\+\\s*(" + NAME + ")", Pattern.CASE_INSENSITIVE);

    public HxlTag {
        if (!hashtag.matches("#" + NAME)) {
            throw new IllegalArgumentException("'" + hashtag + "' is not a lower-case HXL hashtag");
        }
        for (String attribute : attributes) {
            if (!attribute.matches(NAME)) {
                throw new IllegalArgumentException("'" + attribute + "' is not a lower-case HXL attribute");
            }
        }
        attributes = Collections.unmodifiableSequencedSet(new LinkedHashSet<>(attributes));
    }

    /**
     * Reads a tag as written in a hashtag row, ignoring case and spaces around it and before each {@code +}.
     *
     * @throws IllegalArgumentException when the text is not a tag, such as {@code "Admin 1"} or {@code "#adm1,#adm2"}
     */
    public static HxlTag parse(String text) {
        Matcher tag = TAG.matcher(text.strip());
        if (!tag.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an HXL tag such as #adm1+code");
        }
        SequencedSet<String> attributes = new LinkedHashSet<>();
        Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
        while (attribute.find()) {
            attributes.add(attribute.group(1).toLowerCase(Locale.ROOT));
        }
        return new HxlTag("#" + tag.group(1).toLowerCase(Locale.ROOT), attributes);
    }

    /** Whether the text, spaces around it aside, is an HXL tag. */
    public static boolean isTag(String text) {
        return TAG.matcher(text.strip()).matches();
    }

    /** Whether the tag has the attribute (given without {@code +}, in any case). */
    public boolean has(String attribute) {
        return attributes.contains(attribute.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the HXL dictionary has the column hold numbers: counts of people ({@code #affected},
     * {@code #inneed}, {@code #targeted}, {@code #reached}, {@code #population}), amounts ({@code #value}),
     * {@code #capacity}, coordinates ({@code #geo+lat}, {@code #geo+lon}) and anything marked {@code +num}.
     * An export writes a plain number in such a column as it is, and guards every other cell as text.
     */
    public boolean isNumeric() {
        return NUMERIC_HASHTAGS.contains(hashtag)
                || has("num")
                || (hashtag.equals("#geo") && (has("lat") || has("lon")));
    }

    /** The tag as HXL writes it, such as {@code #affected+returnees+ind}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(hashtag);
        attributes.forEach(attribute -> text.append('+').append(attribute));
        return text.toString();
    }
}
