package org.reintegration.portal.grant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain that makes a grant's audit trail tamper-evident (ADR 0008). Each event's hash is the SHA-256
 * of the previous event's hash and a canonical text of the event, so changing, removing or reordering any event
 * breaks every hash after it. Pure code: the repository stores links, this class computes and checks them.
 *
 * <p>The canonical text, in UTF-8, one field a line, free text preceded by its length in UTF-8 bytes:
 *
 * <pre>
 * grant-event-v1
 * previous:&lt;64 hex digits; 64 zeros for a grant's first event&gt;
 * grant:&lt;grant id&gt;
 * number:&lt;1, 2, 3... in the grant's trail&gt;
 * event:&lt;event id&gt;
 * at:&lt;yyyy-MM-ddTHH:mm:ss.SSS&gt;
 * kind:&lt;KIND&gt;
 * actor:&lt;bytes&gt;:&lt;user name&gt;
 * detail:&lt;bytes&gt;:&lt;detail&gt;
 * </pre>
 */
public final class EventChain {

    /** What comes "before" a grant's first event. */
    public static final String START = "0".repeat(64);

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

    private EventChain() {}

    /**
     * One event as stored, with its place in the chain. Kind is the stored text, not {@link EventKind}: a
     * value someone wrote into the database by hand must still be hashed, not fail to parse.
     *
     * @param number its place in the grant's trail (1, 2, 3...), or null when it has no link at all
     * @param hash   the stored hash, or null when it has none
     */
    public record Link(
            long eventId,
            long grantId,
            Integer number,
            String hash,
            LocalDateTime at,
            String actor,
            String kind,
            String detail) {}

    /** The latest link a grant's trail recorded, or null when none is recorded. */
    public record Head(int number, String hash) {}

    /** The hash of an event that follows the event whose hash is {@code previous}. */
    public static String hash(String previous, Link event, int number) {
        String text = "grant-event-v1\n"
                + "previous:" + previous + "\n"
                + "grant:" + event.grantId() + "\n"
                + "number:" + number + "\n"
                + "event:" + event.eventId() + "\n"
                + "at:" + AT.format(event.at()) + "\n"
                + "kind:" + event.kind() + "\n"
                + "actor:" + sized(event.actor()) + "\n"
                + "detail:" + sized(event.detail()) + "\n";
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * Checks a grant's trail: links numbered 1, 2, 3... without gaps, each hash recomputed from the event as
     * stored and the hash before it, every event linked, and the recorded head at the last link.
     *
     * @param links the grant's events with their links, in any order
     * @param head  the grant's recorded head, or null
     */
    public static TrailCheck verify(List<Link> links, Head head) {
        List<Link> chained = links.stream()
                .filter(l -> l.number() != null)
                .sorted(java.util.Comparator.comparing(Link::number))
                .toList();
        String previous = START;
        int expected = 1;
        for (Link link : chained) {
            if (link.number() != expected) {
                return TrailCheck.broken(TrailCheck.Problem.MISSING, expected, expected - 1);
            }
            if (link.hash() == null || !link.hash().equals(hash(previous, link, expected))) {
                return TrailCheck.broken(TrailCheck.Problem.ALTERED, expected, expected - 1);
            }
            previous = link.hash();
            expected++;
        }
        int verified = expected - 1;
        var unlinked = links.stream().filter(l -> l.number() == null).findFirst();
        if (unlinked.isPresent()) {
            return new TrailCheck(
                    verified, TrailCheck.Problem.OUTSIDE, 0, unlinked.get().at(), previous);
        }
        if (head != null && head.number() > verified) {
            return TrailCheck.broken(TrailCheck.Problem.MISSING, verified + 1, verified);
        }
        if (head != null && verified > 0 && (head.number() != verified || !previous.equals(head.hash()))) {
            return TrailCheck.broken(TrailCheck.Problem.ALTERED, verified, verified - 1);
        }
        return new TrailCheck(verified, TrailCheck.Problem.NONE, 0, null, previous);
    }

    private static String sized(String value) {
        return value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
    }
}
