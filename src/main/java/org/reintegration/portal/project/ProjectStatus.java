package org.reintegration.portal.project;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where a project stands. */
public enum ProjectStatus {
    PLANNED,
    ONGOING,
    SUSPENDED,
    COMPLETED,
    CANCELLED;

    /** The words 3W/4W tables use for each status, in English and French. */
    private static final Map<String, ProjectStatus> WORDS = Map.ofEntries(
            Map.entry("planned", PLANNED),
            Map.entry("pipeline", PLANNED),
            Map.entry("prévu", PLANNED),
            Map.entry("planifié", PLANNED),
            Map.entry("ongoing", ONGOING),
            Map.entry("active", ONGOING),
            Map.entry("in progress", ONGOING),
            Map.entry("en cours", ONGOING),
            Map.entry("suspended", SUSPENDED),
            Map.entry("on hold", SUSPENDED),
            Map.entry("suspendu", SUSPENDED),
            Map.entry("completed", COMPLETED),
            Map.entry("complete", COMPLETED),
            Map.entry("closed", COMPLETED),
            Map.entry("terminé", COMPLETED),
            Map.entry("achevé", COMPLETED),
            Map.entry("cancelled", CANCELLED),
            Map.entry("canceled", CANCELLED),
            Map.entry("annulé", CANCELLED));

    /** The status a 3W table's word stands for, ignoring case; empty for a word it does not know. */
    public static Optional<ProjectStatus> fromWord(String word) {
        return Optional.ofNullable(WORDS.get(word.strip().toLowerCase(Locale.ROOT)));
    }

    /** Planned and ongoing projects are support on its way; the map's gap layer looks for places without any. */
    public boolean isActiveSupport() {
        return this == PLANNED || this == ONGOING;
    }
}
