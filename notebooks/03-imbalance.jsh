// Chapter 3: class imbalance.
// Run from the repository root:  ./jshell.sh notebooks/03-imbalance.jsh
// The Jupyter notebook 03-imbalance.ipynb is generated from this file: java notebooks/Generate.java

// %% [markdown]
// # 3. Class imbalance
//
// Frauds among card payments, defects on a production line, a rare disease: in many real
// problems the class we care about is a small minority. The course notes on MLOps list what
// goes wrong and what to do about it: accuracy stops meaning anything; metrics must look at
// each class (balanced accuracy, G-mean, MCC, IBA); precision–recall curves say more than ROC
// curves; the data can be resampled (over-sampling, under-sampling, SMOTE) — *inside*
// cross-validation only; the learner can weight the classes; and the decision threshold can
// move.
//
// Our running example: recognising the digit **8** among all handwritten digits. 174 of the
// 1,797 images are eights, about one in ten.

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
import dev.statlearn.eval.calibration.*;
import dev.statlearn.eval.curve.*;
import dev.statlearn.eval.resample.*;
import dev.statlearn.eval.threshold.*;
import dev.statlearn.eval.validation.*;
import dev.statlearn.nn.*;
import dev.statlearn.nn.train.*;
import dev.statlearn.plot.*;
import java.nio.file.*;
import java.util.*;
import java.util.random.*;
import java.util.stream.*;

String chapter = "03-imbalance";
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
// ## 3.1 Why accuracy misleads
//
// A "model" that answers *not an eight* for every image never finds an eight — and is right
// 90% of the time.

// %%
Dataset eights = Datasets.digits().oneVsRest(8);
eights = eights.withLabels(eights.labels(), List.of("other digit", "eight")).withName("digits (8 vs rest)");
System.out.println(eights);
int[] y = eights.labels();
ConfusionMatrix lazy = ConfusionMatrix.of(y, new int[y.length]);   // always predicts 0
System.out.printf("always 'other digit': accuracy %.4f, balanced accuracy %.4f, G-mean %.4f, MCC %.4f, recall of eights %.4f%n",
        lazy.accuracy(), lazy.balancedAccuracy(), lazy.gMean(), lazy.mcc(), lazy.recall(1));

// %% [markdown]
// Metrics that look at every class expose it at once:
//
// * **balanced accuracy** — the mean of the per-class recalls; 0.5 for any constant answer;
// * **G-mean** — $\sqrt{\text{recall} \times \text{specificity}}$; zero if either class is never found;
// * **MCC** (Matthews correlation) — the correlation between truth and prediction, from −1 to 1,
//   0 for a constant or random answer; it uses all four cells of the confusion matrix;
// * **IBA** (index balanced accuracy) — the G-mean squared, weighted by
//   $1 + \alpha(\text{recall} - \text{specificity})$ to favour the classifier that does better on
//   the minority class.
//
// ## 3.2 A real model, and its report
//
// We split the images into training (60%), validation (20%, for choosing a threshold) and test
// (20%), stratified so that each part keeps one eight in ten. Pixel scaling is fitted on the
// training part. The model: a small network (16 hidden units) trained for 15 epochs.

// %%
Split outer = Splits.stratifiedHoldout(y, 0.2, Randomness.seeded(11));
Dataset rest = outer.trainOf(eights);
Split inner = Splits.stratifiedHoldout(rest.labels(), 0.25, Randomness.seeded(12));
MinMaxScaler pixels = MinMaxScaler.fit(inner.trainOf(rest).features());
Dataset train = pixels.transform(inner.trainOf(rest));
Dataset validation = pixels.transform(inner.testOf(rest));
Dataset test = pixels.transform(outer.testOf(eights));
System.out.println("train " + train + "\nvalidation " + validation + "\ntest " + test);

Mlp fitNetwork(Dataset data, int hidden, double[] classWeights, long seed) {
    Mlp.Builder b = Mlp.builder(data.numFeatures());
    if (hidden > 0) b = b.hidden(hidden, Activation.RELU);
    Trainer t = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.01)).withEpochs(15).withBatchSize(32).withSeed(seed);
    if (classWeights != null) t = t.withClassWeights(classWeights);
    return t.fit(b.output(2, Output.SOFTMAX).seed(seed).build(), data).model();
}
double[] scores(Mlp model, Dataset data) {
    return Arrays.stream(model.predictProba(data.features())).mapToDouble(p -> p[1]).toArray();
}
Mlp plain = fitNetwork(train, 16, null, 13);
double[] testScores = scores(plain, test);
int[] testPred = plain.predict(test.features());
ConfusionMatrix plainCm = ConfusionMatrix.of(test.labels(), testPred);
System.out.println(plainCm);
System.out.printf("accuracy %.4f, balanced accuracy %.4f, G-mean %.4f, MCC %.4f%n",
        plainCm.accuracy(), plainCm.balancedAccuracy(), plainCm.gMean(), plainCm.mcc());
