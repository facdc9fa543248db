package org.reintegration.portal.map.leaflet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serialises the map's state into the JSON that {@code leaflet-map.ts} reads from element properties.
 *
 * <p>Optional values are left out rather than written as {@code null}: with thousands of markers the saved
 * bytes add up.
 */
final class LeafletJson {

    /** One row of the layer index: which layers exist, in which order, and where their data lies. */
    record IndexEntry(String id, String name, String property, long version, boolean visible) {}

    private LeafletJson() {}

    static String tileLayer(TileLayer tileLayer) {
        JsonWriter json = new JsonWriter();
        json.beginObject()
                .name("url")
                .value(tileLayer.urlTemplate())
                .optional("attribution", tileLayer.attribution())
                .name("maxZoom")
                .value(tileLayer.maxZoom())
                .endObject();
        return json.toString();
    }

    static String layer(MapLayer layer) {
        return switch (layer) {
            case GeoJsonLayer geoJson -> geoJsonLayer(geoJson);
            case MarkerLayer markers -> markerLayer(markers);
        };
    }

    static String index(List<IndexEntry> entries) {
        JsonWriter json = new JsonWriter(64 * entries.size() + 2);
        json.beginArray();
        for (IndexEntry entry : entries) {
            json.beginObject()
                    .name("id")
                    .value(entry.id())
                    .optional("name", entry.name())
                    .name("property")
                    .value(entry.property())
                    .name("version")
                    .value(entry.version())
                    .name("visible")
                    .value(entry.visible())
                    .endObject();
        }
        return json.endArray().toString();
    }

    static String setView(long seq, double lat, double lon, int zoom) {
        JsonWriter json = new JsonWriter();
        json.beginObject()
                .name("seq")
                .value(seq)
                .name("type")
                .value("center")
                .name("lat")
                .value(lat)
                .name("lon")
                .value(lon)
                .name("zoom")
                .value(zoom)
                .endObject();
        return json.toString();
    }

    static String fitBounds(long seq, Bounds bounds) {
        JsonWriter json = new JsonWriter();
        json.beginObject()
                .name("seq")
                .value(seq)
                .name("type")
                .value("bounds")
                .name("south")
                .value(bounds.south())
                .name("west")
                .value(bounds.west())
                .name("north")
                .value(bounds.north())
                .name("east")
                .value(bounds.east())
                .endObject();
        return json.toString();
    }

    static String fitLayers(long seq) {
        JsonWriter json = new JsonWriter();
        json.beginObject().name("seq").value(seq).name("type").value("layers").endObject();
        return json.toString();
    }

    private static String geoJsonLayer(GeoJsonLayer layer) {
        int estimate = 64;
        for (GeoFeature feature : layer.features()) {
            estimate += feature.geometryJson().length() + 128;
        }
        JsonWriter json = new JsonWriter(estimate);
        json.beginObject().name("type").value("geojson").name("id").value(layer.id());
        if (layer.defaultStyle() != null) {
            json.name("style");
            style(json, layer.defaultStyle());
        }
        json.name("features").beginArray();
        for (GeoFeature feature : layer.features()) {
            json.beginObject().name("id").value(feature.id()).optional("tooltip", feature.tooltip());
            if (feature.style() != null) {
                json.name("style");
                style(json, feature.style());
            }
            if (feature.popup() != null) {
                json.name("popup");
                popup(json, feature.popup());
            }
            json.name("geometry").rawValue(feature.geometryJson().strip()).endObject();
        }
        return json.endArray().endObject().toString();
    }

