package dev.statlearn.nn.train;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;

/**
 * A learning-rate schedule, evaluated once per epoch \( e = 0, 1, \dots \) (immutable):
 *
 * <ul>
 *   <li>{@link #constant()}: \( \eta_e = \eta \).</li>
 *   <li>{@link #step(int, double)}: \( \eta_e = \eta\, \gamma^{\lfloor e / s \rfloor} \)
 *       (PyTorch's {@code StepLR}).</li>
 *   <li>{@link #cosine(int, double)}: \( \eta_e = \eta_{min} + \tfrac12(\eta - \eta_{min})(1 + \cos(\pi e / T)) \)
 *       for \( e \le T \) and \( \eta_{min} \) after (PyTorch's {@code CosineAnnealingLR} closed form);
 *       {@link #cosine(double)} takes \( T \) = the trainer's number of epochs.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class Schedule {

    private enum Kind { CONSTANT, STEP, COSINE }

    private static final Schedule CONSTANT = new Schedule(Kind.CONSTANT, 0, 1.0, 0.0);

    private final Kind kind;
    private final int period;
    private final double gamma;
    private final double minLearningRate;

    private Schedule(Kind kind, int period, double gamma, double minLearningRate) {
        this.kind = kind;
        this.period = period;
        this.gamma = gamma;
        this.minLearningRate = minLearningRate;
    }

    /**
     * The constant schedule.
     *
     * @return the schedule
     */
    public static Schedule constant() {
        return CONSTANT;
    }

    /**
     * Multiplies the rate by {@code gamma} every {@code stepEpochs} epochs.
     *
     * @param stepEpochs epochs between decays, at least 1
     * @param gamma      factor in (0, 1]
     * @return the schedule
     * @throws IllegalArgumentException if out of range
     */
    public static Schedule step(int stepEpochs, double gamma) {
        Checks.positive(stepEpochs, "stepEpochs");
        Checks.inRange(gamma, Double.MIN_VALUE, 1.0, "gamma");
        return new Schedule(Kind.STEP, stepEpochs, gamma, 0.0);
    }

    /**
     * Cosine annealing over {@code periodEpochs} epochs.
     *
     * @param periodEpochs \( T \ge 1 \)
     * @param minLearningRate \( \eta_{min} \ge 0 \)
     * @return the schedule
     * @throws IllegalArgumentException if out of range
     */
    public static Schedule cosine(int periodEpochs, double minLearningRate) {
        Checks.positive(periodEpochs, "periodEpochs");
        Checks.finite(minLearningRate, "minLearningRate");
        Checks.nonNegative(minLearningRate, "minLearningRate");
        return new Schedule(Kind.COSINE, periodEpochs, 1.0, minLearningRate);
    }

    /**
     * Cosine annealing over the whole training run.
     *
     * @param minLearningRate \( \eta_{min} \ge 0 \)
     * @return the schedule
     * @throws IllegalArgumentException if negative or not finite
     */
    public static Schedule cosine(double minLearningRate) {
        Checks.finite(minLearningRate, "minLearningRate");
        Checks.nonNegative(minLearningRate, "minLearningRate");
        return new Schedule(Kind.COSINE, 0, 1.0, minLearningRate);
    }

    /**
     * The learning rate of an epoch.
     *
     * @param base        the optimizer's learning rate \( \eta \)
     * @param epoch       0-based epoch
     * @param totalEpochs epochs of the run (the period of {@link #cosine(double)})
     * @return \( \eta_e \)
     * @throws IllegalArgumentException if {@code epoch} is negative or {@code totalEpochs < 1}
     */
    public double learningRate(double base, int epoch, int totalEpochs) {
        Checks.nonNegative(epoch, "epoch");
        Checks.positive(totalEpochs, "totalEpochs");
        switch (kind) {
            case CONSTANT:
                return base;
            case STEP:
                return base * Math.pow(gamma, epoch / period);
            default:
                int t = period == 0 ? totalEpochs : period;
                if (epoch >= t) {
                    return minLearningRate;
                }
                return minLearningRate + 0.5 * (base - minLearningRate) * (1.0 + Math.cos(Math.PI * epoch / t));
        }
    }

    @Override
    public String toString() {
        switch (kind) {
            case CONSTANT:
                return "Schedule.constant";
            case STEP:
                return "Schedule.step[every " + period + " epochs × " + Format.sig(gamma) + "]";
            default:
                return "Schedule.cosine[T=" + (period == 0 ? "epochs" : period) + ", min=" + Format.sig(minLearningRate)
                        + "]";
        }
    }
}
