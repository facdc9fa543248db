package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an audit-trail event changed, as a key of the translations and its arguments, so that each reader sees
 * it in their own language (ADR 0008). It is stored in the event's detail column, which the hash chain seals as
 * it seals any text: one record separator (U+001E) and a compact JSON object. Events recorded before carry an
 * English sentence instead; a sentence never starts with U+001E (the titles it could start with are stripped,
 * and Java counts U+001E as white space), so the two never mix up, and old events keep their text and their
 * hashes.
 *
 * <p>JSON form: {@code {"k":"<key>","a":[<argument>...]}}; an argument is {@code {"t":"typed text"}}, {@code
 * {"w":"<key of a word>"}}, {@code {"m":"1500.00","c":"GNF"}} (an amount), {@code {"d":"2026-03-01"}}, {@code
 * {"n":12}} (a number: an id, a count) or {@code {"l":[<detail>...]}} (parts joined by the language's
 * separator).
 *
 * @param key  the pattern's key in {@code vaadin-i18n/translations*.properties}
 * @param args its arguments, in the pattern's order
 */
public record EventDetail(String key, List<Arg> args) {

    /** What marks a stored detail as structured: the record separator, which no English detail starts with. */
    public static final char MARK = '\u001E';

    /** The detail column's size, in characters. */
    public static final int STORED_MAX = 2000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public EventDetail {
        Objects.requireNonNull(key);
        args = List.copyOf(args);
    }

    public static EventDetail of(String key, Arg... args) {
        return new EventDetail(key, Arrays.asList(args));
    }

    /** An argument of a detail. */
    public sealed interface Arg {}

    /** Text someone typed (a title, a reason, a file's name): shown as it is. */
    public record Text(String text) implements Arg {
        public Text {
            text = text == null ? "" : text;
        }
    }

    /** A word of the interface, by its key: a status, a kind, a field's name. */
    public record Word(String key) implements Arg {}

    /** An amount of money, written the reader's way. */
    public record Amount(BigDecimal amount, String currency) implements Arg {}

    /** A day, written the reader's way. */
    public record Day(LocalDate date) implements Arg {}

    /** A number that names something, such as an id or a tranche's number: written as it is. */
    public record Number(long value) implements Arg {}

    /** A quantity, such as a count of bytes: written with the reader's thousands separators. */
    public record Quantity(long value) implements Arg {}

    /** Several details, one after the other. */
    public record Parts(List<EventDetail> parts) implements Arg {
        public Parts {
            parts = List.copyOf(parts);
        }
    }

    public static Text text(String text) {
        return new Text(text);
    }

    public static Word word(String key) {
        return new Word(key);
    }

    public static Amount amount(BigDecimal amount, String currency) {
        return new Amount(amount, currency);
    }

    public static Day day(LocalDate date) {
        return new Day(date);
    }

    public static Number number(long value) {
        return new Number(value);
    }

    public static Quantity quantity(long value) {
        return new Quantity(value);
    }

    public static Parts parts(List<EventDetail> parts) {
        return new Parts(parts);
    }

    /**
     * The form stored in the detail column, at most {@link #STORED_MAX} characters: when typed texts make it
     * longer, the longest of them is shortened (with "…") until it fits, so the stored detail stays readable.
     */
    public String stored() {
        EventDetail detail = this;
        String stored = MARK + JSON.writeValueAsString(detail.json());
        while (stored.length() > STORED_MAX) {
            int longest = detail.longestText();
            if (longest <= 1) {
                throw new IllegalStateException("an event's detail does not fit its column: " + key);
            }
            detail = detail.shortened(longest, Math.max(1, longest - (stored.length() - STORED_MAX) - 1));
            stored = MARK + JSON.writeValueAsString(detail.json());
        }
        return stored;
    }

    /** The structured detail in a stored detail; empty for an English detail recorded before, or an unreadable one. */
    public static Optional<EventDetail> read(String stored) {
        if (stored == null || stored.isEmpty() || stored.charAt(0) != MARK) {
            return Optional.empty();
        }
        try {
            return Optional.of(from(JSON.readTree(stored.substring(1))));
        } catch (JacksonException | IllegalArgumentException | NullPointerException unreadable) {
            return Optional.empty();
        }
    }

    private ObjectNode json() {
        ObjectNode node = JSON.createObjectNode();
        node.put("k", key);
        ArrayNode list = node.putArray("a");
        for (Arg arg : args) {
            ObjectNode a = list.addObject();
            switch (arg) {
                case Text t -> a.put("t", t.text());
                case Word w -> a.put("w", w.key());
                case Amount m -> {
                    a.put("m", m.amount() == null ? null : m.amount().toPlainString());
                    a.put("c", m.currency());
                }
                case Day d -> a.put("d", d.date() == null ? null : d.date().toString());
                case Number n -> a.put("n", n.value());
                case Quantity q -> a.put("q", q.value());
                case Parts p -> {
                    ArrayNode parts = a.putArray("l");
                    p.parts().forEach(part -> parts.add(part.json()));
                }
            }
        }
        return node;
    }

    private static EventDetail from(JsonNode node) {
        List<Arg> args = new ArrayList<>();
        for (JsonNode a : node.required("a")) {
            if (a.has("t")) {
                args.add(new Text(a.get("t").asString()));
            } else if (a.has("w")) {
                args.add(new Word(a.get("w").asString()));
            } else if (a.has("m")) {
                args.add(new Amount(
                        a.get("m").isNull() ? null : new BigDecimal(a.get("m").asString()),
                        a.hasNonNull("c") ? a.get("c").asString() : null));
            } else if (a.has("d")) {
                args.add(new Day(
                        a.get("d").isNull() ? null : LocalDate.parse(a.get("d").asString())));
            } else if (a.has("n")) {
                args.add(new Number(a.get("n").asLong()));
            } else if (a.has("q")) {
                args.add(new Quantity(a.get("q").asLong()));
            } else if (a.has("l")) {
                List<EventDetail> parts = new ArrayList<>();
                a.get("l").forEach(p -> parts.add(from(p)));
                args.add(new Parts(parts));
            } else {
                throw new IllegalArgumentException("unknown argument " + a);
            }
        }
        return new EventDetail(node.required("k").asString(), args);
    }

    private int longestText() {
        int longest = 0;
        for (Arg arg : args) {
            if (arg instanceof Text t) {
                longest = Math.max(longest, t.text().length());
            } else if (arg instanceof Parts p) {
                for (EventDetail part : p.parts()) {
                    longest = Math.max(longest, part.longestText());
                }
            }
        }
        return longest;
    }

    /** This detail with every typed text of {@code length} characters cut to {@code keep} and an ellipsis. */
    private EventDetail shortened(int length, int keep) {
        List<Arg> cut = new ArrayList<>();
        for (Arg arg : args) {
            if (arg instanceof Text t && t.text().length() == length) {
                int end = Character.isHighSurrogate(t.text().charAt(keep - 1)) ? keep - 1 : keep;
                cut.add(new Text(t.text().substring(0, end) + "…"));
            } else if (arg instanceof Parts p) {
                cut.add(new Parts(
                        p.parts().stream().map(d -> d.shortened(length, keep)).toList()));
            } else {
                cut.add(arg);
            }
        }
        return new EventDetail(key, cut);
    }
}
