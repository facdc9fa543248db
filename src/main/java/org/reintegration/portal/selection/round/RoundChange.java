package org.reintegration.portal.selection.round;

import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One entry of a round's change log: who changed what, when. What happened is a kind with its figures, worded
 * in the reader's language; entries written before kinds were stored have none and keep their English
 * sentence ({@code what}), which every entry also carries.
 *
 * @param kind empty for an entry whose sentence had no known shape
 * @param params the entry's figures by name (see {@link RoundChangeKind}); empty when there is no kind
 */
public record RoundChange(
        long id,
        long roundId,
        String changedBy,
        LocalDateTime changedAt,
        String what,
        Optional<RoundChangeKind> kind,
        Map<String, String> params) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public RoundChange {
        Objects.requireNonNull(kind, "kind");
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** The figures stored with an entry, from their JSON object; empty when there are none or they are unreadable. */
    public static Map<String, String> readParams(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, String> read = JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
            read.values().removeIf(Objects::isNull);
            return read;
        } catch (JacksonException | UncheckedIOException unreadable) {
            return Map.of();
        }
    }

    /** The figures as the JSON object stored with the entry. */
    public static String writeParams(Map<String, String> params) {
        return JSON.writeValueAsString(params);
    }
}
