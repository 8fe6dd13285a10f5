package dev.statlearn.nn;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import dev.statlearn.nn.internal.Losses;
import dev.statlearn.nn.internal.Targets;
import java.util.Objects;

/**
 * Checks backpropagation against central finite differences:
 * \[ \hat g_\theta = \frac{L(\theta + h) - L(\theta - h)}{2h}, \qquad
 *    \text{error}_\theta = \frac{|g_\theta - \hat g_\theta|}{\max(|g_\theta|, |\hat g_\theta|, 10^{-3})}, \]
 * for every weight and bias \( \theta \), with \( h = 10^{-5} \) by default. The floor
 * \( 10^{-3} \) in the denominator keeps parameters with a (near-)zero gradient from turning
 * rounding noise (about \( 10^{-11} \)) into a large relative error; a correct gradient gives
 * errors far below \( 10^{-6} \).
 *
 * <p>The finite differences are computed by an independent, row-by-row forward pass (not the
 * batched kernels of {@link Mlp}). ReLU and leaky ReLU have a kink at 0: when perturbing a
 * parameter by \( \pm h \) moves some pre-activation across 0, the finite difference is
 * meaningless and that parameter is counted in {@link #skipped()} instead of being compared.
 *
 * @param maxRelativeError largest relative error over the compared parameters (0 if none)
 * @param maxAbsoluteError largest \( |g - \hat g| \)
 * @param checked          number of parameters compared
 * @param skipped          number of parameters skipped because of a kink
 * @since 0.1
 */
public record GradientCheck(double maxRelativeError, double maxAbsoluteError, int checked, int skipped) {

    /** Default finite-difference step. */
    public static final double DEFAULT_STEP = 1e-5;

    /**
     * Checks the record.
     *
     * @throws IllegalArgumentException if an error is negative or NaN or a count is negative
     */
    public GradientCheck {
        Checks.nonNegative(maxRelativeError, "maxRelativeError");
        Checks.nonNegative(maxAbsoluteError, "maxAbsoluteError");
        Checks.nonNegative(checked, "checked");
        Checks.nonNegative(skipped, "skipped");
    }

    /**
     * Gradient check of a classifier's (weighted / focal) loss.
     *
     * @param mlp  network
     * @param x    rows, not modified
     * @param y    labels, not modified
     * @param loss loss
     * @return the comparison
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link Mlp#gradients(double[][], int[], Loss)}, or if the
     *                                  loss or a gradient at {@code x} and {@code y} overflows
     */
    public static GradientCheck of(Mlp mlp, double[][] x, int[] y, Loss loss) {
        Objects.requireNonNull(mlp, "mlp");
        Targets targets = mlp.checkData(x, y, loss);
        return run(mlp, x, targets, loss, mlp.evaluate(x, targets, loss, true), DEFAULT_STEP);
    }

    /**
     * Gradient check of a classifier's cross-entropy.
     *
     * @param mlp network
     * @param x   rows, not modified
     * @param y   labels, not modified
     * @return the comparison
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link Mlp#gradients(double[][], int[])}, or if the
     *                                  loss or a gradient at {@code x} and {@code y} overflows
     */
    public static GradientCheck of(Mlp mlp, double[][] x, int[] y) {
        return of(mlp, x, y, Loss.standard());
    }

    /**
     * Gradient check of a regression network's mean squared error.
     *
     * @param mlp network
     * @param x   rows, not modified
     * @param y   targets, not modified
     * @return the comparison
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link Mlp#gradients(double[][], double[][])}, or if the
     *                                  loss or a gradient at {@code x} and {@code y} overflows
     */
    public static GradientCheck of(Mlp mlp, double[][] x, double[][] y) {
        Objects.requireNonNull(mlp, "mlp");
        Targets targets = mlp.checkData(x, y);
        Loss mse = Loss.standard();
        return run(mlp, x, targets, mse, mlp.evaluate(x, targets, mse, true), DEFAULT_STEP);
    }

    /** Compares given (possibly wrong) gradients with finite differences; for tests. */
    static GradientCheck compare(Mlp mlp, double[][] x, int[] y, Loss loss, Gradients g) {
        return run(mlp, x, mlp.checkData(x, y, loss), loss, g, DEFAULT_STEP);
    }

