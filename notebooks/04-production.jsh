// Chapter 4: from research to production.
// Run from the repository root:  ./jshell.sh notebooks/04-production.jsh
// The Jupyter notebook 04-production.ipynb is generated from this file: java notebooks/Generate.java

// %% [markdown]
// # 4. From research to production
//
// Research ML optimises one number on a fixed, clean benchmark. Production ML serves many
// stakeholders — data scientists want accuracy, product managers fast answers, infrastructure
// engineers small and stable models, the business fairness and explanations it can defend —
// on data that change over time. The course notes on research versus production ML and on
// the ML life cycle name what changes: **latency** (not only throughput), **model files and
// versions**, **interpretability** (which features drive the model), **fairness** across groups
// of people, and **monitoring for drift** with retraining when the data move.

// %% [markdown]
// ## Setup
//
// The imports, and the helper of chapter 1 that saves each figure under `notebooks/figures/`
// (`figures/` in Jupyter) and shows it inline in a Java kernel.

// %%
import dev.statlearn.core.*;
import dev.statlearn.core.data.*;
import dev.statlearn.core.preprocess.*;
import dev.statlearn.eval.*;
import dev.statlearn.eval.monitor.*;
import dev.statlearn.eval.validation.*;
import dev.statlearn.nn.*;
import dev.statlearn.nn.deploy.*;
import dev.statlearn.nn.train.*;
import dev.statlearn.plot.*;
import java.nio.file.*;
import java.security.MessageDigest;
import java.util.*;
import java.util.random.*;
import java.util.stream.*;

String chapter = "04-production";
Path figures = Path.of(System.getProperty("statlearn.figures",
        Files.isDirectory(Path.of("notebooks")) ? "notebooks/figures" : "figures"));

void show(Figure figure, String name) {
    Path file = figure.save(figures.resolve(chapter + "-" + name + ".png"));
    System.out.println("figure " + file.getFileName() + " (" + figure.width() + "x" + figure.height() + ")");
    // inside a Jupyter Java kernel (JJava or IJava) also show it inline; plain JShell has only the file
    for (String kernel : List.of("org.dflib.jjava.jupyter.kernel.BaseNotebookStatics", "org.dflib.jjava.runtime.Display",
            "io.github.spencerpark.ijava.runtime.Display")) {
        try {
            Class.forName(kernel).getMethod("display", Object.class).invoke(null, figure.toImage());
            return;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // not this kernel
        }
    }
}

// %% [markdown]
// ## 4.1 Latency, not only accuracy
//
// Two candidate digit classifiers: a "research" model with a wide hidden layer and a small
// one. For a user waiting on an answer, what counts is the **latency** of one prediction; a
// batch job cares about **throughput** (predictions per second). We measure both on this
// machine — the numbers vary from run to run and from machine to machine, so read the ratios,
// not the digits.

// %%
Dataset digits = Datasets.digits();
Split split = Splits.stratifiedHoldout(digits.labels(), 0.25, Randomness.seeded(21));
MinMaxScaler pixels = MinMaxScaler.fit(split.trainOf(digits).features());
Dataset train = pixels.transform(split.trainOf(digits));
Dataset test = pixels.transform(split.testOf(digits));
Mlp trainDigits(int hidden) {
    return Trainer.withDefaults().withOptimizer(Optimizer.adam(0.005)).withEpochs(15).withBatchSize(32).withSeed(22).
            fit(Mlp.builder(64).hidden(hidden, Activation.RELU).output(10, Output.SOFTMAX).seed(22).build(), train).model();
}
Mlp large = trainDigits(512);
Mlp small = trainDigits(32);

