package dev.statlearn.nn.train;

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
}
