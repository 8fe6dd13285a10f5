package dev.statlearn.plot;

import dev.statlearn.core.internal.Format;
import dev.statlearn.nn.train.History;
import dev.statlearn.nn.train.TrainingResult;
import dev.statlearn.plot.internal.Charts;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figures of neural-network training runs, from {@code dev.statlearn.nn.train}: the loss and the
 * accuracy per epoch, training against validation, with the best epoch marked.
 *
 * <pre>{@code
 * TrainingResult r = Trainer.withDefaults().withEpochs(100).withValidationFraction(0.2)
 *         .withEarlyStopping(10).withSeed(1).fit(net, x, y);
 * TrainingPlots.history(r).save("history.png");
 * }</pre>
 *
 * @since 0.1
 */
public final class TrainingPlots {

    /** Height of a two-panel history (loss over accuracy), in pixels. */
    static final int TWO_PANEL_HEIGHT = 900;

    /** Runs of at most this many epochs get a marker on every epoch. */
    static final int MARKER_EPOCHS = 40;

    private TrainingPlots() {
    }

    /**
     * The history of a training result; see {@link #history(History)}.
     *
     * @param result the result of {@code Trainer.fit}
     * @return the figure
     * @throws NullPointerException if {@code result} is null
     */
    public static Figure history(TrainingResult result) {
        Objects.requireNonNull(result, "result");
        return history(result.history());
    }

    /**
     * Loss and accuracy per epoch (epochs numbered from 1): the training series (averaged over the
     * epoch's mini-batches, as {@link History} records them) and, when the run had validation data,
     * the validation series. A classification run gets two panels, loss over accuracy
     * ({@value #TWO_PANEL_HEIGHT} pixels high); a regression run, whose accuracy is NaN, gets the
     * loss panel only. With validation data a dashed vertical line marks the best epoch (lowest
     * validation loss, the weights early stopping restores) in every panel, and the title says
     * whether early stopping ended the run. Without validation data there is no best-epoch line
     * (the "best" epoch is then just the last).
     *
     * @param history the history
     * @return the figure
     * @throws NullPointerException if {@code history} is null
     */
    public static Figure history(History history) {
        Objects.requireNonNull(history, "history");
        int n = history.epochs();
        double[] epochs = new double[n];
        for (int e = 0; e < n; e++) {
            epochs[e] = e + 1;
        }
        double[] trainLoss = history.trainLoss();
        double[] trainAcc = history.trainAccuracy();
        double[] valLoss = history.validationLoss();
        double[] valAcc = history.validationAccuracy();
        boolean validation = anyFinite(valLoss);
        boolean classification = anyFinite(trainAcc);
        int best = history.bestEpoch() + 1;

        StringBuilder title = new StringBuilder("Training history: ").append(n).append(n == 1 ? " epoch" : " epochs");
        if (history.stoppedEarly()) {
            title.append(", stopped early");
        }
        if (validation) {
            title.append(", best epoch ").append(best);
        }
        int height = classification ? TWO_PANEL_HEIGHT / 2 : Figure.DEFAULT_HEIGHT;
        List<XYChart> panels = new ArrayList<>();
        XYChart loss = panel(title.toString(), "Loss", height);
        series(loss, "training loss", epochs, trainLoss, Charts.PALETTE[0], n);
        if (validation) {
            series(loss, "validation loss", epochs, valLoss, Charts.PALETTE[1], n);
        }
        panels.add(loss);
        if (classification) {
            XYChart acc = panel("Accuracy", "Accuracy", height);
            series(acc, "training accuracy", epochs, trainAcc, Charts.PALETTE[0], n);
            if (anyFinite(valAcc)) {
                series(acc, "validation accuracy", epochs, valAcc, Charts.PALETTE[1], n);
            }
            acc.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
            panels.add(acc);
        }
        if (validation) {
            double v = valLoss[best - 1];
            bestLine(loss, "best epoch " + best + " (validation loss " + Format.sig(v, 3) + ")", best,
                    range(trainLoss, valLoss));
            if (classification) {
                double a = valAcc[best - 1];
                String label = Double.isFinite(a) ? "best epoch " + best + " (validation accuracy "
                        + Format.sig(a, 3) + ")" : "best epoch " + best;
                bestLine(panels.get(1), label, best, range(trainAcc, valAcc));
            }
        }
        for (XYChart c : panels) {
            Charts.roundXAxis(c, 1, n);
        }
        if (n == 1) {
            // one point per series: XChart's automatic y axis would span the two values only
            for (XYChart c : panels) {
                c.getStyler().setYAxisMin(0.0);
            }
            loss.getStyler().setYAxisMax(1.1 * range(trainLoss, valLoss)[1]);
            if (classification) {
                panels.get(1).getStyler().setYAxisMax(1.0);
            }
        }
        if (panels.size() == 1) {
            return Figure.of(title.toString(), loss);
        }
        return Figure.grid(title.toString(), panels, 1, Figure.DEFAULT_WIDTH, TWO_PANEL_HEIGHT);
    }

    private static XYChart panel(String title, String yTitle, int height) {
        XYChart chart = Charts.xy(title, "Epoch", yTitle, Figure.DEFAULT_WIDTH, height);
        chart.getStyler().setMarkerSize(6);
        return chart;
    }

    private static void series(XYChart chart, String name, double[] x, double[] y, Color colour, int n) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setLineColor(colour);
        s.setLineStyle(Charts.SOLID);
        if (n <= MARKER_EPOCHS) {
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(colour);
        } else {
            s.setMarker(SeriesMarkers.NONE);
        }
    }

    private static void bestLine(XYChart chart, String name, int epoch, double[] range) {
        Charts.vertical(chart, name, epoch, range[0], range[1]);
    }

    /** Smallest and largest finite value of two series (a unit range around a constant). */
    private static double[] range(double[] a, double[] b) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] v : new double[][] {a, b}) {
            for (double x : v) {
                if (Double.isFinite(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        if (lo == hi) {
            return new double[] {lo - 0.5, hi + 0.5};
        }
        return new double[] {lo, hi};
    }

    private static boolean anyFinite(double[] v) {
        for (double x : v) {
            if (Double.isFinite(x)) {
                return true;
            }
        }
        return false;
    }
}
