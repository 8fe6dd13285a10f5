package dev.statlearn.stats.descriptive;

/**
 * What to do with NaN in a sample, as SciPy's {@code nan_policy}: propagate it to the result,
 * omit it, or raise an error. Infinite values are never covered by the policy; the methods that
 * take one say how they treat them.
 *
 * <p>For a sample \( x \) with \( k \) NaN values among \( n \), a statistic \( T \) is
 * \[ T_{\text{PROPAGATE}}(x) = \begin{cases} \text{NaN} &amp; k &gt; 0 \\ T(x) &amp; k = 0 \end{cases},
 * \qquad T_{\text{OMIT}}(x) = T(x \setminus \text{NaN}) \text{ (on } n - k \text{ values)}, \]
 * and {@code RAISE} throws {@code IllegalArgumentException} naming the first NaN's index.
 *
 * @since 0.2
 */
public enum NanPolicy {
    /** A NaN anywhere makes the result NaN ({@code nan_policy='propagate'}). */
    PROPAGATE,
    /** NaN values are left out; the statistic is that of the other values ({@code nan_policy='omit'}). */
    OMIT,
    /** A NaN is an error: {@code IllegalArgumentException} ({@code nan_policy='raise'}); the default. */
    RAISE
}
