package dev.statlearn.nn.train;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.ClassBalance;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.internal.Format;
import dev.statlearn.nn.Activation;
import dev.statlearn.nn.Loss;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import dev.statlearn.nn.internal.Engine;
import dev.statlearn.nn.internal.Rows;
import dev.statlearn.nn.internal.Targets;
import dev.statlearn.nn.internal.Targets.ClassLabels;
import dev.statlearn.nn.internal.Targets.RealTargets;
import dev.statlearn.nn.internal.Updater;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Mini-batch training of an {@link Mlp} by backpropagation (immutable configuration; every
 * {@code withX} returns a new trainer).
 *
 * <pre>{@code
 * TrainingResult r = Trainer.withDefaults()
 *         .withOptimizer(Optimizer.sgd(0.1).withMomentum(0.9))
 *         .withEpochs(30).withBatchSize(64).withSeed(1)
 *         .withProgress(System.out)
 *         .fit(net, xTrain, yTrain);
 * }</pre>
 *
 * <p>Each epoch: the rows are shuffled (seeded), cut into mini-batches, and for each batch the
 * trainer runs a forward pass (with inverted dropout on hidden layers when set), computes the
 * mean loss of the batch ({@link Loss}: cross-entropy / MSE, class weights, focal), backpropagates,
 * adds the penalty gradients \( \lambda_2 W + \lambda_1 \operatorname{sign}(W) \) (weights only, not
 * biases; penalty \( \tfrac{\lambda_2}{2}\lVert W\rVert^2 + \lambda_1 \lVert W\rVert_1 \)), clips the
 * global gradient norm when set (PyTorch's {@code clip_grad_norm_}), and takes an {@link Optimizer}
 * step with the epoch's {@link Schedule} learning rate.
 *
 * <ul>
 *   <li>Defaults: Adam(0.001), 100 epochs, batch 32, shuffling on, seed 0, constant rate, no
 *       penalties, no dropout, standard loss, no early stopping, no clipping, no listeners (no
 *       output).</li>
 *   <li>Early stopping ({@link #withEarlyStopping(int)}): needs validation data, given to
 *       {@code fit} or split off with {@link #withValidationFraction(double)} (stratified for
 *       classification, seeded); stops after {@code patience} epochs without a lower validation
 *       loss and returns the weights of the best epoch.</li>
 *   <li>Reproducible: same seed, same data, same configuration → bit-for-bit the same weights
 *       on one kernel path (no dependence on timing or on the number of threads that large
 *       products are split over). The Vector API kernels ({@code --add-modules
 *       jdk.incubator.vector}) round the matrix products differently (fused multiply-add), so
 *       the weights then differ in the last bits from a scalar run (a digits network after
 *       three epochs: 6e-15 relative at most in the values checked); see
 *       {@link dev.statlearn.core.Randomness} on reproducibility.</li>
 *   <li>The input network is never modified. A loss or weights that become NaN or infinite
 *       (divergence: features far out of scale, such as values near 1e300, or a learning rate
 *       too large for the data) throw {@link IllegalArgumentException} naming the epoch and
 *       batch, the largest magnitude in {@code x} (and in regression targets {@code y}) and the
 *       learning rate, as scikit-learn's {@code MLPClassifier} raises {@code ValueError} for
 *       non-finite weights.
 *       Standardising the features ({@code dev.statlearn.core.preprocess.StandardScaler}),
 *       a lower learning rate or {@link #withGradientClipping(double)} are the remedies.</li>
 *   <li>Workspace buffers (the training batch, the validation chunk, the layers' values and
 *       deltas, the optimizer state) are allocated once per {@code fit}; no allocation per
 *       sample.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class Trainer {

    private final Optimizer optimizer;
    private final int epochs;
    private final int batchSize;
    private final boolean shuffle;
    private final long seed;
    private final Schedule schedule;
    private final double l1;
    private final double l2;
    private final double dropout;
    private final Loss loss;
    private final int patience;
    private final double validationFraction;
    private final double clipNorm;
    private final List<TrainingListener> listeners;

    private Trainer(Optimizer optimizer, int epochs, int batchSize, boolean shuffle, long seed, Schedule schedule,
                    double l1, double l2, double dropout, Loss loss, int patience, double validationFraction,
                    double clipNorm, List<TrainingListener> listeners) {
        this.optimizer = optimizer;
        this.epochs = epochs;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.seed = seed;
        this.schedule = schedule;
        this.l1 = l1;
        this.l2 = l2;
        this.dropout = dropout;
        this.loss = loss;
        this.patience = patience;
        this.validationFraction = validationFraction;
        this.clipNorm = clipNorm;
        this.listeners = listeners;
    }

    /**
     * The default configuration (see the class description).
     *
     * @return a trainer
     */
    public static Trainer withDefaults() {
        return new Trainer(Optimizer.adam(1e-3), 100, 32, true, 0L, Schedule.constant(), 0, 0, 0,
                Loss.standard(), 0, 0, Double.POSITIVE_INFINITY, List.of());
    }

    private Trainer copy(Optimizer o, int ep, int bs, boolean sh, long sd, Schedule sc, double a1, double a2,
                         double dr, Loss lo, int pa, double vf, double cn, List<TrainingListener> li) {
        return new Trainer(o, ep, bs, sh, sd, sc, a1, a2, dr, lo, pa, vf, cn, li);
    }

    /**
     * @param optimizer the optimizer
     * @return a new trainer
     * @throws NullPointerException if {@code optimizer} is null
     */
    public Trainer withOptimizer(Optimizer optimizer) {
        return copy(Checks.notNull(optimizer, "optimizer"), epochs, batchSize, shuffle, seed, schedule, l1, l2, dropout,
                loss, patience, validationFraction, clipNorm, listeners);
    }

    /**
     * @param epochs maximum number of epochs, at least 1
     * @return a new trainer
     * @throws IllegalArgumentException if {@code epochs < 1}
     */
    public Trainer withEpochs(int epochs) {
        return copy(optimizer, Checks.positive(epochs, "epochs"), batchSize, shuffle, seed, schedule, l1, l2, dropout,
                loss, patience, validationFraction, clipNorm, listeners);
    }

    /**
     * @param batchSize rows per mini-batch, at least 1 (the last batch of an epoch may be smaller;
     *                  a size at least the number of rows gives full-batch gradient descent)
     * @return a new trainer
     * @throws IllegalArgumentException if {@code batchSize < 1}
     */
    public Trainer withBatchSize(int batchSize) {
        return copy(optimizer, epochs, Checks.positive(batchSize, "batchSize"), shuffle, seed, schedule, l1, l2, dropout,
                loss, patience, validationFraction, clipNorm, listeners);
    }

    /**
     * @param on whether to reshuffle the rows every epoch (default on)
     * @return a new trainer
     */
    public Trainer withShuffle(boolean on) {
        return copy(optimizer, epochs, batchSize, on, seed, schedule, l1, l2, dropout, loss, patience,
                validationFraction, clipNorm, listeners);
    }

    /**
     * @param s seed of shuffling, dropout masks and the validation split
     * @return a new trainer
     */
    public Trainer withSeed(long s) {
        return copy(optimizer, epochs, batchSize, shuffle, s, schedule, l1, l2, dropout, loss, patience,
                validationFraction, clipNorm, listeners);
    }

    /**
     * @param schedule the learning-rate schedule
     * @return a new trainer
     * @throws NullPointerException if {@code schedule} is null
     */
    public Trainer withSchedule(Schedule schedule) {
        return copy(optimizer, epochs, batchSize, shuffle, seed, Checks.notNull(schedule, "schedule"), l1, l2, dropout,
                loss, patience, validationFraction, clipNorm, listeners);
    }

    /**
     * @param l1 L1 penalty \( \lambda_1 \ge 0 \) on the weights
     * @return a new trainer
     * @throws IllegalArgumentException if negative or not finite
     */
    public Trainer withL1(double l1) {
        return copy(optimizer, epochs, batchSize, shuffle, seed, schedule, penalty(l1, "l1"), l2, dropout, loss,
                patience, validationFraction, clipNorm, listeners);
    }

    /**
     * @param l2 L2 penalty \( \lambda_2 \ge 0 \) on the weights (penalty \( \tfrac{\lambda_2}{2}\lVert W\rVert^2 \))
     * @return a new trainer
     * @throws IllegalArgumentException if negative or not finite
     */
    public Trainer withL2(double l2) {
        return copy(optimizer, epochs, batchSize, shuffle, seed, schedule, l1, penalty(l2, "l2"), dropout, loss,
                patience, validationFraction, clipNorm, listeners);
    }

    private static double penalty(double lambda, String name) {
        Checks.finite(lambda, name);
        return Checks.nonNegative(lambda, name);
    }

    /**
     * @param dropout probability \( p \) of zeroing each hidden unit during training, in [0, 1);
     *                kept units are scaled by \( 1/(1-p) \) (inverted dropout), so inference needs
     *                no change
     * @return a new trainer
     * @throws IllegalArgumentException if out of range
     */
    public Trainer withDropout(double dropout) {
        Checks.inRange(dropout, 0.0, Math.nextDown(1.0), "dropout");
        return copy(optimizer, epochs, batchSize, shuffle, seed, schedule, l1, l2, dropout, loss, patience,
                validationFraction, clipNorm, listeners);
    }

    /**
     * @param loss the loss (class weights, focal exponent)
     * @return a new trainer
     * @throws NullPointerException if {@code loss} is null
     */
    public Trainer withLoss(Loss loss) {
        return copy(optimizer, epochs, batchSize, shuffle, seed, schedule, l1, l2, dropout,
                Checks.notNull(loss, "loss"), patience, validationFraction, clipNorm, listeners);
    }

    /**
     * Shorthand for {@code withLoss(loss().withClassWeights(weights))}.
     *
     * @param weights one positive weight per class
     * @return a new trainer
     * @throws IllegalArgumentException if a weight is not positive and finite
     */
    public Trainer withClassWeights(double... weights) {
        return withLoss(loss.withClassWeights(weights));
    }

    /**
     * @param patience patience in epochs (at least 1); early stopping needs validation data
     * @return a new trainer
     * @throws IllegalArgumentException if {@code patience < 1}
     */
    public Trainer withEarlyStopping(int patience) {
        return copy(optimizer, epochs, batchSize, shuffle, seed, schedule, l1, l2, dropout, loss,
                Checks.positive(patience, "patience"), validationFraction, clipNorm, listeners);
    }

    /**
     * @param validationFraction fraction of the training rows held out for validation when
     *                           {@code fit} gets no validation data, in [0, 1) (0 = none)
     * @return a new trainer
     * @throws IllegalArgumentException if out of range
     */
    public Trainer withValidationFraction(double validationFraction) {
        Checks.inRange(validationFraction, 0.0, Math.nextDown(1.0), "validationFraction");
        return copy(optimizer, epochs, batchSize, shuffle, seed, schedule, l1, l2, dropout, loss, patience,
                validationFraction, clipNorm, listeners);
    }

    /**
     * @param maxNorm clip the global L2 norm of all gradients to this value (&gt; 0)
     * @return a new trainer
     * @throws IllegalArgumentException if not positive
     */
    public Trainer withGradientClipping(double maxNorm) {
        Checks.positive(maxNorm, "maxNorm");
        return copy(optimizer, epochs, batchSize, shuffle, seed, schedule, l1, l2, dropout, loss, patience,
                validationFraction, maxNorm, listeners);
    }

    /**
     * @param listener a listener added to the existing ones
     * @return a new trainer
     * @throws NullPointerException if {@code listener} is null
     */
    public Trainer withListener(TrainingListener listener) {
        List<TrainingListener> l = new ArrayList<>(listeners);
        l.add(Checks.notNull(listener, "listener"));
        return copy(optimizer, epochs, batchSize, shuffle, seed, schedule, l1, l2, dropout, loss, patience,
                validationFraction, clipNorm, List.copyOf(l));
    }

    /**
     * Adds a {@link ConsoleProgress} display writing to {@code out}.
     *
     * @param out the stream
     * @return a new trainer
     * @throws NullPointerException if {@code out} is null
     */
    public Trainer withProgress(PrintStream out) {
        return withListener(ConsoleProgress.to(out));
    }

    /** @return the optimizer */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** @return the maximum number of epochs */
    public int epochs() {
        return epochs;
    }

    /** @return the mini-batch size */
    public int batchSize() {
        return batchSize;
    }

    /** @return the loss */
    public Loss loss() {
        return loss;
    }

    // ---------------------------------------------------------------- fit

    /**
     * Trains a classifier.
     *
     * @param mlp the initial network (not modified)
     * @param x   rows, not modified
     * @param y   class labels, not modified
     * @return the trained network and the history
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the data are empty, shapes disagree, a value is not finite,
     *                                  a label is out of range, the loss does not fit the network, or
     *                                  early stopping is on without validation data, or training
     *                                  diverges (see the class notes)
     * @throws IllegalStateException    if the network is a regression network
     */
    public TrainingResult fit(Mlp mlp, double[][] x, int[] y) {
        return fit(mlp, x, y, null, null);
    }

    /**
     * Trains a classifier with explicit validation data (used for the history and early stopping).
     *
     * @param mlp  the initial network (not modified)
     * @param x    training rows, not modified
     * @param y    training labels, not modified
     * @param xVal validation rows (or null for none), not modified
     * @param yVal validation labels (or null), not modified
     * @return the trained network and the history
     * @throws NullPointerException     if {@code mlp}, {@code x} or {@code y} is null
     * @throws IllegalArgumentException as {@link #fit(Mlp, double[][], int[])}
     * @throws IllegalStateException    as {@link #fit(Mlp, double[][], int[])}
     */
    public TrainingResult fit(Mlp mlp, double[][] x, int[] y, double[][] xVal, int[] yVal) {
        Objects.requireNonNull(mlp, "mlp");
        if (!mlp.output().isClassification()) {
            throw new IllegalStateException("this network has a LINEAR output; pass double targets");
        }
        loss.requireCompatible(mlp);
        Checks.notNull(y, "y");
        double[][] fx = inputs(x, mlp.numInputs(), "x");
        Checks.sameLength(x.length, "x", y.length, "y");
        Checks.labels(y, mlp.numClasses(), "y");
        Data validation = null;
        if (xVal != null || yVal != null) {
            double[][] fv = inputs(Checks.notNull(xVal, "xVal"), mlp.numInputs(), "xVal");
            Checks.sameLength(xVal.length, "xVal", Checks.notNull(yVal, "yVal").length, "yVal");
            Checks.labels(yVal, mlp.numClasses(), "yVal");
            validation = new Data(fv, new ClassLabels(yVal.clone()));
        }
        return run(mlp, new Data(fx, new ClassLabels(y.clone())), validation);
    }

    /**
     * Trains a regression network.
     *
     * @param mlp the initial network with a {@link Output#LINEAR} output (not modified)
     * @param x   rows, not modified
     * @param y   targets, {@code numOutputs()} per row, not modified
     * @return the trained network and the history
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the data are empty, shapes disagree, a value is not finite,
     *                                  or training diverges (see the class notes)
     * @throws IllegalStateException    if the network is a classifier
     */
    public TrainingResult fit(Mlp mlp, double[][] x, double[][] y) {
        return fit(mlp, x, y, null, null);
    }

    /**
     * Trains a regression network with explicit validation data.
     *
     * @param mlp  the initial network (not modified)
     * @param x    training rows, not modified
     * @param y    training targets, not modified
     * @param xVal validation rows (or null), not modified
     * @param yVal validation targets (or null), not modified
     * @return the trained network and the history
     * @throws NullPointerException     if {@code mlp}, {@code x} or {@code y} is null
     * @throws IllegalArgumentException as {@link #fit(Mlp, double[][], double[][])}
     * @throws IllegalStateException    as {@link #fit(Mlp, double[][], double[][])}
     */
    public TrainingResult fit(Mlp mlp, double[][] x, double[][] y, double[][] xVal, double[][] yVal) {
        Objects.requireNonNull(mlp, "mlp");
        if (mlp.output().isClassification()) {
            throw new IllegalStateException("this network is a " + mlp.output() + " classifier; pass int labels");
        }
        loss.requireCompatible(mlp);
        double[][] fx = inputs(x, mlp.numInputs(), "x");
        double[] ft = flatten(y, mlp.numOutputs(), "y");
        Checks.sameLength(x.length, "x", y.length, "y");
        Data validation = null;
        if (xVal != null || yVal != null) {
            double[][] fv = inputs(Checks.notNull(xVal, "xVal"), mlp.numInputs(), "xVal");
            double[] ftv = flatten(Checks.notNull(yVal, "yVal"), mlp.numOutputs(), "yVal");
            Checks.sameLength(xVal.length, "xVal", yVal.length, "yVal");
            validation = new Data(fv, new RealTargets(ftv, mlp.numOutputs()));
        }
        return run(mlp, new Data(fx, new RealTargets(ft, mlp.numOutputs())), validation);
    }

    /**
     * Trains a single-output regression network.
     *
     * @param mlp the initial network (not modified)
     * @param x   rows, not modified
     * @param y   one target per row, not modified
     * @return the trained network and the history
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #fit(Mlp, double[][], double[][])}
     * @throws IllegalStateException    as {@link #fit(Mlp, double[][], double[][])}
     */
    public TrainingResult fit(Mlp mlp, double[][] x, double[] y) {
        return fit(mlp, x, Rows.column(y, "y"), null, null);
    }

    /**
     * Trains on a dataset: labels for a classification dataset, targets for a regression one.
     *
     * @param mlp  the initial network (not modified)
     * @param data the data
     * @return the trained network and the history
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as the other {@code fit} methods
     * @throws IllegalStateException    as the other {@code fit} methods
     */
    public TrainingResult fit(Mlp mlp, Dataset data) {
        Checks.notNull(data, "data");
        return data.isClassification() ? fit(mlp, data.features(), data.labels())
                : fit(mlp, data.features(), data.targets());
    }

    /**
     * The checks of {@link #flatten} for input rows, without the copy (each batch copies its rows
     * anyway): one pass over the values, and on any failure {@link Checks#finiteMatrix} for its
     * message. Returns a copy of the array of rows (the rows themselves are read, never written).
     */
    private static double[][] inputs(double[][] x, int width, String name) {
        Objects.requireNonNull(x, name);
        boolean rectangular = x.length > 0 && x[0] != null && x[0].length > 0;
        double probe = 0.0; // stays zero while every value is finite
        for (int i = 0; rectangular && i < x.length; i++) {
            double[] row = x[i];
            rectangular = row != null && row.length == x[0].length;
            if (rectangular) {
                probe += finiteProbe(row);
            }
        }
        if (!rectangular || probe != 0.0) {
            Checks.finiteMatrix(x, name); // throws, naming the row (and column) at fault
        }
        if (x[0].length != width) {
            throw new IllegalArgumentException(name + " has " + x[0].length + " columns but the network expects "
                    + width);
        }
        return x.clone();
    }

    /**
     * Zero (of either sign) if every value of {@code row} is finite, NaN otherwise (0 times inf or
     * NaN); eight independent sums, so that the additions overlap.
     */
    private static double finiteProbe(double[] row) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        double s4 = 0.0;
        double s5 = 0.0;
        double s6 = 0.0;
        double s7 = 0.0;
        int j = 0;
        for (; j + 8 <= row.length; j += 8) {
            s0 += row[j] * 0.0;
            s1 += row[j + 1] * 0.0;
            s2 += row[j + 2] * 0.0;
            s3 += row[j + 3] * 0.0;
            s4 += row[j + 4] * 0.0;
            s5 += row[j + 5] * 0.0;
            s6 += row[j + 6] * 0.0;
            s7 += row[j + 7] * 0.0;
        }
        for (; j < row.length; j++) {
            s0 += row[j] * 0.0;
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    private static double[] flatten(double[][] x, int width, String name) {
        Checks.finiteMatrix(x, name);
        if (x[0].length != width) {
            throw new IllegalArgumentException(name + " has " + x[0].length + " columns but the network expects "
                    + width);
        }
        double[] f = new double[x.length * width];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, f, i * width, width);
        }
        return f;
    }

    /** Splits off validation data when asked to, then trains. */
    private TrainingResult run(Mlp mlp, Data train, Data validation) {
        if (validation == null && validationFraction > 0) {
            int[][] split = split(train.targets());
            validation = train.select(split[1]);
            train = train.select(split[0]);
        }
        if (patience > 0 && validation == null) {
            throw new IllegalArgumentException("early stopping needs validation data: pass xVal/yVal to fit "
                    + "or set withValidationFraction(f) with f > 0");
        }
        return new Run(mlp, train, validation).execute();
    }

    /**
     * The seeded validation split of \( m = \mathrm{round}(f\,n) \) rows: for labels, stratified
     * by class with {@link ClassBalance#stratifiedHoldout(int[][], int, RandomGenerator)} (the
     * largest-remainder rule shared with {@code eval}'s {@code Splits.stratifiedHoldout}); for real
     * targets, the first \( m \) rows of a seeded permutation.
     *
     * @return the training rows and the validation rows, each in increasing order
     */
    private int[][] split(Targets targets) {
        int n = targets.rows();
        RandomGenerator rng = Randomness.stream(seed, 2);
        boolean[] val = new boolean[n];
        int nVal = (int) Math.round(validationFraction * n);
        if (targets instanceof ClassLabels c) {
            int[] y = c.labels();
            int[][] byClass = ClassBalance.rowsByClass(y, Checks.classCount(y, Mlp.MAX_UNITS, "y"));
            for (int r : ClassBalance.stratifiedHoldout(byClass, nVal, rng)[1]) {
                val[r] = true;
            }
        } else {
            int[] perm = Randomness.permutation(n, rng);
            for (int i = 0; i < nVal; i++) {
                val[perm[i]] = true;
            }
        }
        if (nVal == 0 || nVal == n) {
            throw new IllegalArgumentException("validationFraction " + validationFraction + " of " + n
                    + " rows leaves an empty training or validation set");
        }
        int[] tr = new int[n - nVal];
        int[] va = new int[nVal];
        int a = 0;
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (val[i]) {
                va[c++] = i;
            } else {
                tr[a++] = i;
            }
        }
        return new int[][] {tr, va};
    }

    /**
     * Input rows with their targets.
     *
     * @param x       input rows (the caller's, checked; read, never written)
     * @param targets labels or real targets, one entry (or row) per input row
     */
    private record Data(double[][] x, Targets targets) {

        int rows() {
            return targets.rows();
        }

        Data select(int[] rows) {
            double[][] out = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                out[i] = x[rows[i]];
            }
            return new Data(out, targets.select(rows));
        }

        /** Copies rows {@code idx[from .. from + n)} (or {@code from .. from + n} when {@code idx} is null) to {@code buf}. */
        void gather(int[] idx, int from, int n, double[] buf) {
            int width = x[0].length;
            for (int i = 0; i < n; i++) {
                System.arraycopy(x[idx == null ? from + i : idx[from + i]], 0, buf, i * width, width);
            }
        }
    }

    /** The state of one fit call: parameters, workspace, optimizer, history. */
    private final class Run {
        private final Mlp initial;
        private final int[] sizes;
        private final int layers;
        private final Data train;
        private final Data validation;
        private final double[][] w;
        private final double[][] b;
        private final double[][] gw;
        private final double[][] gb;
        private final double[][] params;
        private final double[][] grads;
        private final double[] classWeights;
        private final Engine engine;
        private final Engine evalEngine;
        private final Updater updater;
        private final RandomGenerator shuffleRng = Randomness.stream(seed, 0);
        private final RandomGenerator dropoutRng = Randomness.stream(seed, 1);
        private final double[] xb;
        /** Rows of a validation chunk ({@link #evaluate()}); null without validation data. */
        private final double[] xv;
        private final Targets yb;
        private final int[] order;
        private final double[] hLoss = new double[epochs];
        private final double[] hAcc = new double[epochs];
        private final double[] hVLoss = new double[epochs];
        private final double[] hVAcc = new double[epochs];
        private double bestLoss = Double.POSITIVE_INFINITY;
        private int bestEpoch = -1;
        private double[][] bestW;
        private double[][] bestB;
        private boolean stopped;
        private int ran;

        Run(Mlp mlp, Data train, Data validation) {
            this.initial = mlp;
            this.sizes = mlp.layerSizes();
            this.layers = sizes.length - 1;
            this.train = train;
            this.validation = validation;
            this.w = new double[layers][];
            this.b = new double[layers][];
            this.gw = new double[layers][];
            this.gb = new double[layers][];
            this.params = new double[2 * layers][];
            this.grads = new double[2 * layers][];
            for (int l = 0; l < layers; l++) {
                w[l] = l == 0 ? transpose(mlp.flatWeights(0), sizes[1], sizes[0]) : mlp.flatWeights(l);
                b[l] = mlp.biases(l);
                gw[l] = new double[w[l].length];
                gb[l] = new double[b[l].length];
                params[2 * l] = w[l];
                params[2 * l + 1] = b[l];
                grads[2 * l] = gw[l];
                grads[2 * l + 1] = gb[l];
            }
            double[] cw = loss.classWeights();
            this.classWeights = cw.length == 0 ? null : cw;
            Activation[] hidden = new Activation[layers - 1];
            for (int l = 0; l < hidden.length; l++) {
                hidden[l] = mlp.activation(l);
            }
            int n = train.rows();
            int cap = Math.min(batchSize, n);
            // the first layer input-major during training (see Engine), transposed back in result()
            this.engine = new Engine(sizes, hidden, mlp.output(), cap, true, true);
            this.evalEngine = validation == null ? null
                    : new Engine(sizes, hidden, mlp.output(), Math.min(validation.rows(), 256), false, true);
            this.updater = new Updater(optimizer, params);
            this.xb = new double[cap * sizes[0]];
            this.xv = evalEngine == null ? null : new double[evalEngine.capacity() * sizes[0]];
            this.yb = train.targets().buffer(cap);
            this.order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
        }

        TrainingResult execute() {
            long start = System.nanoTime();
            for (int epoch = 0; epoch < epochs; epoch++) {
                double lr = schedule.learningRate(optimizer.learningRate(), epoch, epochs);
                trainEpoch(epoch, lr);
                if (validation != null) {
                    validate(epoch);
                }
                EpochSummary s = new EpochSummary(epoch, epochs, hLoss[epoch], hAcc[epoch], hVLoss[epoch],
                        hVAcc[epoch], lr, System.nanoTime() - start);
                for (TrainingListener li : listeners) {
                    li.onEpochEnd(s);
                }
                if (patience > 0 && epoch - bestEpoch >= patience) {
                    stopped = epoch + 1 < epochs;
                    break;
                }
            }
            return result();
        }

        /** One pass over the shuffled training rows in mini-batches; records the epoch's loss and accuracy. */
        private void trainEpoch(int epoch, double lr) {
            if (shuffle) {
                Randomness.shuffle(order, shuffleRng);
            }
            int n = train.rows();
            int cap = engine.capacity();
            int batches = (n + cap - 1) / cap;
            double lossSum = 0.0;
            long correct = 0;
            for (int batch = 0; batch < batches; batch++) {
                int nb = fillBatch(batch * cap, Math.min(cap, n - batch * cap));
                engine.forward(w, b, xb, nb, true, dropout, dropoutRng);
                correct += countCorrect(engine.logits(), nb, yb, 0);
                double batchLoss = engine.loss(yb, 0, classWeights, loss.focalGamma(), true);
                if (!Double.isFinite(batchLoss)) {
                    throw diverged("the loss is " + batchLoss + " in epoch " + (epoch + 1) + ", batch "
                            + (batch + 1), lr, null);
                }
                step(lr);
                lossSum += batchLoss * nb;
                for (TrainingListener li : listeners) {
                    li.onBatchEnd(epoch, batch, batches, batchLoss);
                }
            }
            hLoss[epoch] = lossSum / n;
            hAcc[epoch] = train.targets() instanceof ClassLabels ? (double) correct / n : Double.NaN;
            hVLoss[epoch] = Double.NaN;
            hVAcc[epoch] = Double.NaN;
            ran = epoch + 1;
        }

        /** Copies rows {@code order[from .. from + nb)} into the batch buffers; returns {@code nb}. */
        private int fillBatch(int from, int nb) {
            train.gather(order, from, nb, xb);
            Targets targets = train.targets();
            for (int i = 0; i < nb; i++) {
                targets.copyRow(order[from + i], yb, i);
            }
            return nb;
        }

        /** Backpropagation, penalties, clipping and the optimizer step, after a forward pass and loss. */
        private void step(double lr) {
            engine.backward(w, gw, gb);
            addPenalties();
            if (clipNorm < Double.POSITIVE_INFINITY) {
                clip();
            }
            updater.step(params, grads, lr);
        }

        /** The validation loss and accuracy of the epoch; keeps the best weights for early stopping. */
        private void validate(int epoch) {
            double[] va = evaluate();
            hVLoss[epoch] = va[0];
            hVAcc[epoch] = va[1];
            if (va[0] < bestLoss) {
                bestLoss = va[0];
                bestEpoch = epoch;
                if (patience > 0) {
                    bestW = deepCopy(w);
                    bestB = deepCopy(b);
                }
            }
        }

        private TrainingResult result() {
            double[][] finalW = w;
            double[][] finalB = b;
            if (patience > 0 && bestW != null) {
                finalW = bestW;
                finalB = bestB;
            }
            finalW = finalW.clone();
            finalW[0] = transpose(finalW[0], sizes[0], sizes[1]);
            if (bestEpoch < 0) {
                bestEpoch = ran - 1;
            }
            History h = new History(Arrays.copyOf(hLoss, ran), Arrays.copyOf(hAcc, ran),
                    Arrays.copyOf(hVLoss, ran), Arrays.copyOf(hVAcc, ran), bestEpoch, stopped);
            Mlp trained;
            try {
                trained = initial.withParameters(finalW, finalB);
            } catch (IllegalArgumentException e) {
                throw diverged("the trained parameters are not finite (" + e.getMessage() + ")",
                        optimizer.learningRate(), e);
            }
            return new TrainingResult(trained, h);
        }

        /**
         * The divergence error: names the scale of x (and of the targets y in regression) and the
         * learning rate, the arguments that cause it.
         */
        private IllegalArgumentException diverged(String what, double lr, Exception cause) {
            boolean regression = train.targets() instanceof RealTargets;
            String targets = regression
                    ? ", the largest |y| is " + largestMagnitude(((RealTargets) train.targets()).values()) : "";
            return new IllegalArgumentException("training diverged: " + what + "; the largest |x| is "
                    + largestMagnitude(train.x()) + targets + " and the learning rate " + lr + ": standardise x"
                    + (regression ? " and y" : "") + " (StandardScaler), lower the learning rate or clip gradients "
                    + "(withGradientClipping)", cause);
        }

        private static double largestMagnitude(double[] v) {
            double largest = 0;
            for (double a : v) {
                largest = Math.max(largest, Math.abs(a));
            }
            return largest;
        }

        private static double largestMagnitude(double[][] rows) {
            double largest = 0;
            for (double[] row : rows) {
                largest = Math.max(largest, largestMagnitude(row));
            }
            return largest;
        }

        private void addPenalties() {
            if (l1 == 0.0 && l2 == 0.0) {
                return;
            }
            for (int l = 0; l < layers; l++) {
                double[] p = w[l];
                double[] g = gw[l];
                for (int i = 0; i < p.length; i++) {
                    g[i] += l2 * p[i] + l1 * Math.signum(p[i]);
                }
            }
        }

        private void clip() {
            double sq = 0.0;
            // in the order of the network's layout (output-major), whatever the engine's
            int in = sizes[0];
            int out = sizes[1];
            for (int o = 0; o < out; o++) {
                for (int i = 0; i < in; i++) {
                    double v = gw[0][i * out + o];
                    sq += v * v;
                }
            }
            for (int k = 1; k < grads.length; k++) {
                for (double v : grads[k]) {
                    sq += v * v;
                }
            }
            double coef = clipNorm / (Math.sqrt(sq) + 1e-6);
            if (coef < 1.0) {
                for (double[] g : grads) {
                    for (int i = 0; i < g.length; i++) {
                        g[i] *= coef;
                    }
                }
            }
        }

        /** Mean validation loss (class-weighted as in training) and accuracy (NaN for regression). */
        private double[] evaluate() {
            int nv = validation.rows();
            Targets yv = validation.targets();
            int cap = evalEngine.capacity();
            double lossSum = 0.0;
            double weightSum = 0.0;
            long correct = 0;
            for (int from = 0; from < nv; from += cap) {
                int nb = Math.min(cap, nv - from);
                validation.gather(null, from, nb, xv);
                evalEngine.forward(w, b, xv, nb, false, 0.0, null);
                correct += countCorrect(evalEngine.logits(), nb, yv, from);
                double bw = yv instanceof ClassLabels c ? c.weight(from, nb, classWeights) : nb;
                lossSum += evalEngine.loss(yv, from, classWeights, loss.focalGamma(), false) * bw;
                weightSum += bw;
            }
            return new double[] {lossSum / weightSum, yv instanceof ClassLabels ? (double) correct / nv : Double.NaN};
        }

        /** Rows of a batch whose arg-max (or sign, for one output) is the label; 0 for real targets. */
        private long countCorrect(double[] z, int nb, Targets targets, int offset) {
            if (!(targets instanceof ClassLabels c)) {
                return 0;
            }
            int[] labels = c.labels();
            int m = sizes[layers];
            long count = 0;
            for (int i = 0; i < nb; i++) {
                int predicted = m == 1 ? (z[i] > 0.0 ? 1 : 0) : Rows.argmax(z, i * m, m);
                if (predicted == labels[offset + i]) {
                    count++;
                }
            }
            return count;
        }
    }

    /** The transpose of a row-major {@code rows × cols} matrix (written in order: twice as fast as read in order). */
    private static double[] transpose(double[] m, int rows, int cols) {
        double[] t = new double[m.length];
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                t[c * rows + r] = m[r * cols + c];
            }
        }
        return t;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    @Override
    public String toString() {
        return "Trainer[" + optimizer + ", epochs=" + epochs + ", batchSize=" + batchSize + ", shuffle=" + shuffle
                + ", seed=" + seed + ", " + schedule + (l1 > 0 ? ", l1=" + Format.sig(l1) : "")
                + (l2 > 0 ? ", l2=" + Format.sig(l2) : "") + (dropout > 0 ? ", dropout=" + Format.sig(dropout) : "")
                + ", " + loss + (patience > 0 ? ", patience=" + patience : "")
                + (validationFraction > 0 ? ", validationFraction=" + Format.sig(validationFraction) : "")
                + (clipNorm < Double.POSITIVE_INFINITY ? ", clipNorm=" + Format.sig(clipNorm) : "") + "]";
    }
}
