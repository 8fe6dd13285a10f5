package dev.statlearn.nn.train;

import dev.statlearn.core.internal.Format;
import java.util.Arrays;

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
     * A table with one line per epoch (the first and last five of a longer run), numbers to 4
     * significant digits; the accuracy and validation columns appear only when they have values
     * (not for regression or without validation data). The accessors have every epoch at full
     * precision.
     *
     * @return a header line and the table
     */
    @Override
    public String toString() {
        boolean acc = anyNumber(trainAccuracy);
        boolean vLoss = anyNumber(validationLoss);
        boolean vAcc = anyNumber(validationAccuracy);
        StringBuilder sb = new StringBuilder("History[").append(epochs()).append(epochs() == 1 ? " epoch" : " epochs")
                .append(", best ").append(bestEpoch + 1).append(stoppedEarly ? ", stopped early]" : "]");
        Format.Table t = Format.table("  epoch", "loss", acc ? "acc" : null, vLoss ? "val_loss" : null,
                vAcc ? "val_acc" : null).rightAligned(0);
        int n = trainLoss.length;
        for (int e = 0; e < n; e++) {
            if (n > 12 && e == 5) {
                t.row("…");
                e = n - 6;
                continue;
            }
            t.row(Integer.toString(e + 1), Format.sig(trainLoss[e]), acc ? Format.sig(trainAccuracy[e]) : null,
                    vLoss ? Format.sig(validationLoss[e]) : null, vAcc ? Format.sig(validationAccuracy[e]) : null);
        }
        return sb.append('\n').append(t).toString();
    }

    private static boolean anyNumber(double[] v) {
        for (double x : v) {
            if (!Double.isNaN(x)) {
                return true;
            }
        }
        return false;
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
