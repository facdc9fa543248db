package org.reintegration.portal.map.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.community.CommunityPoint;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.map.leaflet.MapMarker;
import org.reintegration.portal.map.leaflet.MarkerLayer;
import org.reintegration.portal.project.ProjectPoint;
import org.reintegration.portal.project.ProjectStatus;

/**
 * The map's marker layers: communities as dots coloured by tension, projects as pins coloured by status with
 * their dimension's symbol, gaps as marked pins. A marker's tooltip is its name and what its colour says; the
 * words are looked up once per layer, not per marker (a country has tens of thousands).
 */
final class MapMarkers {

    /** From this many markers on, communities and gaps are clustered; projects always are. */
    static final int CLUSTER_FROM = 150;

    private final MapDetails texts;

    /** @param texts the details panel, whose words for tension and confidential projects the tooltips share */
    MapMarkers(MapDetails texts) {
        this.texts = texts;
    }

    /** A layer without markers, holding its place in the stacking order until it is drawn. */
    MarkerLayer empty(MapLayerKind kind) {
        return new MarkerLayer(kind.layerId(), texts.getTranslation(kind.labelKey()), List.of(), true);
    }

    MarkerLayer communities(List<CommunityPoint> points) {
        Map<TensionLevel, String> tension = tensionTexts();
        String notProfiled = texts.tensionText(null);
        List<MapMarker> markers = new ArrayList<>(points.size());
        for (CommunityPoint c : points) {
            markers.add(new MapMarker(
                    "c-" + c.id(),
                    c.location().lat(),
                    c.location().lon(),
                    MapStyles.tensionColour(c.tension()),
                    null,
                    BidiText.isolate(c.name()) + " · " + (c.tension() == null ? notProfiled : tension.get(c.tension())),
                    null,
                    MapMarker.Shape.DOT));
        }
        return layer(MapLayerKind.COMMUNITIES, markers, markers.size() >= CLUSTER_FROM);
    }

    MarkerLayer projects(List<ProjectPoint> points) {
        Map<ProjectStatus, String> status = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus s : ProjectStatus.values()) {
            status.put(s, texts.getTranslation("projects.status." + s.name()));
        }
        Map<Dimension, String> confidential = new EnumMap<>(Dimension.class);
        List<MapMarker> markers = new ArrayList<>(points.size());
        for (ProjectPoint p : points) {
            String title = p.title() == null
                    ? confidential.computeIfAbsent(p.dimension(), d -> texts.projectTitle(p))
                    : p.title();
            markers.add(new MapMarker(
                    "p-" + p.id(),
                    p.location().lat(),
                    p.location().lon(),
                    MapStyles.statusColour(p.status()),
                    MapStyles.dimensionSymbol(p.dimension()),
                    BidiText.isolate(title) + " · " + status.get(p.status()),
                    null));
        }
        return layer(MapLayerKind.PROJECTS, markers, true);
    }

    MarkerLayer gaps(List<CommunityPoint> points) {
        List<MapMarker> markers = new ArrayList<>(points.size());
        for (CommunityPoint c : points) {
            markers.add(new MapMarker(
                    "g-" + c.id(),
                    c.location().lat(),
                    c.location().lon(),
                    MapStyles.GAP_COLOUR,
                    MapStyles.GAP_SYMBOL,
                    texts.getTranslation("map.gap.tooltip", BidiText.isolate(c.name())),
                    null));
        }
        return layer(MapLayerKind.GAPS, markers, markers.size() >= CLUSTER_FROM);
    }

    private Map<TensionLevel, String> tensionTexts() {
        Map<TensionLevel, String> tension = new EnumMap<>(TensionLevel.class);
        for (TensionLevel level : TensionLevel.values()) {
            tension.put(level, texts.tensionText(level));
        }
        return tension;
    }

    private MarkerLayer layer(MapLayerKind kind, List<MapMarker> markers, boolean clustered) {
        return new MarkerLayer(kind.layerId(), texts.getTranslation(kind.labelKey()), markers, clustered);
    }
}
