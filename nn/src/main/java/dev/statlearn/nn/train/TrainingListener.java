package dev.statlearn.nn.train;

/**
 * Receives progress events from {@link Trainer#fit}; both methods do nothing by default.
 * Called on the training thread; a listener must not throw.
 *
 * @since 0.1
 */
public interface TrainingListener {

    /**
     * Called after each optimizer step.
     *
     * @param epoch   0-based epoch
     * @param batch   0-based batch within the epoch
     * @param batches number of batches per epoch
     * @param loss    mean data loss of the batch
     */
    default void onBatchEnd(int epoch, int batch, int batches, double loss) {
    }

    /**
     * Called after each epoch (after validation).
     *
     * @param summary the epoch's numbers
     */
    default void onEpochEnd(EpochSummary summary) {
    }
}