/** Median and 99th percentile of single-row latency in microseconds, and batch throughput in rows/s. */
double[] timing(InferenceModel model, double[][] x) {
    for (int i = 0; i < 3000; i++) model.predict(x[i % x.length]);   // warm up the JIT
    long[] nanos = new long[2000];
    for (int i = 0; i < nanos.length; i++) {
        long t0 = System.nanoTime();
        model.predict(x[i % x.length]);
        nanos[i] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    long t0 = System.nanoTime();
    for (int r = 0; r < 5; r++) model.predict(x);
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new double[] {nanos[nanos.length / 2] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3, 5 * x.length / seconds};
}
double accuracy(InferenceModel model) {
    return ConfusionMatrix.of(test.labels(), model.predict(test.features()), 10).accuracy();
}
Map<String, InferenceModel> candidates = new LinkedHashMap<>();
candidates.put("large (512 hidden)", large);
candidates.put("small (32 hidden)", small);
candidates.put("large, int8", QuantizedMlp.int8(large));
candidates.put("small, int8", QuantizedMlp.int8(small));
System.out.printf("%-20s %9s %10s %13s %13s %14s%n", "model", "accuracy", "size (kB)", "median (us)", "p99 (us)", "rows / second");
for (var c : candidates.entrySet()) {
    double[] t = timing(c.getValue(), test.features());
    System.out.printf("%-20s %9.4f %10.1f %13.1f %13.1f %,14.0f%n", c.getKey(), accuracy(c.getValue()),
            c.getValue().sizeInBytes() / 1024.0, t[0], t[1], t[2]);
}

// %% [markdown]
// The large model is slightly more accurate (0.9889 against 0.9800 on 450 test images: four
// images), but sixteen times bigger and several times slower per prediction. Which one ships is
// a product decision the notes illustrate with exactly this trade-off: production usually
// prefers the model that answers fast and reliably enough. Look at the 99th percentile too:
// users notice the slow tail, not the median.
//
// int8 quantization shrinks a model about 6.6 times without changing its accuracy here. Whether
// it is also *faster* depends on the implementation and the hardware (on the JVM the int8 weights
// are converted back while multiplying, which can cost more than it saves for a large layer):
// measure on the target machine before you promise a speed-up.
//
// ## 4.2 Model files and versions
//
// A model in production is an artefact with an identity. We save the chosen model, record a
// content hash as its version, and check that the file reloads to an identical model. The file
// format holds only numbers (no code is deserialised), and a damaged file is rejected with a
// message instead of producing a silently different model.

// %%
Path modelDir = Files.createTempDirectory("models");
Path modelFile = modelDir.resolve("digits-small.slnn");
small.save(modelFile);
byte[] bytes = Files.readAllBytes(modelFile);
String version = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
Mlp reloaded = Mlp.load(modelFile);
System.out.printf("%s: %,d bytes, version sha256:%s, %s%n", modelFile.getFileName(), bytes.length, version, reloaded);
System.out.println("reloaded model identical: " + reloaded.equals(small)
        + ", same predictions: " + Arrays.equals(reloaded.predict(test.features()), small.predict(test.features())));
byte[] damaged = bytes.clone();
damaged[damaged.length / 2] ^= 0x55;
Files.write(modelFile, damaged);
try {
    Mlp.load(modelFile);
    System.out.println("damaged file loaded (unexpected)");
} catch (java.io.IOException e) {
    System.out.println("damaged file rejected: " + e.getMessage());
}
Files.delete(modelFile);
Files.delete(modelDir);

// %% [markdown]
// ## 4.3 Interpretability: which features does the model use?
//
// **Permutation importance** asks how much a model's score drops when one feature's values are
// shuffled across the rows, which breaks the link between that feature and the target while
// keeping its distribution. It works for any model and is computed on held-out data. We use the
// breast-cancer screening model of chapter 2, scored by balanced accuracy.

// %%
Dataset cancer = Datasets.breastCancer().oneVsRest(0);   // 1 = malignant
Split cancerSplit = Splits.stratifiedHoldout(cancer.labels(), 0.3, Randomness.seeded(23));
StandardScaler cancerScaler = StandardScaler.fit(cancerSplit.trainOf(cancer).features());
Dataset cancerTrain = cancerScaler.transform(cancerSplit.trainOf(cancer));
Dataset cancerTest = cancerScaler.transform(cancerSplit.testOf(cancer));
Mlp screen = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.01)).withEpochs(20).withBatchSize(32).withSeed(24).
        fit(Mlp.builder(30).hidden(16, Activation.RELU).output(2, Output.SOFTMAX).seed(24).build(), cancerTrain).model();
PermutationImportance importance = PermutationImportance.of(cancerTest, screen::predict, ConfusionMatrix::balancedAccuracy, 10, Randomness.seeded(25));
System.out.printf("balanced accuracy on %d held-out tumours: %.4f%n", cancerTest.size(), importance.baselineScore());
System.out.println("largest drops when a feature is shuffled (mean +- sd over 10 shuffles):");
for (FeatureImportance f : importance.ranked().subList(0, 6)) {
    System.out.printf("  %-22s %.4f +- %.4f%n", f.feature(), f.mean(), f.sd());
}

// %% [markdown]
// No single feature is indispensable: the drops are small, because the 30 measurements are
// strongly correlated (radius, perimeter and area describe the same size), so shuffling one
// leaves its twins in place. Permutation importance measures what the *model* relies on, not
// what is causally related to cancer — a correlated group shares its importance.
//
// ## 4.4 Fairness across groups
//
// A model can be accurate on average and still treat groups of people differently. The diabetes
// data record the sex of 442 patients. Suppose a clinic flags patients whose disease is likely
// to progress faster than the median over the next year. We train a model *without* the sex
// column and then ask, per group: how often is a patient flagged (selection rate), how many of
// the fast progressors are flagged (true-positive rate), how many of the others are flagged
// (false-positive rate)?

