package org.reintegration.portal.interop.kobo;

import java.math.BigDecimal;
import org.reintegration.portal.interop.hxl.Cell;
import org.reintegration.portal.interop.hxl.ImportException;

/** Reads a {@link Geopoint} from the cells KoboToolbox writes it in, naming the cell that is wrong. */
final class GeopointReading {

    private GeopointReading() {}

    /** From the {@code _latitude}, {@code _longitude} and, when given and filled, altitude and precision columns. */
    static Geopoint fromParts(Cell latitude, Cell longitude, Cell altitude, Cell precision) throws ImportException {
        return new Geopoint(
                degrees(latitude, latitude.decimal(), 90, "latitude"),
                degrees(longitude, longitude.decimal(), 180, "longitude"),
                optional(altitude),
                optional(precision));
    }

    /** From a question's own value, "latitude longitude altitude precision", the last two optional. */
    static Geopoint fromText(Cell point) throws ImportException {
        String[] parts = point.text().split("\\s+");
        if (parts.length < 2 || parts.length > 4) {
            throw notAGeopoint(point);
        }
        BigDecimal[] numbers = new BigDecimal[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = new Cell(parts[i], point.line(), point.column(), point.label()).decimal();
            } catch (ImportException notANumber) {
                throw notAGeopoint(point);
            }
        }
        return new Geopoint(
                degrees(point, numbers[0], 90, "latitude"),
                degrees(point, numbers[1], 180, "longitude"),
                parts.length > 2 ? numbers[2].doubleValue() : null,
                parts.length > 3 ? numbers[3].doubleValue() : null);
    }

    private static double degrees(Cell cell, BigDecimal degrees, int limit, String what) throws ImportException {
        if (degrees.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            throw cell.failure("import.kobo.geopoint." + what, degrees.toPlainString(), String.valueOf(limit));
        }
        return degrees.doubleValue();
    }

    private static Double optional(Cell cell) throws ImportException {
        return cell == null || cell.isEmpty() ? null : cell.decimal().doubleValue();
    }

    private static ImportException notAGeopoint(Cell point) {
        return point.failure("import.kobo.not-geopoint", point.text());
    }
}
