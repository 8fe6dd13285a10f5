package dev.statlearn.stats.mle;

import dev.statlearn.core.Checks;

/**
 * A parameter held fixed in a maximum-likelihood fit, as SciPy's {@code floc}, {@code fscale},
 * {@code f0}, {@code f1}: the other parameter maximizes the profile log-likelihood
 * \[ \hat\theta_{\text{free}} = \arg\max_{\theta_{\text{free}}} \ell(\theta_{\text{free}},
 * \theta_{\text{fixed}} = v). \]
 * The fixed value is reported among the {@link Fit#estimates()} with standard error 0, and
 * {@link Fit#parameterCount()} counts only the free parameters.
 *
 * @param parameter the parameter's name, as in the fit's {@link Fit#parameterNames()}
 * @param value     its value, finite (each family checks its own range)
 * @since 0.2
 */
public record Fixed(String parameter, double value) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if {@code parameter} is null
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public Fixed {
        Checks.notNull(parameter, "parameter");
        Checks.finite(value, "value");
    }

    /**
     * The parameter {@code parameter} held at {@code value}.
     *
     * @param parameter the parameter's name
     * @param value     its value, finite
     * @return the fixed parameter
     * @throws NullPointerException     if {@code parameter} is null
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public static Fixed of(String parameter, double value) {
        return new Fixed(parameter, value);
    }
}
