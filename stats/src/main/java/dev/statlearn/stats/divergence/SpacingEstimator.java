package dev.statlearn.stats.divergence;

/**
 * The \( m \)-spacing estimators of the differential entropy of a sample offered by
 * {@link Divergences#differentialEntropy(double[], SpacingEstimator, int)}, as
 * {@code scipy.stats.differential_entropy}'s {@code method} (SciPy 1.10). With the sorted sample
 * \( x_{(1)} \le \dots \le x_{(n)} \), window \( m \) (\( 1 \le m &lt; n/2 \)) and
 * \( x_{(i)} = x_{(1)} \) for \( i &lt; 1 \), \( x_{(i)} = x_{(n)} \) for \( i &gt; n \)
 * (formulas as in Noughabi, Annals of Data Science 2, 2015, 231–241).
 *
 * @since 0.2
 */
public enum SpacingEstimator {

    /**
     * Vasicek (1976): \( \frac1n \sum_{i=1}^n \ln\left(\frac{n}{2m}(x_{(i+m)} - x_{(i-m)})\right) \).
     */
    VASICEK,

    /**
     * van Es (1992), bias-corrected:
     * \( \frac{1}{n-m} \sum_{i=1}^{n-m} \ln\left(\frac{n+1}{m}(x_{(i+m)} - x_{(i)})\right)
     *    + \sum_{k=m}^{n} \frac1k + \ln m - \ln(n+1) \).
     */
    VAN_ES,

    /**
     * Ebrahimi, Pflughoeft and Soofi (1994):
     * \( \frac1n \sum_{i=1}^n \ln\left(\frac{n}{c_i m}(x_{(i+m)} - x_{(i-m)})\right) \) with
     * \( c_i = 1 + (i-1)/m \) for \( i \le m \), \( 1 + (n-i)/m \) for \( i \ge n-m+1 \), else 2.
     */
    EBRAHIMI,

    /**
     * Correa (1995), local linear regression:
     * \( -\frac1n \sum_{i=1}^n \ln\frac{\sum_{j=i-m}^{i+m} (x_{(j)} - \bar x_i)(j - i)}
     *    {n \sum_{j=i-m}^{i+m} (x_{(j)} - \bar x_i)^2} \), \( \bar x_i \) the mean of the window.
     * Costs \( O(nm) \).
     */
    CORREA;

    /**
     * SciPy's default choice for a sample of size {@code n} ({@code method='auto'}):
     * {@link #VAN_ES} for \( n \le 10 \), {@link #EBRAHIMI} for \( n \le 1000 \), else
     * {@link #VASICEK}.
     *
     * @param n sample size, {@code >= 0}
     * @return the estimator SciPy 1.10 uses for that size
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static SpacingEstimator forSampleSize(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        return n <= 10 ? VAN_ES : n <= 1000 ? EBRAHIMI : VASICEK;
    }
}
