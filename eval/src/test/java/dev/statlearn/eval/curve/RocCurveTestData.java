package dev.statlearn.eval.curve;

/** Public view of {@link RocCurveTest}'s random data for tests in other packages. */
public final class RocCurveTestData {
    /** RocCurveTest.RANDOM_Y. */
    public static final int[] RANDOM_Y = RocCurveTest.RANDOM_Y;
    /** RocCurveTest.RANDOM_S. */
    public static final double[] RANDOM_S = RocCurveTest.RANDOM_S;

    private RocCurveTestData() {
    }
}