    /** The comparison on checked data ({@code targets} from {@code Mlp.checkData}). */
    private static GradientCheck run(Mlp mlp, double[][] x, Targets targets, Loss loss, Gradients g, double h) {
        double[][] w = mlp.rawWeights().clone();
        double[][] b = mlp.rawBiases().clone();
        for (int l = 0; l < w.length; l++) {
            w[l] = w[l].clone();
            b[l] = b[l].clone();
        }
        Forward f = new Forward(mlp, x, targets, loss);
        boolean[] base = f.newPattern();
        boolean[] plus = f.newPattern();
        boolean[] minus = f.newPattern();
        double baseLoss = f.loss(w, b, base);
        if (!Double.isFinite(baseLoss) || !Double.isFinite(g.loss())) {
            throw new IllegalArgumentException("the loss of the network at x and y must be finite for a gradient check,"
                    + " was " + baseLoss + " (values of x or y too large for double precision)");
        }
        double maxRel = 0.0;
        double maxAbs = 0.0;
        int checked = 0;
        int skipped = 0;
        for (int l = 0; l < w.length; l++) {
            for (int pass = 0; pass < 2; pass++) {
                double[] p = pass == 0 ? w[l] : b[l];
                double[] analytic = pass == 0 ? g.rawWeights()[l] : g.rawBiases()[l];
                for (int i = 0; i < p.length; i++) {
                    double old = p[i];
                    p[i] = old + h;
                    double lp = f.loss(w, b, plus);
                    p[i] = old - h;
                    double lm = f.loss(w, b, minus);
                    p[i] = old;
                    if (!java.util.Arrays.equals(base, plus) || !java.util.Arrays.equals(base, minus)) {
                        skipped++;
                        continue;
                    }
                    double numeric = (lp - lm) / (2 * h);
                    if (!Double.isFinite(numeric) || !Double.isFinite(analytic[i])) {
                        throw new IllegalArgumentException("the gradient of the loss at x and y must be finite for a"
                                + " gradient check, was " + analytic[i] + " (analytic) and " + numeric
                                + " (finite difference): values of x or y too large for double precision");
                    }
                    double abs = Math.abs(numeric - analytic[i]);
                    double rel = abs / Math.max(1e-3, Math.max(Math.abs(numeric), Math.abs(analytic[i])));
                    maxAbs = Math.max(maxAbs, abs);
                    maxRel = Math.max(maxRel, rel);
                    checked++;
                }
            }
        }
        return new GradientCheck(maxRel, maxAbs, checked, skipped);
    }

    /** Plain row-by-row forward pass that records the sign pattern of kinked units. */
    private static final class Forward {
        private final int[] sizes;
        private final Activation[] acts;
        private final Output output;
        private final double[][] x;
        private final Targets targets;
        private final Loss loss;
        private final double[] logits;
        private final int kinked;

        Forward(Mlp mlp, double[][] x, Targets targets, Loss loss) {
            this.sizes = mlp.rawSizes();
            this.acts = mlp.rawActivations();
            this.output = mlp.output();
            this.x = x;
            this.targets = targets;
            this.loss = loss;
            this.logits = new double[x.length * sizes[sizes.length - 1]];
            int k = 0;
            for (int l = 0; l < acts.length; l++) {
                if (acts[l] == Activation.RELU || acts[l] == Activation.LEAKY_RELU) {
                    k += sizes[l + 1];
                }
            }
            this.kinked = k * x.length;
        }

        boolean[] newPattern() {
            return new boolean[kinked];
        }

        double loss(double[][] w, double[][] b, boolean[] pattern) {
            int m = sizes[sizes.length - 1];
            int pi = 0;
            for (int r = 0; r < x.length; r++) {
                double[] cur = x[r];
                for (int l = 0; l < w.length; l++) {
                    int in = sizes[l];
                    int out = sizes[l + 1];
                    double[] next = new double[out];
                    for (int o = 0; o < out; o++) {
                        double s = b[l][o];
                        for (int k = 0; k < in; k++) {
                            s += w[l][o * in + k] * cur[k];
                        }
                        if (l < acts.length) {
                            Activation a = acts[l];
                            if (a == Activation.RELU || a == Activation.LEAKY_RELU) {
                                pattern[pi++] = s > 0;
                            }
                            s = a.apply(s);
                        }
                        next[o] = s;
                    }
                    cur = next;
                }
                System.arraycopy(cur, 0, logits, r * m, m);
            }
            return Losses.lossAndDelta(output, logits, x.length, m, targets, 0, loss.weightsOrNull(),
                    loss.focalGamma(), new double[logits.length + x.length], false);
        }
    }

    /**
     * The errors to 3 significant digits and the counts, e.g.
     * {@code GradientCheck(maxRelativeError=2.31E-9, maxAbsoluteError=4.7E-11, checked=120, skipped=0)}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "GradientCheck(maxRelativeError=" + Format.sig(maxRelativeError, 3) + ", maxAbsoluteError="
                + Format.sig(maxAbsoluteError, 3) + ", checked=" + checked + ", skipped=" + skipped + ")";
    }
}
