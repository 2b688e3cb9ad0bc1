package dev.reuseagent.bench;

import org.openjdk.jmh.util.ListStatistics;

/**
 * The statistics behind every figure of the hot-path report: means and confidence intervals of iteration values,
 * ratios of two means with their propagated error, and the Wilson bound of a sampled share. Kept in one place so
 * that the text report and the JSON cannot disagree on how a "±" was computed.
 */
final class Stats {

    /** Confidence level of every "±" in the report and the JSON. */
    static final double CONFIDENCE = 0.999;
    /** One-sided z for 99.9 %, used for the upper bound of a share (see {@link #wilsonUpperBound}). */
    static final double Z_ONE_SIDED_999 = 3.090;

    private Stats() {
    }

    /** Mean, or NaN when there is no value (a counter the fork did not report). */
    static double mean(ListStatistics s) {
        return s.getN() > 0 ? s.getMean() : Double.NaN;
    }

    /**
     * Half-width of the {@link #CONFIDENCE} interval of the mean (Student's t, as JMH computes it), or NaN for fewer
     * than three values, where that interval is too wide to mean anything.
     */
    static double error(ListStatistics s) {
        return s.getN() > 2 ? s.getMeanErrorAt(CONFIDENCE) : Double.NaN;
    }

    /**
     * {@code numerator / denominator} with the error propagated to first order from both, treated as independent:
     * the relative errors add in quadrature. NaN errors (too few values) give a NaN error.
     */
    static Ratio ratio(double numerator, double numeratorError, double denominator, double denominatorError) {
        double value = numerator / denominator;
        double error = value * Math.sqrt(sq(numeratorError / numerator) + sq(denominatorError / denominator));
        return new Ratio(value, error);
    }

    /** A ratio of two means and its propagated error. */
    record Ratio(double value, double error) {
    }

    /**
     * Upper bound of a proportion {@code hits / n} (Wilson score interval, one-sided, for the given z). Unlike the
     * normal approximation it stays meaningful for a handful of hits in thousands of samples, which is exactly the
     * agent-share case. NaN without samples.
     */
    static double wilsonUpperBound(long hits, long n, double z) {
        if (n == 0) {
            return Double.NaN;
        }
        double p = (double) hits / n;
        double z2 = z * z;
        double centre = p + z2 / (2.0 * n);
        double spread = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return Math.min(1.0, (centre + spread) / (1 + z2 / n));
    }

    static double sq(double d) {
        return d * d;
    }
}
