package org.reintegration.portal.map.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.map.Choropleth;
import org.reintegration.portal.map.Classification;
import org.reintegration.portal.map.GapThresholds;
import org.reintegration.portal.map.Measure;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectStatus;

/**
 * Everything a shared map link carries: the view, the layers shown, the choropleth's settings, the project filters
 * and the gap thresholds. Read from and written to URL query parameters; unknown or broken values fall back to the
 * defaults, so a mistyped link still opens a map.
 *
 * @param lat     the view's centre, or null to fit the map to what it shows
 * @param period  the choropleth's period, or null for the latest
 * @param minShare the gap layer's smallest returnee share, in percent
 */
record MapState(
        Double lat,
        Double lon,
        Integer zoom,
        Set<MapLayerKind> layers,
        int level,
        Measure measure,
        Classification classification,
        LocalDate period,
        Dimension dimension,
        InitiativeType type,
        ProjectStatus status,
        Long roundId,
        String partner,
        LocalDate from,
        LocalDate to,
        TensionLevel minTension,
        int minShare) {

    static final MapState DEFAULT = new MapState(
            null,
            null,
            null,
            EnumSet.of(MapLayerKind.RETURNEES, MapLayerKind.PROJECTS),
            1,
            Measure.ABSOLUTE,
            Classification.QUANTILES,
            null,
            null,
            null,
            null,
            null,
            "",
            null,
            null,
            GapThresholds.DEFAULT.minTension(),
            (int) Math.round(GapThresholds.DEFAULT.minReturneeShare() * 100));

    MapState {
        layers = layers.isEmpty() ? EnumSet.noneOf(MapLayerKind.class) : EnumSet.copyOf(layers);
        partner = partner == null ? "" : partner.strip();
        if (from != null && to != null && to.isBefore(from)) {
            to = null;
        }
    }

    ProjectFilter projectFilter() {
        return new ProjectFilter(
                null, null, dimension, status, partner.isEmpty() ? null : partner, roundId, null, type, from, to);
    }

    GapThresholds gapThresholds() {
        return new GapThresholds(minTension, minShare / 100.0);
    }

    /**
     * The period this state shows: its own, or without one the latest, which is the one the choropleth drawn shows
     * (null: none drawn yet). The period field reads the latest back as a period of its own, so the first switch of
     * another layer would otherwise count as a change of period and draw the areas and their periods again.
     */
    LocalDate periodShown(Choropleth drawn) {
        if (period != null || drawn == null || drawn.period() == null) {
            return period;
        }
        return drawn.period().end();
    }

    boolean shows(MapLayerKind kind) {
        return layers.contains(kind);
    }

    MapState withView(double newLat, double newLon, int newZoom) {
        return new MapState(
                newLat,
                newLon,
                newZoom,
                layers,
                level,
                measure,
                classification,
                period,
                dimension,
                type,
                status,
                roundId,
                partner,
                from,
                to,
                minTension,
                minShare);
    }

    /** The query parameters that differ from the defaults. */
    Map<String, List<String>> toQuery() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (lat != null && lon != null && zoom != null) {
            query.put("lat", List.of(String.format(Locale.ROOT, "%.5f", lat)));
            query.put("lon", List.of(String.format(Locale.ROOT, "%.5f", lon)));
            query.put("z", List.of(zoom.toString()));
        }
        if (!layers.equals(DEFAULT.layers)) {
            List<String> names = new ArrayList<>();
            layers.forEach(l -> names.add(l.name().toLowerCase(Locale.ROOT)));
            query.put("layers", List.of(names.isEmpty() ? "none" : String.join(",", names)));
        }
        put(query, "level", level == DEFAULT.level ? null : String.valueOf(level));
        put(query, "measure", measure == DEFAULT.measure ? null : lower(measure));
        put(query, "classes", classification == DEFAULT.classification ? null : lower(classification));
        put(query, "period", period == null ? null : period.toString());
        put(query, "dimension", dimension == null ? null : lower(dimension));
        put(query, "type", type == null ? null : lower(type));
        put(query, "status", status == null ? null : lower(status));
        put(query, "round", roundId == null ? null : roundId.toString());
        put(query, "partner", partner.isEmpty() ? null : partner);
        put(query, "from", from == null ? null : from.toString());
        put(query, "to", to == null ? null : to.toString());
        put(query, "tension", minTension == DEFAULT.minTension ? null : lower(minTension));
        put(query, "share", minShare == DEFAULT.minShare ? null : String.valueOf(minShare));
        return query;
    }

    static MapState fromQuery(Map<String, List<String>> query) {
        Function<String, String> one = name -> {
            List<String> values = query.get(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        };
        Double lat = number(one.apply("lat"), -90, 90);
        Double lon = number(one.apply("lon"), -180, 180);
        Double zoom = number(one.apply("z"), 0, 22);
        boolean view = lat != null && lon != null && zoom != null;
        String level = one.apply("level");
        Integer share = number(one.apply("share"), 0, 100) == null
                ? null
                : (int) Math.round(number(one.apply("share"), 0, 100));
        Double round = number(one.apply("round"), 1, Long.MAX_VALUE);
        return new MapState(
                view ? lat : null,
                view ? lon : null,
                view ? (int) Math.round(zoom) : null,
                layers(one.apply("layers")),
                "2".equals(level) ? 2 : 1,
                enumOr(Measure.class, one.apply("measure"), DEFAULT.measure),
                enumOr(Classification.class, one.apply("classes"), DEFAULT.classification),
                date(one.apply("period")),
                enumOr(Dimension.class, one.apply("dimension"), null),
                enumOr(InitiativeType.class, one.apply("type"), null),
                enumOr(ProjectStatus.class, one.apply("status"), null),
                round == null ? null : round.longValue(),
                one.apply("partner"),
                date(one.apply("from")),
                date(one.apply("to")),
                enumOr(TensionLevel.class, one.apply("tension"), DEFAULT.minTension),
                share == null ? DEFAULT.minShare : share);
    }

    private static Set<MapLayerKind> layers(String text) {
        if (text == null) {
            return DEFAULT.layers;
        }
        Set<MapLayerKind> layers = EnumSet.noneOf(MapLayerKind.class);
        for (String name : text.split(",")) {
            MapLayerKind kind = enumOr(MapLayerKind.class, name, null);
            if (kind != null) {
                layers.add(kind);
            }
        }
        return layers;
    }

    private static void put(Map<String, List<String>> query, String name, String value) {
        if (value != null) {
            query.put(name, List.of(value));
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String text, E fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static Double number(String text, double min, double max) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            return value >= min && value <= max ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
