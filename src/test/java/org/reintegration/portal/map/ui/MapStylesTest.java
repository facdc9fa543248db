package org.reintegration.portal.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.community.TensionLevel;

class MapStylesTest {

    /** CIE76 colour difference from which two colours are told apart at a glance. */
    private static final double CLEARLY_DIFFERENT = 20;

    @Test
    void every_tension_dot_stands_out_from_every_returnee_class_fill() {
        List<String> dots = new ArrayList<>(Arrays.stream(TensionLevel.values())
                .map(MapStyles::tensionColour)
                .toList());
        dots.add(MapStyles.tensionColour(null));

        for (String dot : dots) {
            for (String fill : MapStyles.CLASS_COLOURS) {
                assertThat(difference(dot, fill))
                        .as("dot %s on area %s", dot, fill)
                        .isGreaterThanOrEqualTo(CLEARLY_DIFFERENT);
            }
        }
    }

    private static double difference(String a, String b) {
        double[] x = lab(a);
        double[] y = lab(b);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    /** sRGB hex to CIE L*a*b* (D65). */
    private static double[] lab(String hex) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        double x = (0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2]) / 0.95047;
        double y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
        double z = (0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
