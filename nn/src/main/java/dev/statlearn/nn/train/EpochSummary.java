package dev.statlearn.nn.train;

import dev.statlearn.core.internal.Format;


/**
 * What happened in one training epoch, as passed to {@link TrainingListener#onEpochEnd}.
 *
 * @param epoch              0-based epoch index
 * @param epochs             maximum number of epochs of the run
 * @param trainLoss          mean data loss over the epoch's batches (penalties excluded)
 * @param trainAccuracy      accuracy over the epoch's batches (NaN for regression)
 * @param validationLoss     loss on the validation data after the epoch (NaN if none)
 * @param validationAccuracy accuracy on the validation data (NaN if none or regression)
 * @param learningRate       learning rate used in the epoch
 * @param elapsedNanos       wall time since the start of the run
 * @since 0.1
 */
public record EpochSummary(int epoch, int epochs, double trainLoss, double trainAccuracy, double validationLoss,
                           double validationAccuracy, double learningRate, long elapsedNanos) {

    /**
     * One line with the 1-based epoch, the numbers to 4 significant digits, and only the columns
     * that exist (no accuracy for regression, no validation columns without validation data), e.g.
     * {@code epoch 3/10: loss 0.4213, acc 0.8667, lr 0.001, 0.12 s}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("epoch ").append(epoch + 1).append('/').append(epochs)
                .append(": loss ").append(Format.sig(trainLoss));
        if (!Double.isNaN(trainAccuracy)) {
            sb.append(", acc ").append(Format.sig(trainAccuracy));
        }
        if (!Double.isNaN(validationLoss)) {
            sb.append(", val_loss ").append(Format.sig(validationLoss));
        }
        if (!Double.isNaN(validationAccuracy)) {
            sb.append(", val_acc ").append(Format.sig(validationAccuracy));
        }
        return sb.append(", lr ").append(Format.sig(learningRate, 3)).append(", ")
                .append(Format.sig(elapsedNanos / 1e9, 3)).append(" s").toString();
    }
}