System.out.println(ClassificationReport.of(plainCm, List.of("other digit", "eight"), 0.1));

// %% [markdown]
// Read the report per class: precision, recall, specificity, F1, the geometric mean and IBA
// (with $\alpha = 0.1$). The model is excellent on the majority class and clearly weaker on the
// eights, which accuracy alone hides.
//
// ## 3.3 ROC against precision–recall
//
// The ROC curve plots the true-positive rate against the false-positive rate over all
// thresholds. With many negatives, even a large number of false positives is a small *rate*, so
// ROC curves look flattering on imbalanced data. The precision–recall curve asks instead: of the
// images flagged as eights, how many are eights? Its chance level is the prevalence (0.1), not
// 0.5. We compare the network with a weaker model, logistic regression (no hidden layer).

// %%
Mlp logistic = fitNetwork(train, 0, null, 13);
double[] logisticScores = scores(logistic, test);
Map<String, double[]> models = new LinkedHashMap<>();
models.put("MLP, 16 hidden units", testScores);
models.put("logistic regression", logisticScores);
for (var m : models.entrySet()) {
    System.out.printf("%-22s ROC AUC %s (DeLong), average precision %.4f%n", m.getKey(),
            DeLong.of(test.labels(), m.getValue()).confidenceInterval(0.95),
            PrecisionRecallCurve.averagePrecision(test.labels(), m.getValue()));
}
var paired = DeLong.compare(test.labels(), testScores, logisticScores);
System.out.printf("paired DeLong test of the two AUCs: difference %.4f, z = %.2f, p = %.4f%n",
        paired.difference(), paired.z(), paired.pValue());
show(EvaluationPlots.roc(test.labels(), models), "roc");
show(EvaluationPlots.precisionRecall(test.labels(), models), "precision-recall");

// %% [markdown]
// ![ROC curves](figures/03-imbalance-roc.png)
// ![Precision-recall curves](figures/03-imbalance-precision-recall.png)
//
// Both ROC curves hug the top-left corner and their AUCs look close; the precision–recall
// curves separate the two models much more clearly, because they ignore the (easy, numerous)
// true negatives.
//
// What if eights were rarer still? Keep every other image but only one eight in five: the ROC
// AUC does not care (it is a property of the score distributions of each class), while the
// average precision drops, because now every false positive weighs more against fewer true
// positives.

// %%
System.out.printf("all test images, prevalence %.4f: ROC AUC %.4f, average precision %.4f%n",
        Arrays.stream(test.labels()).average().getAsDouble(), RocCurve.auc(test.labels(), testScores),
        PrecisionRecallCurve.averagePrecision(test.labels(), testScores));
// five disjoint ways to keep one eight in five (7 eights each), averaged so that the result does not hang on 7 images
int[] testEights = IntStream.range(0, test.size()).filter(i -> test.label(i) == 1).toArray();
double rarerAuc = 0, rarerAp = 0, rarerPrevalence = 0;
for (int r = 0; r < 5; r++) {
    int offset = r;
    Set<Integer> kept = IntStream.range(0, testEights.length).filter(k -> k % 5 == offset).mapToObj(k -> testEights[k]).collect(Collectors.toSet());
    int[] rows = IntStream.range(0, test.size()).filter(i -> test.label(i) == 0 || kept.contains(i)).toArray();
    int[] rowsY = Arrays.stream(rows).map(i -> test.label(i)).toArray();
    double[] rowsScores = Arrays.stream(rows).mapToDouble(i -> testScores[i]).toArray();
    rarerAuc += RocCurve.auc(rowsY, rowsScores) / 5;
    rarerAp += PrecisionRecallCurve.averagePrecision(rowsY, rowsScores) / 5;
    rarerPrevalence += Arrays.stream(rowsY).average().getAsDouble() / 5;
}
System.out.printf("one eight in five kept,  prevalence %.4f: ROC AUC %.4f, average precision %.4f (means of 5 subsets)%n",
        rarerPrevalence, rarerAuc, rarerAp);

