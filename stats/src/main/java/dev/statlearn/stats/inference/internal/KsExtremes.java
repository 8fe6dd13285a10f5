package dev.statlearn.stats.inference.internal;

/**
 * The running extremes of the two-sample Kolmogorov&ndash;Smirnov sweep: after each distinct value,
 * with \( i \) of the \( n_1 \) values of the first sample and \( j \) of the \( n_2 \) of the second
 * at or below it, \( D^+ = \max (F_1 - F_2) \) and \( D^- = \max (F_2 - F_1) \), compared exactly
 * in units of \( 1/\mathrm{lcm}(n_1, n_2) \) (\( h = i w_1 - j w_2 \), \( w_1 = n_2/g \),
 * \( w_2 = n_1/g \), \( g = \gcd(n_1, n_2) \)). One sweep serves the local test and each partition
 * of a distributed one, whose extremes are then {@linkplain #merge(long, double, long, double)
 * merged} in order.
 *
 * <p>Internal: arguments are not checked. Mutable, not thread-safe.
 */
public final class KsExtremes {

    private final int n1;
    private final int n2;
    private final long w1;
    private final long w2;
    private long maxPlus;
    private long maxMinus;
    private double dPlus;
    private double dMinus;

    /**
     * Starts a sweep (both maxima 0).
     *
     * @param n1 size of the first sample
     * @param n2 size of the second sample
     */
    public KsExtremes(int n1, int n2) {
        int g = KsDistributions.gcd(n1, n2);
        this.n1 = n1;
        this.n2 = n2;
        this.w1 = n2 / g;
        this.w2 = n1 / g;
    }

    /**
     * Takes the ECDFs after one distinct value.
     *
     * @param i values of the first sample at or below it
     * @param j values of the second sample at or below it
     */
    public void update(long i, long j) {
        long diff = i * w1 - j * w2;
        merge(diff, (double) i / n1 - (double) j / n2, -diff, (double) j / n2 - (double) i / n1);
    }

    /**
     * Takes the extremes of a later part of the sweep (strictly larger ones win, so the first
     * maximum is kept, as in one sweep).
     *
     * @param plus   its \( D^+ \) in units of \( 1/\mathrm{lcm} \)
     * @param dPlus  its \( D^+ \)
     * @param minus  its \( D^- \) in units of \( 1/\mathrm{lcm} \)
     * @param dMinus its \( D^- \)
     */
    public void merge(long plus, double dPlus, long minus, double dMinus) {
        if (plus > maxPlus) {
            maxPlus = plus;
            this.dPlus = dPlus;
        }
        if (minus > maxMinus) {
            maxMinus = minus;
            this.dMinus = dMinus;
        }
    }

    /**
     * Returns \( D^+ \) in units of \( 1/\mathrm{lcm} \).
     *
     * @return \( h^+ \ge 0 \)
     */
    public long maxPlus() {
        return maxPlus;
    }

    /**
     * Returns \( D^- \) in units of \( 1/\mathrm{lcm} \).
     *
     * @return \( h^- \ge 0 \)
     */
    public long maxMinus() {
        return maxMinus;
    }

    /**
     * Returns \( D^+ = \max (F_1 - F_2) \).
     *
     * @return \( D^+ \)
     */
    public double dPlus() {
        return dPlus;
    }

    /**
     * Returns \( D^- = \max (F_2 - F_1) \).
     *
     * @return \( D^- \)
     */
    public double dMinus() {
        return dMinus;
    }

    /**
     * Returns whether the two-sided statistic is \( D^- \) (\( h^- &gt; h^+ \); on a tie \( D^+ \), as SciPy).
     *
     * @return true when \( D = D^- \)
     */
    public boolean minusIsLarger() {
        return maxMinus > maxPlus;
    }
}
