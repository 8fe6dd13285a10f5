package dev.statlearn.nn.internal;

/**
 * Optimizer state and update rules, written to match PyTorch 1.13's {@code torch.optim.SGD},
 * {@code Adam} and {@code AdamW} (single-tensor code path) operation by operation.
 * Mutable, not thread-safe. Not part of the public API.
 */
public final class Updater {

    /** Stochastic gradient descent (optionally with momentum / Nesterov). */
    public static final int SGD = 0;
    /** Adam. */
    public static final int ADAM = 1;
    /** Adam with decoupled weight decay. */
    public static final int ADAMW = 2;

    private final int kind;
    private final double momentum;
    private final boolean nesterov;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final double[][] first;
    private final double[][] second;
    private long step;

    /**
     * Creates the state for the given parameter arrays.
     *
     * @param kind        {@link #SGD}, {@link #ADAM} or {@link #ADAMW}
     * @param momentum    SGD momentum (0 = none)
     * @param nesterov    SGD Nesterov momentum
     * @param beta1       Adam \( \beta_1 \)
     * @param beta2       Adam \( \beta_2 \)
     * @param eps         Adam \( \epsilon \)
     * @param weightDecay AdamW decoupled decay
     * @param params      parameter arrays (only their lengths are used)
     */
    public Updater(int kind, double momentum, boolean nesterov, double beta1, double beta2, double eps,
                   double weightDecay, double[][] params) {
        this.kind = kind;
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        boolean needFirst = kind != SGD || momentum != 0.0;
        this.first = new double[params.length][];
        this.second = new double[params.length][];
        for (int i = 0; i < params.length; i++) {
            if (needFirst) {
                first[i] = new double[params[i].length];
            }
            if (kind != SGD) {
                second[i] = new double[params[i].length];
            }
        }
    }

    /**
     * One optimizer step: updates {@code params} in place from {@code grads}.
     *
     * @param params parameter arrays, updated
     * @param grads  gradient arrays (same shapes), not modified
     * @param lr     learning rate
     */
    public void step(double[][] params, double[][] grads, double lr) {
        step++;
        if (kind == SGD) {
            for (int a = 0; a < params.length; a++) {
                double[] p = params[a];
                double[] g = grads[a];
                if (momentum == 0.0) {
                    for (int i = 0; i < p.length; i++) {
                        p[i] -= lr * g[i];
                    }
                } else {
                    double[] buf = first[a];
                    boolean init = step == 1;
                    for (int i = 0; i < p.length; i++) {
                        double bi = init ? g[i] : momentum * buf[i] + g[i];
                        buf[i] = bi;
                        double d = nesterov ? g[i] + momentum * bi : bi;
                        p[i] -= lr * d;
                    }
                }
            }
            return;
        }
        double bc1 = 1.0 - Math.pow(beta1, step);
        double bc2 = 1.0 - Math.pow(beta2, step);
        double stepSize = lr / bc1;
        double bc2Sqrt = Math.sqrt(bc2);
        double decay = 1.0 - lr * weightDecay;
        for (int a = 0; a < params.length; a++) {
            double[] p = params[a];
            double[] g = grads[a];
            double[] m = first[a];
            double[] v = second[a];
            for (int i = 0; i < p.length; i++) {
                if (kind == ADAMW) {
                    p[i] *= decay;
                }
                double gi = g[i];
                double mi = m[i] * beta1 + (1.0 - beta1) * gi;
                double vi = v[i] * beta2 + (1.0 - beta2) * gi * gi;
                m[i] = mi;
                v[i] = vi;
                double denom = Math.sqrt(vi) / bc2Sqrt + eps;
                p[i] += -stepSize * (mi / denom);
            }
        }
    }
}