// %% [markdown]
// ## 3.4 Resampling, and where it belongs
//
// Resampling changes the training data so that the learner sees the classes in other
// proportions: **random over-sampling** repeats minority rows, **random under-sampling** drops
// majority rows, and **SMOTE** creates synthetic minority rows on the line segments between a
// minority row and one of its $k$ nearest minority neighbours. To see SMOTE at work in two
// dimensions we use the breast-cancer data, keeping only one malignant tumour in six.

// %%
Dataset cancer = Datasets.breastCancer().oneVsRest(0);
cancer = cancer.withLabels(cancer.labels(), List.of("benign", "malignant"));
Dataset c = cancer;
Dataset rareCancer = cancer.select(IntStream.range(0, cancer.size()).filter(i -> c.label(i) == 0 || i % 6 == 0).toArray()).
        withName("breast cancer, 1 in 6 malignant kept");
Resampled smoted = Resampling.smote(rareCancer, 5, Randomness.seeded(14));
System.out.println(rareCancer);
System.out.println(smoted);
show(MonitoringPlots.classCounts(rareCancer, smoted), "class-counts");
show(MonitoringPlots.synthetic(smoted, "mean radius", "mean concave points"), "smote");

// %% [markdown]
// ![Class counts before and after SMOTE](figures/03-imbalance-class-counts.png)
// ![SMOTE's synthetic rows](figures/03-imbalance-smote.png)
//
// The synthetic points fill the space *between* real malignant tumours. That is also the risk:
// a synthetic row is built from real rows, so if it lands in a validation fold while its
// parents are in the training folds, the model is tested on near-copies of what it learned.
// **Resampling must happen inside cross-validation, on each training fold only**; the
// validation folds keep the true class proportions. `CrossValidation.withResampler` does that.
// Below: five remedies, evaluated by 5-fold stratified cross-validation on the training and
// validation images, and — for contrast — the common mistake of applying SMOTE to the whole
// data before splitting.

// %%
Dataset development = pixels.transform(rest);
Learner<Classifier> net(boolean weighted) {
    return (data, rng) -> {
        Mlp m = fitNetwork(data, 16, weighted ? ClassWeights.balanced(data.labels(), 2) : null, rng.nextLong());
        return m::predict;
    };
}
CrossValidation cv = CrossValidation.stratifiedKFold(5).withMetrics(FoldMetric.balancedAccuracy(),
        FoldMetric.recall(1), FoldMetric.precision(1), FoldMetric.f1(1), FoldMetric.mcc());
Map<String, CrossValidationResult> remedies = new LinkedHashMap<>();
remedies.put("nothing", cv.classify(development, net(false), Randomness.seeded(15)));
remedies.put("random over-sampling", cv.withResampler(Resampling::randomOversample).classify(development, net(false), Randomness.seeded(15)));
remedies.put("random under-sampling", cv.withResampler(Resampling::randomUndersample).classify(development, net(false), Randomness.seeded(15)));
remedies.put("SMOTE (k = 5)", cv.withResampler((d, rng) -> Resampling.smote(d, 5, rng)).classify(development, net(false), Randomness.seeded(15)));
remedies.put("balanced class weights", cv.classify(development, net(true), Randomness.seeded(15)));
Dataset leaky = Resampling.smote(development, 5, Randomness.seeded(16)).dataset();
remedies.put("SMOTE BEFORE splitting", cv.classify(leaky, net(false), Randomness.seeded(15)));
System.out.printf("%-24s %10s %10s %10s %10s %10s%n", "remedy", "bal. acc", "recall", "precision", "F1", "MCC");
for (var r : remedies.entrySet()) {
    System.out.printf("%-24s", r.getKey());
    for (String metric : List.of("balanced accuracy", "recall(1)", "precision(1)", "F1(1)", "MCC")) {
        System.out.printf(" %10.4f", r.getValue().metric(metric).mean());
    }
    System.out.println();
}
System.out.println("balanced class weights for this data: " + Arrays.toString(
        Arrays.stream(ClassWeights.balanced(development.labels(), 2)).map(w -> Math.round(w * 1e4) / 1e4).toArray()));

// %% [markdown]
// Every remedy trades precision for recall: the learner is told that eights matter more, so it
// flags more of them, and more wrongly. Under-sampling throws away 90% of the majority images
// and pays for it in precision. Class weights (class $c$ weighted by $n / (k\,n_c)$: an eight
// weighs 5.17, any other digit 0.55) have a similar effect to over-sampling without copying a
// single row.
//
// The last line is the mistake: SMOTE applied before the split. Its numbers look best of all —
// because its validation folds are full of synthetic eights interpolated from training eights.
// Those numbers would not survive contact with real data.
//
// ## 3.5 Moving the threshold
//
// Resampling and class weights shift the model's probabilities. There is a cheaper lever that
// leaves the model alone: the **decision threshold**. The plain model's scores are ranked well
// (high ROC AUC); only the cut at 0.5 is not where we want it. We choose a threshold on the
// validation images by several criteria and then look at the test images.

