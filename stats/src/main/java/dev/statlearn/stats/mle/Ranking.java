package dev.statlearn.stats.mle;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Candidate fits ranked by AIC, as returned by {@link Mle#best(double[])}.
 *
 * <p>Besides the order, it reports each model's \( \Delta_i = \mathrm{AIC}_i -
 * \mathrm{AIC}_{\min} \) and Akaike weight \( w_i = e^{-\Delta_i/2} / \sum_j e^{-\Delta_j/2} \),
 * the relative likelihood of each model within the candidate set (Burnham &amp; Anderson 2002).
 * Ties keep the candidates' order (normal, Laplace, uniform, exponential, gamma, log-normal,
 * beta).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Ranking {

    private final List<Fit<? extends ContinuousDistribution>> fits;

    private Ranking(List<Fit<? extends ContinuousDistribution>> fits) {
        this.fits = fits;
    }

    /**
     * Ranks the given fits by AIC (smallest first).
     *
     * @param fits candidate fits, at least one
     * @return the ranking
     * @throws NullPointerException     if {@code fits} or an element is null
     * @throws IllegalArgumentException if {@code fits} is empty
     */
    public static Ranking of(List<? extends Fit<? extends ContinuousDistribution>> fits) {
        Checks.notNull(fits, "fits");
        if (fits.isEmpty()) {
            throw new IllegalArgumentException("fits must not be empty");
        }
        List<Fit<? extends ContinuousDistribution>> sorted = new ArrayList<>();
        for (Fit<? extends ContinuousDistribution> f : fits) {
            sorted.add(Checks.notNull(f, "fits[i]"));
        }
        sorted.sort(Comparator.comparingDouble(Fit::aic));
        return new Ranking(Collections.unmodifiableList(sorted));
    }

    /**
     * The fit with the smallest AIC.
     *
     * @return the best fit
     */
    public Fit<? extends ContinuousDistribution> best() {
        return fits.get(0);
    }

    /**
     * All fits, best first.
     *
     * @return an unmodifiable list
     */
    public List<Fit<? extends ContinuousDistribution>> fits() {
        return fits;
    }

    /**
     * Akaike weights, in the order of {@link #fits()}; they sum to 1.
     *
     * @return a new array
     */
    public double[] akaikeWeights() {
        double min = fits.get(0).aic();
        double[] w = new double[fits.size()];
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.exp(-0.5 * (fits.get(i).aic() - min));
            s += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= s;
        }
        return w;
    }

    /**
     * A table of the fits, best first: rank, distribution, AIC (6 significant digits),
     * \( \Delta\text{AIC} \) to the best and Akaike weight.
     *
     * @return a multi-line table
     */
    @Override
    public String toString() {
        double[] w = akaikeWeights();
        double min = fits.get(0).aic();
        Format.Table t = Format.table("rank", "model", "AIC", "dAIC", "weight").leftAligned(1);
        for (int i = 0; i < fits.size(); i++) {
            Fit<? extends ContinuousDistribution> f = fits.get(i);
            t.row(Integer.toString(i + 1), f.distribution().toString(), Format.sig(f.aic(), 6), Format.sig(f.aic() - min),
                    Format.sig(w[i], 3));
        }
        return t.toString();
    }
}