    /**
     * A marker layer in columns rather than one object per marker: a country's tens of thousands of markers would
     * otherwise repeat every key, colour and id prefix each time. {@code looks} lists each distinct colour, symbol
     * and shape once and every marker names its look by position; {@code points} holds latitude and longitude
     * pairs rounded to five decimals (about a metre); ids that all share a prefix followed by a number are sent as
     * that prefix and the numbers. Tooltips of a clustered layer are left out ({@code textsOnDemand}): the element
     * asks for those of the markers it draws ({@link LeafletMap#markerTexts}).
     */
    private static String markerLayer(MarkerLayer layer) {
        List<MapMarker> markers = layer.markers();
        JsonWriter json = new JsonWriter(64 + 40 * markers.size());
        json.beginObject()
                .name("type")
                .value("markers")
                .name("id")
                .value(layer.id())
                .name("clustered")
                .value(layer.clustered())
                .name("textsOnDemand")
                .value(layer.textsOnDemand());
        Map<Look, Integer> looks = new LinkedHashMap<>();
        int[] lookOf = new int[markers.size()];
        for (int i = 0; i < markers.size(); i++) {
            MapMarker marker = markers.get(i);
            lookOf[i] = looks.computeIfAbsent(
                    new Look(marker.color(), marker.symbol(), marker.shape()), look -> looks.size());
        }
        json.name("looks").beginArray();
        for (Look look : looks.keySet()) {
            json.beginObject()
                    .optional("color", look.color())
                    .optional("symbol", look.symbol())
                    .optional("shape", look.shape() == MapMarker.Shape.DOT ? "dot" : null)
                    .endObject();
        }
        json.endArray();
        String prefix = numberedIdPrefix(markers);
        if (prefix != null) {
            json.name("idPrefix").value(prefix).name("ids").beginArray();
            for (MapMarker marker : markers) {
                json.value(Long.parseLong(marker.id().substring(prefix.length())));
            }
        } else {
            json.name("ids").beginArray();
            for (MapMarker marker : markers) {
                json.value(marker.id());
            }
        }
        json.endArray().name("points").beginArray();
        for (MapMarker marker : markers) {
            json.value(fiveDecimals(marker.lat())).value(fiveDecimals(marker.lon()));
        }
        json.endArray().name("lookOf").beginArray();
        for (int look : lookOf) {
            json.value(look);
        }
        json.endArray();
        if (!layer.textsOnDemand() && markers.stream().anyMatch(m -> m.tooltip() != null)) {
            json.name("tooltips").beginArray();
            for (MapMarker marker : markers) {
                if (marker.tooltip() == null) {
                    json.nullValue();
                } else {
                    json.value(marker.tooltip());
                }
            }
            json.endArray();
        }
        if (markers.stream().anyMatch(m -> m.popup() != null)) {
            json.name("popups").beginArray();
            for (MapMarker marker : markers) {
                if (marker.popup() == null) {
                    json.nullValue();
                } else {
                    popup(json, marker.popup());
                }
            }
            json.endArray();
        }
        return json.endObject().toString();
    }

    /** The texts of some markers of a layer, by their position in it; null where a marker has none. */
    static String texts(List<MapMarker> markers, int[] positions) {
        JsonWriter json = new JsonWriter(64 + 48 * positions.length);
        json.beginArray();
        for (int position : positions) {
            String text = position >= 0 && position < markers.size()
                    ? markers.get(position).tooltip()
                    : null;
            if (text == null) {
                json.nullValue();
            } else {
                json.value(text);
            }
        }
        return json.endArray().toString();
    }

    private record Look(String color, String symbol, MapMarker.Shape shape) {}

    /** The letters before the number that every id consists of, when every id has the same ones; else null. */
    static String numberedIdPrefix(List<MapMarker> markers) {
        if (markers.isEmpty()) {
            return null;
        }
        String first = markers.getFirst().id();
        int digits = first.length();
        while (digits > 0 && Character.isDigit(first.charAt(digits - 1))) {
            digits--;
        }
        String prefix = first.substring(0, digits);
        for (MapMarker marker : markers) {
            String id = marker.id();
            int length = id.length() - prefix.length();
            // up to 15 digits, without a leading zero: the number reads back as the same text in JavaScript
            if (!id.startsWith(prefix)
                    || length < 1
                    || length > 15
                    || (id.charAt(prefix.length()) == '0' && length > 1)) {
                return null;
            }
            for (int i = prefix.length(); i < id.length(); i++) {
                char c = id.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
            }
        }
        return prefix;
    }

    private static double fiveDecimals(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    private static void style(JsonWriter json, PathStyle style) {
        json.beginObject()
                .optional("color", style.color())
                .name("weight")
                .value(style.weight())
                .name("opacity")
                .value(style.opacity())
                .optional("fillColor", style.fillColor())
                .name("fillOpacity")
                .value(style.fillOpacity())
                .optional("dashArray", style.dashArray())
                .endObject();
    }

    private static void popup(JsonWriter json, Popup popup) {
        json.beginObject().optional("title", popup.title()).name("lines").beginArray();
        for (String line : popup.lines()) {
            json.value(line);
        }
        json.endArray().endObject();
    }
}
