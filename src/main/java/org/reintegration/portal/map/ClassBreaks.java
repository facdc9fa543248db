package org.reintegration.portal.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Class breaks for a choropleth legend. Both methods return the classes' upper bounds, ascending and distinct;
 * the last is the largest value. Fewer classes come back when there are fewer distinct values.
 */
public final class ClassBreaks {

    private ClassBreaks() {}

    public static List<Double> of(Classification classification, double[] values, int classes) {
        return classification == Classification.QUANTILES ? quantiles(values, classes) : naturalBreaks(values, classes);
    }

    /** Upper bounds such that each class holds about {@code values.length / classes} values. */
    static List<Double> quantiles(double[] values, int classes) {
        double[] sorted = sortedCopy(values);
        List<Double> breaks = new ArrayList<>();
        if (sorted.length == 0) {
            return breaks;
        }
        for (int i = 1; i <= classes; i++) {
            // the value at the i-th quantile: the last of the first i/classes of the values
            int index = (int) Math.ceil((double) i * sorted.length / classes) - 1;
            addDistinct(breaks, sorted[Math.max(0, index)]);
        }
        return breaks;
    }

    /**
     * Jenks natural breaks, computed exactly (Fisher's dynamic programme): the grouping into at most
     * {@code classes} classes of consecutive sorted values with the least total squared deviation from the class
     * means.
     */
    static List<Double> naturalBreaks(double[] values, int classes) {
        double[] sorted = sortedCopy(values);
        int n = sorted.length;
        List<Double> breaks = new ArrayList<>();
        if (n == 0) {
            return breaks;
        }
        int distinct = (int) Arrays.stream(sorted).distinct().count();
        int k = Math.min(classes, distinct);
        // cost[j][m]: least squared deviation of the first m values in j+1 classes; last[j][m]: where the last
        // class starts
        double[][] cost = new double[k][n + 1];
        int[][] start = new int[k][n + 1];
        double[] prefix = new double[n + 1];
        double[] prefixSquares = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + sorted[i];
            prefixSquares[i + 1] = prefixSquares[i] + sorted[i] * sorted[i];
        }
        for (int m = 1; m <= n; m++) {
            cost[0][m] = deviation(prefix, prefixSquares, 0, m);
        }
        for (int j = 1; j < k; j++) {
            for (int m = j + 1; m <= n; m++) {
                double best = Double.MAX_VALUE;
                int bestStart = j;
                for (int s = j; s < m; s++) {
                    double c = cost[j - 1][s] + deviation(prefix, prefixSquares, s, m);
                    if (c < best) {
                        best = c;
                        bestStart = s;
                    }
                }
                cost[j][m] = best;
                start[j][m] = bestStart;
            }
        }
        double[] upper = new double[k];
        int end = n;
        for (int j = k - 1; j >= 0; j--) {
            upper[j] = sorted[end - 1];
            end = j == 0 ? 0 : start[j][end];
        }
        for (double bound : upper) {
            addDistinct(breaks, bound);
        }
        return breaks;
    }

    /** The index of the class holding the value. */
    public static int classOf(double value, List<Double> breaks) {
        for (int i = 0; i < breaks.size(); i++) {
            if (value <= breaks.get(i)) {
                return i;
            }
        }
        return breaks.size() - 1;
    }

    private static double deviation(double[] prefix, double[] prefixSquares, int from, int to) {
        int count = to - from;
        double sum = prefix[to] - prefix[from];
        return Math.max(0, prefixSquares[to] - prefixSquares[from] - sum * sum / count);
    }

    private static double[] sortedCopy(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    private static void addDistinct(List<Double> breaks, double bound) {
        if (breaks.isEmpty() || breaks.getLast() < bound) {
            breaks.add(bound);
        }
    }
}
