package dev.statlearn.nn.train;

import dev.statlearn.core.Checks;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A ready-made console progress display: one line per epoch with the loss, accuracy,
 * validation numbers, learning rate and elapsed time, e.g.
 * <pre>
 * epoch   3/20  loss 0.2134  acc 0.9412  val_loss 0.2410  val_acc 0.9306  lr 0.001  0.4 s
 * </pre>
 * Optionally also a per-batch bar redrawn in place with {@code '\r'} (for terminals).
 * Training has no display unless one is added with {@link Trainer#withListener} or
 * {@link Trainer#withProgress(PrintStream)}. Immutable configuration; writes only to the stream
 * it was given.
 *
 * @since 0.1
 */
public final class ConsoleProgress implements TrainingListener {

    private static final int BAR = 30;

    private final PrintStream out;
    private final int every;
    private final boolean batchBar;

    private ConsoleProgress(PrintStream out, int every, boolean batchBar) {
        this.out = out;
        this.every = every;
        this.batchBar = batchBar;
    }

    /**
     * A display that prints every epoch to {@code out}.
     *
     * @param out the stream, e.g. {@code System.out}
     * @return the display
     * @throws NullPointerException if {@code out} is null
     */
    public static ConsoleProgress to(PrintStream out) {
        return new ConsoleProgress(Checks.notNull(out, "out"), 1, false);
    }

    /**
     * Returns a copy that prints only every {@code k}-th epoch (and the last).
     *
     * @param k at least 1
     * @return a new display
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public ConsoleProgress everyEpochs(int k) {
        return new ConsoleProgress(out, Checks.positive(k, "k"), batchBar);
    }

    /**
     * Returns a copy that also draws a batch progress bar, redrawn with carriage returns.
     *
     * @param on whether to draw it
     * @return a new display
     */
    public ConsoleProgress withBatchBar(boolean on) {
        return new ConsoleProgress(out, every, on);
    }

    @Override
    public void onBatchEnd(int epoch, int batch, int batches, double loss) {
        if (!batchBar) {
            return;
        }
        int filled = (int) ((long) (batch + 1) * BAR / batches);
        StringBuilder sb = new StringBuilder("\repoch ").append(epoch + 1).append(" [");
        for (int i = 0; i < BAR; i++) {
            sb.append(i < filled ? '=' : ' ');
        }
        sb.append(String.format(Locale.ROOT, "] %d/%d  loss %.4f", batch + 1, batches, loss));
        out.print(sb);
        if (batch + 1 == batches) {
            out.print('\r');
        }
        out.flush();
    }

    @Override
    public void onEpochEnd(EpochSummary s) {
        if ((s.epoch() + 1) % every != 0 && s.epoch() + 1 != s.epochs()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        int width = Integer.toString(s.epochs()).length();
        sb.append(String.format(Locale.ROOT, "epoch %" + width + "d/%d  loss %.4f", s.epoch() + 1, s.epochs(),
                s.trainLoss()));
        if (!Double.isNaN(s.trainAccuracy())) {
            sb.append(String.format(Locale.ROOT, "  acc %.4f", s.trainAccuracy()));
        }
        if (!Double.isNaN(s.validationLoss())) {
            sb.append(String.format(Locale.ROOT, "  val_loss %.4f", s.validationLoss()));
        }
        if (!Double.isNaN(s.validationAccuracy())) {
            sb.append(String.format(Locale.ROOT, "  val_acc %.4f", s.validationAccuracy()));
        }
        sb.append(String.format(Locale.ROOT, "  lr %.3g  %.1f s", s.learningRate(), s.elapsedNanos() / 1e9));
        out.println(sb);
        out.flush();
    }

    @Override
    public String toString() {
        return "ConsoleProgress[every=" + every + ", batchBar=" + batchBar + "]";
    }
}
