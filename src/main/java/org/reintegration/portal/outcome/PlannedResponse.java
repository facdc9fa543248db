package org.reintegration.portal.outcome;

import java.time.LocalDate;
import java.util.Map;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.profile.AgeBand;
import org.reintegration.portal.community.profile.Sex;

/**
 * One survey submission as it would be recorded: nothing but what the ADR allows.
 *
 * @param line            its line in the export, for the preview
 * @param digest          the one-way digest of its submission id
 * @param communityId     the community it was answered in, or null when it names only an area
 * @param quarterStart    the first day of the calendar quarter it was answered in
 * @param answers         question id to answer code, for the scheme's questions it answered
 * @param alreadyImported true when an earlier import recorded it, so it is skipped
 */
public record PlannedResponse(
        int line,
        String digest,
        PCode area,
        Long communityId,
        String communityName,
        LocalDate quarterStart,
        Sex sex,
        AgeBand ageBand,
        Map<String, String> answers,
        boolean alreadyImported) {

    public PlannedResponse {
        answers = Map.copyOf(answers);
    }
}
