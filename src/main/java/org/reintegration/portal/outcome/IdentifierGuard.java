package org.reintegration.portal.outcome;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.reintegration.portal.base.ProblemText;
import org.reintegration.portal.interop.hxl.HxlTag;

/**
 * Recognises survey columns that hold something identifying a person: a name, a case or registration number, a
 * phone, an address, an e-mail, a precise location, a photo or signature. The import refuses a mapping that would
 * read such a column into any field, so that no such thing reaches the database even by a slip of the mapping.
 * Column names are matched word by word (KoboToolbox paths use {@code _} and {@code /}), HXL tags by hashtag and
 * attribute. The community-name field is the one place a {@code name} is expected; there only a person's name
 * ({@code respondent_name}, {@code first_name}, …) is refused.
 */
final class IdentifierGuard {

    /** Anywhere in a column's own name. */
    private static final Pattern IDENTIFYING_PART = Pattern.compile(
            ".*(phone|mobile|passport|e_?mail|signature|fingerprint|whatsapp|msisdn|imei|simserial|subscriberid|"
                    + "gps|geopoint|latitude|longitude|date_of_birth|birth_?date|case_?(no|num|number|id|ref)|"
                    + "national_?id|id_?(no|num|number|card)|address|adresse|photo|deviceid|username).*");

    /** As a whole word of a column's own name. */
    private static final Pattern IDENTIFYING_WORD =
            Pattern.compile("(name|names|nom|prenom|tel|lat|lon|lng|dob|contact)");

    private static final Pattern PERSON_NAME = Pattern.compile(
            "(?:.*[_/])?(respondent|beneficiary|returnee|person|interviewee|head|hh_head|first|last|full|family|sur|"
                    + "given|father|mother|middle|enumerator|interviewer)_?name.*");

    private IdentifierGuard() {}

    /**
     * Why the column would bring an identifier in, or empty when it looks harmless.
     *
     * @param path the column's full path, such as {@code grp_id/phone}
     * @param tag  its HXL tag, or null
     */
    static Optional<ProblemText> identifying(String path, HxlTag tag, boolean communityName) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (communityName) {
            if (PERSON_NAME.matcher(lower).matches()) {
                return Optional.of(ProblemText.of("import.survey.why.person-name"));
            }
        } else {
            String name = lower.substring(lower.lastIndexOf('/') + 1);
            if (IDENTIFYING_PART.matcher(name).matches()) {
                return Optional.of(ProblemText.of("import.survey.why.identifying"));
            }
            for (String word : name.split("[_\\-.\\s]+")) {
                if (IDENTIFYING_WORD.matcher(word).matches()) {
                    return Optional.of(ProblemText.of("import.survey.why.word", word));
                }
            }
        }
        if (tag != null) {
            String hashtag = tag.hashtag().toLowerCase(Locale.ROOT);
            boolean person = hashtag.equals("#beneficiary") || hashtag.equals("#contact") || hashtag.equals("#indiv");
            boolean precise = hashtag.equals("#geo") || tag.has("phone") || tag.has("email") || tag.has("address");
            if (person
                    || precise
                    || (!communityName && tag.has("name"))
                    || (hashtag.equals("#meta") && tag.has("id"))) {
                return Optional.of(ProblemText.of("import.survey.why.tag", tag.toString()));
            }
        }
        return Optional.empty();
    }
}
