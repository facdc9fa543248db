package org.reintegration.portal.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaGeometryTest {

    /** A square of 10 by 10 degrees with a square hole in its middle, and a small island to the east. */
    private static final AreaGeometry AREA = AreaGeometry.parse("""
            {"type": "MultiPolygon", "coordinates": [
              [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]],
              [[[20, 0], [21, 0], [21, 1], [20, 1], [20, 0]]]
            ]}""");

    @Test
    void a_point_inside_any_part_is_inside_and_a_point_in_a_hole_is_not() {
        assertThat(AREA.contains(2, 2)).isTrue();
        assertThat(AREA.contains(0.5, 20.5)).isTrue();
        assertThat(AREA.contains(5, 5)).isFalse();
        assertThat(AREA.contains(5, 15)).isFalse();
    }

    @Test
    void latitude_and_longitude_are_not_swapped() {
        assertThat(AREA.contains(0.5, 20.5)).isTrue();
        assertThat(AREA.contains(20.5, 0.5)).isFalse();
    }

    @Test
    void a_point_on_the_outline_counts_as_inside() {
        assertThat(AREA.contains(0, 5)).isTrue();
        assertThat(AREA.contains(10, 10)).isTrue();
    }
}
