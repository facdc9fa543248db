package org.reintegration.portal.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassBreaksTest {

    @Test
    void quantiles_put_about_as_many_values_in_each_class() {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        List<Double> breaks = ClassBreaks.quantiles(values, 5);

        assertThat(breaks).containsExactly(2.0, 4.0, 6.0, 8.0, 10.0);
        assertThat(ClassBreaks.classOf(1, breaks)).isZero();
        assertThat(ClassBreaks.classOf(7, breaks)).isEqualTo(3);
        assertThat(ClassBreaks.classOf(10, breaks)).isEqualTo(4);
    }

    @Test
    void natural_breaks_find_the_gaps_between_groups() {
        double[] values = {1, 2, 3, 50, 51, 52, 200, 210, 900};

        List<Double> breaks = ClassBreaks.naturalBreaks(values, 4);

        assertThat(breaks).containsExactly(3.0, 52.0, 210.0, 900.0);
    }

    @Test
    void natural_breaks_equal_the_best_grouping_found_by_trying_every_split() {
        double[] values = {4, 9, 10, 11, 25, 26, 40, 41, 43, 70, 71, 73, 99};

        List<Double> breaks = ClassBreaks.naturalBreaks(values, 3);

        // every way to cut 13 sorted values into 3 runs, scored by the squared deviation from the run means
        double best = Double.MAX_VALUE;
        List<Double> bestBreaks = null;
        for (int a = 1; a < values.length - 1; a++) {
            for (int b = a + 1; b < values.length; b++) {
                double cost = deviation(values, 0, a) + deviation(values, a, b) + deviation(values, b, values.length);
                if (cost < best) {
                    best = cost;
                    bestBreaks = List.of(values[a - 1], values[b - 1], values[values.length - 1]);
                }
            }
        }
        assertThat(breaks).isEqualTo(bestBreaks);
    }

    @Test
    void fewer_distinct_values_than_classes_give_fewer_classes() {
        double[] values = {7, 7, 7, 12};

        assertThat(ClassBreaks.quantiles(values, 5)).containsExactly(7.0, 12.0);
        assertThat(ClassBreaks.naturalBreaks(values, 5)).containsExactly(7.0, 12.0);
        assertThat(ClassBreaks.quantiles(new double[0], 5)).isEmpty();
        assertThat(ClassBreaks.naturalBreaks(new double[0], 5)).isEmpty();
    }

    private static double deviation(double[] values, int from, int to) {
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += values[i];
        }
        mean /= to - from;
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (values[i] - mean) * (values[i] - mean);
        }
        return sum;
    }
}
