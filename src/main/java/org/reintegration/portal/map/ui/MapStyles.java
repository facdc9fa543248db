package org.reintegration.portal.map.ui;

import java.util.List;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.map.leaflet.PathStyle;
import org.reintegration.portal.project.ProjectStatus;

/** Colours and symbols of the map's layers, shared by the layers and their legend. */
public final class MapStyles {

    /**
     * Five classes from light to dark (ColorBrewer Blues), readable by colour-blind readers. Blue, because the
     * community dots drawn on top use the green-to-red tension scale: a red dot on a red area could not be seen.
     */
    public static final List<String> CLASS_COLOURS = List.of("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c");

    static final String OUTLINE = "#37474f";
    public static final String FEWER_THAN_FIVE_FILL = "#bdbdbd";
    static final String GAP_COLOUR = "#6a1b9a";
    static final String GAP_SYMBOL = "!";

    static final PathStyle NO_FILL = new PathStyle(OUTLINE, 1, 0.8, null, 0, null);
    public static final PathStyle NO_DATA = new PathStyle(OUTLINE, 1, 0.8, "#ffffff", 0.35, null);
    public static final PathStyle FEWER_THAN_FIVE = new PathStyle(OUTLINE, 1, 0.8, FEWER_THAN_FIVE_FILL, 0.6, "4 3");

    private MapStyles() {}

    public static PathStyle classStyle(int classIndex) {
        return new PathStyle(OUTLINE, 1, 0.8, CLASS_COLOURS.get(classIndex), 0.7, null);
    }

    static String tensionColour(TensionLevel tension) {
        if (tension == null) {
            return "#9e9e9e";
        }
        return switch (tension) {
            case NONE -> "#1a9850";
            case LOW -> "#91cf60";
            case MEDIUM -> "#fdae61";
            case HIGH -> "#d73027";
        };
    }

    static String statusColour(ProjectStatus status) {
        return switch (status) {
            case PLANNED -> "#1e88e5";
            case ONGOING -> "#2e7d32";
            case SUSPENDED -> "#ef6c00";
            case COMPLETED -> "#455a64";
            case CANCELLED -> "#bdbdbd";
        };
    }

    /** Shapes rather than letters, so that the symbols read the same in every language. */
    static String dimensionSymbol(Dimension dimension) {
        return switch (dimension) {
            case ECONOMIC -> "▲";
            case SOCIAL -> "■";
            case PSYCHOSOCIAL -> "●";
        };
    }
}
