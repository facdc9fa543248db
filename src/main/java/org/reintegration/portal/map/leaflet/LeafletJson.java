package org.reintegration.portal.map.leaflet;

import java.util.List;

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

    private static String markerLayer(MarkerLayer layer) {
        JsonWriter json = new JsonWriter(64 + 96 * layer.markers().size());
        json.beginObject()
                .name("type")
                .value("markers")
                .name("id")
                .value(layer.id())
                .name("clustered")
                .value(layer.clustered())
                .name("markers")
                .beginArray();
        for (MapMarker marker : layer.markers()) {
            json.beginObject()
                    .name("id")
                    .value(marker.id())
                    .name("lat")
                    .value(marker.lat())
                    .name("lon")
                    .value(marker.lon())
                    .optional("color", marker.color())
                    .optional("symbol", marker.symbol())
                    .optional("tooltip", marker.tooltip())
                    .optional("shape", marker.shape() == MapMarker.Shape.DOT ? "dot" : null);
            if (marker.popup() != null) {
                json.name("popup");
                popup(json, marker.popup());
            }
            json.endObject();
        }
        return json.endArray().endObject().toString();
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
