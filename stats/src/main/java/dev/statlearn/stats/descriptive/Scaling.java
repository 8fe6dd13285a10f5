package dev.statlearn.stats.descriptive;

/**
 * The power-of-two units that {@link Moments}, {@link Covariance} and {@link CovarianceMatrix}
 * keep their sums in, so that finite data of any magnitude neither overflows nor underflows.
 * Values are stored as \( x \cdot 2^{-s} \); scaling by a power of two is exact, so ordinary
 * data (magnitudes within \( [2^{-120}, 2^{120}] \)) keeps \( s = 0 \) and gives the same bits as
 * unscaled sums.
 */
final class Scaling {

    /** Magnitudes within [2^-SAFE_EXPONENT, 2^SAFE_EXPONENT] in the current units need no rescaling. */
    static final int SAFE_EXPONENT = 120;

    private Scaling() {
    }

    /**
     * The scale exponent for values of largest magnitude {@code maxAbs}, keeping {@code current}
     * if it fits.
     *
     * @param maxAbs  largest magnitude seen, unscaled
     * @param current the exponent in use
     * @return the exponent to use
     */
    static int scaleFor(double maxAbs, int current) {
        if (maxAbs == 0) {
            return current;
        }
        int e = Math.getExponent(maxAbs);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            e = Math.getExponent(maxAbs * 0x1p54) - 54;
        }
        if (Math.abs(e - current) <= SAFE_EXPONENT) {
            return current;
        }
        return Math.max(Double.MIN_EXPONENT, Math.min(Double.MAX_EXPONENT - 1, e));
    }
}
