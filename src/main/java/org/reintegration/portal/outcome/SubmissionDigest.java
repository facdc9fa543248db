package org.reintegration.portal.outcome;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one-way digest of a survey tool's submission id ({@code _uuid}): enough to recognise the submission when an
 * export is imported again, useless for finding it on the survey server.
 */
final class SubmissionDigest {

    private SubmissionDigest() {}

    static String of(String submissionId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(sha.digest(("kobo:" + submissionId.strip()).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException always) {
            throw new IllegalStateException(always);
        }
    }
}
