package dev.statlearn.nn.train;

import java.util.Arrays;
import java.util.Locale;

/**
 * Per-epoch record of a training run (immutable). Training loss and accuracy are averaged over
 * the epoch's mini-batches as they were trained (with dropout active, before each step's
 * update), as Keras reports them; validation numbers are computed on the validation data after
 * the epoch, without dropout. Accuracy is NaN for regression; validation numbers are NaN when
 * there is no validation data. Losses exclude the L1/L2 penalties.
 *
 * @since 0.1
 */
public final class History {

    private final double[] trainLoss;
    private final double[] trainAccuracy;
    private final double[] validationLoss;
    private final double[] validationAccuracy;
    private final int bestEpoch;
    private final boolean stoppedEarly;

    History(double[] trainLoss, double[] trainAccuracy, double[] validationLoss, double[] validationAccuracy,
            int bestEpoch, boolean stoppedEarly) {
        this.trainLoss = trainLoss;
        this.trainAccuracy = trainAccuracy;
        this.validationLoss = validationLoss;
        this.validationAccuracy = validationAccuracy;
        this.bestEpoch = bestEpoch;
        this.stoppedEarly = stoppedEarly;
    }

    /** @return number of epochs run */
    public int epochs() {
        return trainLoss.length;
    }

    /** @return training loss per epoch (a copy) */
    public double[] trainLoss() {
        return trainLoss.clone();
    }

    /** @return training accuracy per epoch (a copy; NaN for regression) */
    public double[] trainAccuracy() {
        return trainAccuracy.clone();
    }

    /** @return validation loss per epoch (a copy; NaN without validation data) */
    public double[] validationLoss() {
        return validationLoss.clone();
    }

    /** @return validation accuracy per epoch (a copy; NaN without validation data or for regression) */
    public double[] validationAccuracy() {
        return validationAccuracy.clone();
    }

    /**
     * The 0-based epoch with the lowest validation loss, whose weights early stopping restores;
     * the last epoch when there is no validation data.
     *
     * @return the best epoch
     */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** @return whether early stopping ended the run before the last epoch */
    public boolean stoppedEarly() {
        return stoppedEarly;
    }

    /** @return the training loss of the last epoch */
    public double finalTrainLoss() {
        return trainLoss[trainLoss.length - 1];
    }

    /**
     * A table with one line per epoch.
     *
     * @return the table
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "History[%d epochs, best %d%s]",
                epochs(), bestEpoch + 1, stoppedEarly ? ", stopped early" : ""));
        for (int e = 0; e < trainLoss.length; e++) {
            sb.append(String.format(Locale.ROOT, "%n  %4d  loss %.5f  acc %.4f  val_loss %.5f  val_acc %.4f", e + 1,
                    trainLoss[e], trainAccuracy[e], validationLoss[e], validationAccuracy[e]));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof History && Arrays.equals(trainLoss, ((History) o).trainLoss)
                && Arrays.equals(validationLoss, ((History) o).validationLoss)
                && Arrays.equals(trainAccuracy, ((History) o).trainAccuracy)
                && Arrays.equals(validationAccuracy, ((History) o).validationAccuracy)
                && bestEpoch == ((History) o).bestEpoch && stoppedEarly == ((History) o).stoppedEarly;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(trainLoss) * 31 + Arrays.hashCode(validationLoss);
    }
}