// %%
double[] valScores = scores(plain, validation);
RocCurve valRoc = RocCurve.of(validation.labels(), valScores);
Map<String, OperatingPoint> criteria = new LinkedHashMap<>();
criteria.put("0.5 (default)", Thresholds.at(validation.labels(), valScores, 0.5));
criteria.put("Youden's J", Thresholds.youden(valRoc));
criteria.put("max F1", Thresholds.maxFBeta(valRoc, 1.0));
criteria.put("max G-mean", Thresholds.maxGMean(valRoc));
criteria.put("max MCC", Thresholds.maxMcc(valRoc));
System.out.printf("%-14s %10s | on the test images: %8s %8s %10s %8s%n", "criterion", "threshold", "recall", "precision", "bal. acc", "MCC");
for (var e : criteria.entrySet()) {
    double t = e.getValue().threshold();
    ConfusionMatrix cm = ConfusionMatrix.of(test.labels(), Arrays.stream(testScores).mapToInt(s -> s >= t ? 1 : 0).toArray(), 2);
    System.out.printf("%-14s %10.4f | %28.4f %8.4f %10.4f %8.4f%n", e.getKey(), t, cm.recall(1), cm.precision(1),
            cm.balancedAccuracy(), cm.mcc());
}
show(EvaluationPlots.thresholds(valRoc, criteria.get("max F1")), "thresholds");

// %% [markdown]
// ![Metrics against the threshold](figures/03-imbalance-thresholds.png)
//
// Youden's J and the G-mean push the threshold down and buy recall; F1 and MCC balance recall
// against precision. The model is the same in every row — only the decision changes.
//
// Finally, what class weights do to the *probabilities*. A weighted loss trains the model for a
// world where eights are as common as all other digits together, so it pushes the predicted
// probability of an eight up. Whether that hurts depends on where the model started; a
// reliability diagram bins the predicted probabilities and compares each bin with the observed
// share of eights.

// %%
Mlp weighted = fitNetwork(train, 16, ClassWeights.balanced(train.labels(), 2), 13);
double[] weightedScores = scores(weighted, test);
Map<String, ReliabilityTable> calibration = new LinkedHashMap<>();
calibration.put("plain", ReliabilityTable.of(test.labels(), testScores, 10));
calibration.put("balanced class weights", ReliabilityTable.of(test.labels(), weightedScores, 10));
for (var e : calibration.entrySet()) {
    System.out.printf("%-24s expected calibration error %.4f, Brier score %.4f, log loss %.4f%n", e.getKey(),
            e.getValue().expectedCalibrationError(), ProbabilityScores.brierScore(test.labels(), e.getKey().equals("plain") ? testScores : weightedScores),
            ProbabilityScores.logLoss(test.labels(), e.getKey().equals("plain") ? testScores : weightedScores));
}
System.out.printf("share of eights in the test images %.4f; mean predicted probability of an eight: plain %.4f, weighted %.4f%n",
        Arrays.stream(test.labels()).average().getAsDouble(), Arrays.stream(testScores).average().getAsDouble(),
        Arrays.stream(weightedScores).average().getAsDouble());
System.out.printf("images with a predicted probability between 0.1 and 0.9: plain %d, weighted %d%n",
        Arrays.stream(testScores).filter(v -> v > 0.1 && v < 0.9).count(), Arrays.stream(weightedScores).filter(v -> v > 0.1 && v < 0.9).count());
show(EvaluationPlots.reliability(calibration), "reliability");

// %% [markdown]
// ![Reliability diagram](figures/03-imbalance-reliability.png)
//
// Here the plain network, trained for only 15 epochs, *under*-predicts eights (mean predicted
// probability 0.078 against a true share of 0.097), and the weights happen to move it closer
// (0.091): lower calibration error, Brier score and log loss. With 35 eights in the test images
// the diagram is noisy, and most predictions sit near 0 or 1 anyway. The lesson is not "weights
// calibrate" but "check": if the probabilities themselves matter (expected costs, risk scores),
// measure their calibration, and prefer threshold moving when you only need a better decision.
//
// **Summary.** On imbalanced data: report per-class metrics (balanced accuracy, G-mean, MCC,
// IBA) and precision–recall curves; resample only inside the training folds; consider class
// weights as the copy-free alternative; and remember that the threshold is a decision you can
// move — with the costs of the business, as in chapter 2.
/exit
