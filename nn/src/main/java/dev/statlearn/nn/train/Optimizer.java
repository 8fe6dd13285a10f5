package dev.statlearn.nn.train;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;

/**
 * An optimizer configuration (immutable): SGD with optional momentum and Nesterov momentum,
 * Adam, or AdamW. The update rules are those of PyTorch 1.13 ({@code torch.optim.SGD},
 * {@code Adam}, {@code AdamW}) with dampening 0 and no built-in weight decay for SGD/Adam (use
 * {@link Trainer#withL2(double)} instead):
 *
 * <ul>
 *   <li>SGD: \( \theta \leftarrow \theta - \eta g \); with momentum \( \mu \):
 *       \( v \leftarrow \mu v + g \) (\( v = g \) at the first step), and
 *       \( \theta \leftarrow \theta - \eta v \), or with Nesterov
 *       \( \theta \leftarrow \theta - \eta (g + \mu v) \).</li>
 *   <li>Adam (Kingma &amp; Ba 2015, <a href="https://arxiv.org/abs/1412.6980">arXiv:1412.6980</a>):
 *       \( m \leftarrow \beta_1 m + (1-\beta_1) g \), \( v \leftarrow \beta_2 v + (1-\beta_2) g^2 \),
 *       \[ \theta \leftarrow \theta - \frac{\eta}{1-\beta_1^t}\,
 *          \frac{m}{\sqrt{v}/\sqrt{1-\beta_2^t} + \epsilon}. \]</li>
 *   <li>AdamW (Loshchilov &amp; Hutter 2019, <a href="https://arxiv.org/abs/1711.05101">arXiv:1711.05101</a>):
 *       first \( \theta \leftarrow (1 - \eta\lambda)\theta \) for every weight and bias (as
 *       PyTorch does), then the Adam step.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class Optimizer {

    /** The optimizer family. */
    public enum Kind {
        /** Stochastic gradient descent. */
        SGD,
        /** Adam. */
        ADAM,
        /** Adam with decoupled weight decay. */
        ADAMW
    }

    private final Kind kind;
    private final double learningRate;
    private final double momentum;
    private final boolean nesterov;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;

    private Optimizer(Kind kind, double learningRate, double momentum, boolean nesterov, double beta1,
                      double beta2, double epsilon, double weightDecay) {
        this.kind = kind;
        this.learningRate = Checks.positive(learningRate, "learningRate");
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
    }

    /**
     * Plain SGD.
     *
     * @param learningRate step size \( \eta &gt; 0 \)
     * @return the optimizer
     * @throws IllegalArgumentException if {@code learningRate} is not positive and finite
     */
    public static Optimizer sgd(double learningRate) {
        return new Optimizer(Kind.SGD, learningRate, 0.0, false, 0.9, 0.999, 1e-8, 0.0);
    }

    /**
     * Adam with \( \beta = (0.9, 0.999) \), \( \epsilon = 10^{-8} \).
     *
     * @param learningRate step size \( \eta &gt; 0 \) (0.001 is the usual choice)
     * @return the optimizer
     * @throws IllegalArgumentException if {@code learningRate} is not positive and finite
     */
    public static Optimizer adam(double learningRate) {
        return new Optimizer(Kind.ADAM, learningRate, 0.0, false, 0.9, 0.999, 1e-8, 0.0);
    }

    /**
     * AdamW with \( \beta = (0.9, 0.999) \), \( \epsilon = 10^{-8} \).
     *
     * @param learningRate step size \( \eta &gt; 0 \)
     * @param weightDecay  decoupled decay \( \lambda \ge 0 \) (PyTorch's default is 0.01)
     * @return the optimizer
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Optimizer adamW(double learningRate, double weightDecay) {
        Checks.finite(weightDecay, "weightDecay");
        Checks.nonNegative(weightDecay, "weightDecay");
        return new Optimizer(Kind.ADAMW, learningRate, 0.0, false, 0.9, 0.999, 1e-8, weightDecay);
    }

    /**
     * Returns a copy with a new learning rate.
     *
     * @param learningRate step size \( \eta &gt; 0 \)
     * @return a new optimizer
     * @throws IllegalArgumentException if not positive and finite
     */
    public Optimizer withLearningRate(double learningRate) {
        return new Optimizer(kind, learningRate, momentum, nesterov, beta1, beta2, epsilon, weightDecay);
    }

    /**
     * Returns a copy with SGD momentum \( \mu \).
     *
     * @param momentum \( \mu \in [0, 1) \)
     * @return a new optimizer
     * @throws IllegalStateException    if this is not SGD
     * @throws IllegalArgumentException if out of range
     */
    public Optimizer withMomentum(double momentum) {
        requireSgd("momentum");
        Checks.inRange(momentum, 0.0, Math.nextDown(1.0), "momentum");
        return new Optimizer(kind, learningRate, momentum, nesterov && momentum > 0, beta1, beta2, epsilon,
                weightDecay);
    }

    /**
     * Returns a copy with Nesterov momentum on or off.
     *
     * @param on whether to use Nesterov momentum
     * @return a new optimizer
     * @throws IllegalStateException if this is not SGD, or {@code on} without momentum set first
     */
    public Optimizer withNesterov(boolean on) {
        requireSgd("Nesterov momentum");
        if (on && momentum == 0.0) {
            throw new IllegalStateException("Nesterov momentum needs momentum > 0; call withMomentum first");
        }
        return new Optimizer(kind, learningRate, momentum, on, beta1, beta2, epsilon, weightDecay);
    }

    /**
     * Returns a copy with Adam's decay rates.
     *
     * @param beta1 first-moment decay in [0, 1)
     * @param beta2 second-moment decay in [0, 1)
     * @return a new optimizer
     * @throws IllegalStateException    if this is SGD
     * @throws IllegalArgumentException if out of range
     */
    public Optimizer withBetas(double beta1, double beta2) {
        requireAdam("betas");
        Checks.inRange(beta1, 0.0, Math.nextDown(1.0), "beta1");
        Checks.inRange(beta2, 0.0, Math.nextDown(1.0), "beta2");
        return new Optimizer(kind, learningRate, momentum, nesterov, beta1, beta2, epsilon, weightDecay);
    }

    /**
     * Returns a copy with Adam's \( \epsilon \).
     *
     * @param epsilon \( \epsilon &gt; 0 \)
     * @return a new optimizer
     * @throws IllegalStateException    if this is SGD
     * @throws IllegalArgumentException if not positive and finite
     */
    public Optimizer withEpsilon(double epsilon) {
        requireAdam("epsilon");
        Checks.positive(epsilon, "epsilon");
        return new Optimizer(kind, learningRate, momentum, nesterov, beta1, beta2, epsilon, weightDecay);
    }

    private void requireSgd(String what) {
        if (kind != Kind.SGD) {
            throw new IllegalStateException(what + " applies to SGD, not " + kind);
        }
    }

    private void requireAdam(String what) {
        if (kind == Kind.SGD) {
            throw new IllegalStateException(what + " applies to ADAM and ADAMW, not SGD");
        }
    }

    /** @return the optimizer family */
    public Kind kind() {
        return kind;
    }

    /** @return the base learning rate */
    public double learningRate() {
        return learningRate;
    }

    /** @return SGD momentum (0 if none) */
    public double momentum() {
        return momentum;
    }

    /** @return whether SGD uses Nesterov momentum */
    public boolean nesterov() {
        return nesterov;
    }

    /** @return Adam's \( \beta_1 \) */
    public double beta1() {
        return beta1;
    }

    /** @return Adam's \( \beta_2 \) */
    public double beta2() {
        return beta2;
    }

    /** @return Adam's \( \epsilon \) */
    public double epsilon() {
        return epsilon;
    }

    /** @return AdamW's decoupled weight decay (0 otherwise) */
    public double weightDecay() {
        return weightDecay;
    }

    @Override
    public String toString() {
        switch (kind) {
            case SGD:
                return "SGD[lr=" + Format.sig(learningRate) + (momentum > 0 ? ", momentum=" + Format.sig(momentum) : "")
                        + (nesterov ? ", nesterov" : "") + "]";
            case ADAM:
                return "Adam[lr=" + Format.sig(learningRate) + ", betas=(" + Format.sig(beta1) + ", "
                        + Format.sig(beta2) + "), eps=" + Format.sig(epsilon) + "]";
            default:
                return "AdamW[lr=" + Format.sig(learningRate) + ", weightDecay=" + Format.sig(weightDecay) + ", betas=("
                        + Format.sig(beta1) + ", " + Format.sig(beta2) + "), eps=" + Format.sig(epsilon) + "]";
        }
    }
}
