package org.reintegration.portal.publicpages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.voting.BallotItem;
import org.reintegration.portal.selection.voting.BallotPaper;
import org.springframework.util.MultiValueMap;

/**
 * What the ballot form of the light vote page sends, read as the voting service takes it. Nothing here
 * decides whether a ballot is valid: a value that is not a number reads as -1, which the ballot's rules
 * refuse with their own reason.
 */
final class BallotForm {

    private BallotForm() {}

    /** The choices sent with the form: ticked initiative ids, or points per initiative on a cumulative ballot. */
    static Map<Long, Integer> chosen(BallotPaper paper, MultiValueMap<String, String> form) {
        Map<Long, Integer> chosen = new LinkedHashMap<>();
        if (paper.format() == BallotFormat.CUMULATIVE) {
            for (BallotItem item : paper.items()) {
                String value = form.getFirst("points-" + item.initiativeId());
                if (value != null && !value.isBlank()) {
                    chosen.put(item.initiativeId(), number(value.strip()));
                }
            }
        } else {
            for (String id : form.getOrDefault("choice", List.of())) {
                chosen.put((long) number(id), 1);
            }
        }
        return chosen;
    }

    /** A whole number from the form; anything else reads as -1, which the ballot's rules refuse. */
    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** One of the voter's optional answers (group, sex, age band): none when not given or not one of them. */
    static <E extends Enum<E>> E option(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
