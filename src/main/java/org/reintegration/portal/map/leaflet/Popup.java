package org.reintegration.portal.map.leaflet;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The box that opens when a feature or marker is clicked: an optional bold title above lines of text.
 *
 * <p>Everything is shown as plain text; markup in the strings appears literally.
 *
 * @param title the heading, or {@code null} for none
 * @param lines the lines below the title, in order; {@code null} is taken as none
 */
public record Popup(String title, List<String> lines) implements Serializable {

    public Popup {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A popup with a title and any number of lines. */
    public static Popup of(String title, String... lines) {
        Objects.requireNonNull(lines, "lines");
        return new Popup(title, Arrays.asList(lines));
    }
}
