package dev.reuseagent.bench.startup;

import java.util.ArrayList;
import java.util.List;

/** Median, min and max of a few runs' values (the values kept in run order). */
public record Stats(double median, double min, double max, List<Double> values) {

    public static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN, List.of());
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(median, sorted.get(0), sorted.get(n - 1), List.copyOf(values));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