// %%
Dataset diabetes = Datasets.diabetes();
double medianProgression = Arrays.stream(diabetes.targets()).sorted().toArray()[diabetes.size() / 2];
int[] fast = Arrays.stream(diabetes.targets()).mapToInt(t -> t > medianProgression ? 1 : 0).toArray();
int[] sex = Arrays.stream(diabetes.column(1)).mapToInt(v -> (int) v - 1).toArray();   // groups 0 and 1
double[][] withoutSex = Arrays.stream(diabetes.features()).map(r -> new double[] {r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9]}).toArray(double[][]::new);
Dataset progression = Dataset.classification(withoutSex, fast, List.of("age", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"), List.of("slower", "faster"));
Split dSplit = Splits.stratifiedHoldout(fast, 0.4, Randomness.seeded(26));
StandardScaler dScaler = StandardScaler.fit(dSplit.trainOf(progression).features());
Mlp triage = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.01)).withEpochs(30).withBatchSize(32).withSeed(27).
        fit(Mlp.builder(9).hidden(8, Activation.RELU).output(2, Output.SOFTMAX).seed(27).build(), dScaler.transform(dSplit.trainOf(progression))).model();
Dataset dTest = dScaler.transform(dSplit.testOf(progression));
int[] dGroup = Arrays.stream(dSplit.test()).map(i -> sex[i]).toArray();
GroupFairness fairness = GroupFairness.of(dTest.labels(), triage.predict(dTest.features()), dGroup);
System.out.printf("held-out patients: %d, accuracy %.4f%n", dTest.size(),
        ConfusionMatrix.of(dTest.labels(), triage.predict(dTest.features())).accuracy());
System.out.println(fairness);

// %% [markdown]
// Leaving the sex column out does not make a model fair: other features (body-mass index, blood
// measurements) can carry the same information, and the groups can differ in how often the
// outcome occurs. The table shows the rates per group; the differences summarise them —
// *demographic parity* compares selection rates, *equal opportunity* the true-positive rates,
// *equalized odds* the larger of the TPR and FPR gaps. With about 90 patients per group these
// differences are themselves uncertain by several percentage points, so a real audit needs more
// data and confidence intervals; the point is to measure before deploying, per group, not only
// on average.
//
// ## 4.5 Drift: when the data move
//
// A deployed model sees data from a world that keeps changing. We simulate the notes' scenario
// on the screening model: a new imaging device, phased in over four months, measures every size
// feature (radius, perimeter, area and their errors and worst values) a few percent larger.
// Each month we compare the new data with the training data (the reference) feature by feature —
// population stability index (PSI) and a Kolmogorov–Smirnov test — and we look at what the
// model does.

// %%
Dataset reference = cancerSplit.trainOf(cancer);
Dataset incoming = cancerSplit.testOf(cancer);
int[] sizeFeatures = {0, 2, 3, 10, 12, 13, 20, 22, 23};
Dataset month(double factor) {
    double[][] x = incoming.features();
    for (double[] row : x) for (int j : sizeFeatures) row[j] *= factor;
    return incoming.withFeatures(x).withName("month, sizes x" + factor);
}
System.out.printf("%-8s %7s %8s %9s %9s %10s %9s %9s%n", "month", "factor", "drifted", "max PSI", "flagged", "precision", "recall", "accuracy");
Dataset lastMonth = null;
DriftReport lastReport = null;
for (int m = 0; m <= 4; m++) {
    double factor = 1 + 0.04 * m;
    Dataset current = month(factor);
    DriftReport report = DriftReport.of(reference, current);
    int[] predicted = screen.predict(cancerScaler.transform(current).features());
    ConfusionMatrix cm = ConfusionMatrix.of(current.labels(), predicted);
    double maxPsi = report.features().stream().mapToDouble(FeatureDrift::psi).max().getAsDouble();
    System.out.printf("%-8d %7.2f %8d %9.4f %9.4f %10.4f %9.4f %9.4f%n", m, factor,
            report.withVerdict(FeatureDrift.Verdict.DRIFT).size(), maxPsi,
            (double) cm.predictedCount(1) / cm.total(), cm.precision(1), cm.recall(1), cm.accuracy());
    lastMonth = current;
    lastReport = report;
}
System.out.println("month 4, most drifted features:");
lastReport.features().stream().sorted(Comparator.comparingDouble(FeatureDrift::psi).reversed()).limit(4).
        forEach(f -> System.out.println("  " + f));
show(MonitoringPlots.drift(reference, lastMonth, lastReport), "drift");

// %% [markdown]
// ![Drift per feature, month 4](figures/04-production-drift.png)
//
// Month 0 is the undisturbed held-out data: no feature drifts, although the largest PSI is
// already about 0.2 — the noise floor of a 10-bin PSI on 171 rows, worth knowing before
// setting alarm levels. From month 3 the report flags four size features. Meanwhile the model
// flags more tumours as malignant: recall stays where it was (bigger looks more malignant) but
// precision falls from 1.0 to 0.94 — more benign tumours are sent for follow-up.
// In the figure the drifted size features are red; the yellow "warnings" on unchanged features
// are that same noise floor. The labels needed to see the precision drop arrive late in practice (biopsies
// take time); the drift report needs no labels at all, which is why monitoring the *inputs* is
// the early warning. When it fires, the life cycle closes: collect and label recent data,
// retrain, validate (prediction quality *and* latency), version, redeploy.
/exit
