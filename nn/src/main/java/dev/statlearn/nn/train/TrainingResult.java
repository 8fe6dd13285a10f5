package dev.statlearn.nn.train;

import dev.statlearn.nn.Mlp;
import java.util.Objects;

/**
 * The outcome of {@link Trainer#fit}: the trained network (with the best validation weights
 * when early stopping is on) and the per-epoch history.
 *
 * @param model   the trained network
 * @param history what happened per epoch
 * @since 0.1
 */
public record TrainingResult(Mlp model, History history) {

    /**
     * Checks the record.
     *
     * @throws NullPointerException if an argument is null
     */
    public TrainingResult {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(history, "history");
    }

    /**
     * The model's architecture, then the {@link History} table.
     *
     * @return a multi-line summary
     */
    @Override
    public String toString() {
        return "TrainingResult(model=" + model + ")\n" + history;
    }
}
