package dev.statlearn.nn.internal;

import dev.statlearn.nn.train.Optimizer;

/**
 * Optimizer state and update rules, written to match PyTorch 1.13's {@code torch.optim.SGD},
 * {@code Adam} and {@code AdamW} (single-tensor code path) operation by operation.
 * Mutable, not thread-safe. Not part of the public API.
 */
public final class Updater {

    private final Optimizer.Kind kind;
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
     * @param optimizer the optimizer's kind and hyper-parameters (the learning rate is passed
     *                  to each {@link #step})
     * @param params    parameter arrays (only their lengths are used)
     */
    public Updater(Optimizer optimizer, double[][] params) {
        this.kind = optimizer.kind();
        this.momentum = optimizer.momentum();
        this.nesterov = optimizer.nesterov();
        this.beta1 = optimizer.beta1();
        this.beta2 = optimizer.beta2();
        this.eps = optimizer.epsilon();
        this.weightDecay = optimizer.weightDecay();
        boolean needFirst = kind != Optimizer.Kind.SGD || momentum != 0.0;
        this.first = new double[params.length][];
        this.second = new double[params.length][];
        for (int i = 0; i < params.length; i++) {
            if (needFirst) {
                first[i] = new double[params[i].length];
            }
            if (kind != Optimizer.Kind.SGD) {
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
        if (kind == Optimizer.Kind.SGD) {
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
                if (kind == Optimizer.Kind.ADAMW) {
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
