// Chapter 2: the universal workflow of machine learning.
// Run from the repository root:  ./jshell.sh notebooks/02-workflow.jsh
// The Jupyter notebook 02-workflow.ipynb is generated from this file: java notebooks/Generate.java

// %% [markdown]
// # 2. The universal workflow of machine learning
//
// Most tutorials start with a clean dataset and end with a test score. A real project has more
// steps, and the course notes list them: **frame the problem** (what goes in, what comes out,
// what success means to the people who will use it), **collect and understand the data**, choose
// a **measure of success** and an **evaluation protocol**, **beat a baseline**, **overfit, then
// regularise**, and finally **deploy**: explain the model in business terms, ship a compact
// inference model, monitor it.
//
// We walk through them on a real problem: the breast-cancer data (569 tumours, 30 measurements
// of cell nuclei from a biopsy image). The task: flag tumours that are likely malignant, so that
// a specialist looks at them first.

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
import dev.statlearn.eval.curve.*;
import dev.statlearn.eval.threshold.*;
import dev.statlearn.eval.validation.*;
import dev.statlearn.nn.*;
import dev.statlearn.nn.deploy.*;
import dev.statlearn.nn.train.*;
import dev.statlearn.plot.*;
import java.nio.file.*;
import java.util.*;
import java.util.random.*;
import java.util.stream.*;

String chapter = "02-workflow";
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
// ## 2.1 Frame the problem and look at the data
//
// Input: 30 real-valued measurements per tumour. Output: malignant or not — a binary
// classification. We make "malignant" the positive class (label 1) with `oneVsRest`. Before any
// model, the notes ask us to look: how many examples of each class (is there an imbalance?), are
// there missing values, what ranges do the features take, and is there a feature that would not
// be available at prediction time (target leakage)?

// %%
Dataset cancer = Datasets.breastCancer().oneVsRest(0);   // 1 = malignant
cancer = cancer.withLabels(cancer.labels(), List.of("benign", "malignant")).withName("breast_cancer (malignant vs benign)");
System.out.println(cancer);
long missing = Arrays.stream(cancer.features()).flatMapToDouble(Arrays::stream).filter(Double::isNaN).count();
System.out.println("missing values: " + missing);
for (int j : new int[] {0, 3, 9, 23}) {
    double[] col = cancer.column(j);
    System.out.printf("%-24s min %10.4f  max %10.4f%n", cancer.featureNames().get(j),
            Arrays.stream(col).min().getAsDouble(), Arrays.stream(col).max().getAsDouble());
}
show(DataPlots.histograms(cancer, DataPlots.AUTO_BINS, true, 0, 1, 4, 7, 20, 27), "histograms");

// %% [markdown]
// ![Feature histograms by class](figures/02-workflow-histograms.png)
//
// No missing values; 37% of the tumours are malignant (a mild imbalance). The features live on
// wildly different scales — areas in the thousands, fractal dimensions below 0.1 — so they must
// be standardised before a neural network sees them. Several features (radius, concave points)
// separate the classes well on their own; the scatter matrix shows how strongly the size
// features are correlated with each other.

// %%
show(DataPlots.scatterMatrix(cancer, 0, 1, 7, 27), "scatter-matrix");

// %% [markdown]
// ![Scatter matrix](figures/02-workflow-scatter-matrix.png)
//
// ## 2.2 Choose a measure of success
//
// Accuracy treats a missed cancer and an unnecessary follow-up as equally bad. They are not:
// for a screening tool the **recall of the malignant class** (the share of cancers flagged)
// matters most, with precision (how many flags are real) as the cost side. Because the classes
// are imbalanced we also track **balanced accuracy**, the mean of the recalls of both classes,
// which a constant prediction cannot inflate.
//
// ## 2.3 Choose an evaluation protocol, and keep a test set aside
//
// With 569 examples a single validation split would be noisy, so we use **stratified 5-fold
// cross-validation** for all modelling decisions and put 20% of the data aside as a final test
// set that we touch once, at the end.

// %%
Split testSplit = Splits.stratifiedHoldout(cancer.labels(), 0.2, Randomness.seeded(2026));
Dataset dev = testSplit.trainOf(cancer);
Dataset test = testSplit.testOf(cancer);
System.out.println("development set: " + dev);
System.out.println("test set:        " + test);

// %% [markdown]
// **Preprocessing is part of the model.** A scaler learns a mean and a standard deviation; if
// it learns them from rows that later serve as validation or test data, information leaks from
// the evaluation into the model. So the scaler is fitted on the training rows only and applied
// unchanged to the others — in cross-validation, on each training fold separately
// (`withPreprocessor`).

// %%
StandardScaler devScaler = StandardScaler.fit(dev.features());
StandardScaler allScaler = StandardScaler.fit(cancer.features());
System.out.printf("mean area: mean %.4f, sd %.4f fitted on the development rows; %.4f, %.4f if the test rows leak in%n",
        devScaler.mean()[3], devScaler.scale()[3], allScaler.mean()[3], allScaler.scale()[3]);

// %% [markdown]
// ## 2.4 Beat a baseline
//
// A model is only useful if it beats common sense. `withBaselines(true)` evaluates two
// baselines on the same folds: always predicting the majority class, and guessing at random in
// the class proportions. Our first model is the simplest neural network there is — no hidden
// layer, a softmax on a linear map, which is logistic regression.

// %%
Learner<Classifier> network(int hidden, int epochs) {
    return (train, rng) -> {
        Mlp.Builder b = Mlp.builder(train.numFeatures());
        if (hidden > 0) b = b.hidden(hidden, Activation.RELU);
        Mlp net = b.output(2, Output.SOFTMAX).seed(rng.nextLong()).build();
        Mlp model = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.01)).withEpochs(epochs).
                withBatchSize(32).withSeed(rng.nextLong()).fit(net, train).model();
        return model::predict;
    };
}
CrossValidation cv = CrossValidation.stratifiedKFold(5).withPreprocessor(StandardScaler::fit).withBaselines(true).
        withMetrics(FoldMetric.accuracy(), FoldMetric.balancedAccuracy(), FoldMetric.recall(1), FoldMetric.precision(1));
CrossValidationResult linearCv = cv.classify(dev, network(0, 20), Randomness.seeded(1));
System.out.println(linearCv);

// %% [markdown]
// The majority baseline reaches about 63% accuracy without looking at a single feature — and a
// recall of zero. Logistic regression beats it by a wide margin on every metric: the data hold
// the signal. Does a hidden layer help?

// %%
CrossValidationResult mlpCv = cv.withBaselines(false).classify(dev, network(16, 20), Randomness.seeded(1));
System.out.println(mlpCv);
System.out.printf("recall of malignant: linear %.4f +- %.4f, one hidden layer %.4f +- %.4f%n",
        linearCv.metric("recall(1)").mean(), linearCv.metric("recall(1)").sd(),
        mlpCv.metric("recall(1)").mean(), mlpCv.metric("recall(1)").sd());

// %% [markdown]
// The difference is within one standard deviation across folds: on this small, nearly linearly
// separable problem a hidden layer buys little. That is a finding, not a failure — the simpler
// model is cheaper and easier to explain.
//
// ## 2.5 Overfit, then regularise
//
// To see overfitting clearly we need a model with far more capacity than data. We take the
// digits (8×8 images, ten classes), train on only 300 of them and validate on the rest, with a
// wide hidden layer (256 units, 19,210 parameters) for 60 epochs. The training loss keeps falling;
// the validation loss reaches its minimum early and then rises — the model starts memorising.
// Then we try the notes' remedies: dropout, an L2 penalty on the weights, and early stopping.

// %%
Dataset digits = Datasets.digits();
Split digitSplit = Splits.stratifiedHoldout(digits.labels(), 1497.0 / 1797, Randomness.seeded(3));
MinMaxScaler pixelScaler = MinMaxScaler.fit(digitSplit.trainOf(digits).features());
Dataset digitTrain = pixelScaler.transform(digitSplit.trainOf(digits));
Dataset digitVal = pixelScaler.transform(digitSplit.testOf(digits));
System.out.println("train " + digitTrain.size() + " images, validate on " + digitVal.size());

Map<String, Trainer> variants = new LinkedHashMap<>();
Trainer base = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.005)).withEpochs(60).withBatchSize(32).withSeed(4);
variants.put("no regularisation", base);
variants.put("dropout 0.5", base.withDropout(0.5));
variants.put("L2 1e-3", base.withL2(1e-3));
variants.put("early stopping (5)", base.withEarlyStopping(5));
Map<String, History> histories = new LinkedHashMap<>();
System.out.printf("%-20s %6s %11s %10s %10s %9s%n", "", "epochs", "best epoch", "train loss", "val loss", "val acc");
for (var v : variants.entrySet()) {
    Mlp net = Mlp.builder(64).hidden(256, Activation.RELU).output(10, Output.SOFTMAX).seed(5).build();
    TrainingResult r = v.getValue().fit(net, digitTrain.features(), digitTrain.labels(), digitVal.features(), digitVal.labels());
    History h = r.history();
    double acc = ConfusionMatrix.of(digitVal.labels(), r.model().predict(digitVal.features()), 10).accuracy();
    histories.put(v.getKey(), h);
    System.out.printf("%-20s %6d %11d %10.4f %10.4f %9.4f%n", v.getKey(), h.epochs(), h.bestEpoch() + 1,
            h.finalTrainLoss(), h.validationLoss()[h.epochs() - 1], acc);
}
System.out.println(histories.get("no regularisation"));
show(TrainingPlots.history(histories.get("no regularisation")), "overfitting");
show(TrainingPlots.history(histories.get("dropout 0.5")), "dropout");

// %% [markdown]
// ![Loss and accuracy per epoch, no regularisation](figures/02-workflow-overfitting.png)
// ![Loss and accuracy per epoch, dropout 0.5](figures/02-workflow-dropout.png)
//
// Read the table row by row. Without regularisation the training loss goes to almost zero
// (0.0013) and the training accuracy reaches 100%, while the validation loss was lowest at
// epoch 22 and creeps up afterwards: the model memorises the 300 images, classic
// overfitting. Dropout (each hidden unit switched off with probability 0.5 while training)
// keeps improving until the end and gives the best validation loss and accuracy. The L2 penalty
// at this strength holds the weights back (higher training loss) without helping validation:
// its strength is a hyperparameter to tune on validation data like any other. Early stopping
// halts after 5 epochs without improvement, at epoch 27 instead of 60, with the best weights of
// epoch 22 — the same quality at less than half the cost. Accuracy moves less than the loss,
// which also punishes over-confident mistakes.
//
// ## 2.6 The decision threshold, in business terms
//
// The network outputs a probability of malignancy; the action (refer to a specialist or not)
// needs a **threshold**. The default 0.5 is arbitrary. We choose the threshold on held-out
// validation data — never on the test set — and describe each candidate the way the notes
// recommend: not "recall 0.97" but "per 1,000 patients screened, so many cancers caught and so
// many unnecessary referrals". We assume a screening population where 5% of the tumours are
// malignant, and that a missed cancer costs as much as 20 unnecessary referrals.

// %%
Split valSplit = Splits.stratifiedHoldout(dev.labels(), 0.25, Randomness.seeded(6));
StandardScaler fitScaler = StandardScaler.fit(valSplit.trainOf(dev).features());
Dataset fitPart = fitScaler.transform(valSplit.trainOf(dev));
Dataset valPart = fitScaler.transform(valSplit.testOf(dev));
Mlp screen = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.01)).withEpochs(20).withBatchSize(32).withSeed(7).
        fit(Mlp.builder(30).hidden(16, Activation.RELU).output(2, Output.SOFTMAX).seed(7).build(), fitPart).model();
double[] valScores = Arrays.stream(screen.predictProba(valPart.features())).mapToDouble(p -> p[1]).toArray();
RocCurve valRoc = RocCurve.of(valPart.labels(), valScores);
System.out.printf("validation ROC AUC %.4f on %d tumours%n", valRoc.auc(), valPart.size());
OperatingPoint atHalf = Thresholds.at(valPart.labels(), valScores, 0.5);
OperatingPoint minCost = Thresholds.minExpectedCost(valRoc, 1.0, 20.0);
OperatingPoint precise = Thresholds.maxRecallAtPrecision(valRoc, 0.95);
for (OperatingPoint op : List.of(atHalf, minCost, precise)) {
    System.out.println(op);
    System.out.println("  " + op.project(1000, 0.05).describe("patients screened", "malignant tumours", "benign tumours"));
}
show(EvaluationPlots.thresholds(valRoc, minCost, 1.0, 20.0), "thresholds");

// %% [markdown]
// ![Metrics and expected cost against the threshold](figures/02-workflow-thresholds.png)
//
// The same model gives very different products depending on the threshold. The cost-based
// threshold is low: it accepts more unnecessary referrals to miss fewer cancers. The
// high-precision threshold refers fewer patients but misses more. Which one is right is a
// business decision; the data scientist's job is to put the consequences in these terms.
//
// ## 2.7 The final test
//
// With every decision made on the development data, we evaluate once on the test set:
// a model trained on all development rows, the cost-based threshold chosen above.

// %%
StandardScaler finalScaler = StandardScaler.fit(dev.features());
Dataset devScaled = finalScaler.transform(dev);
Dataset testScaled = finalScaler.transform(test);
Mlp finalModel = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.01)).withEpochs(20).withBatchSize(32).withSeed(7).
        fit(Mlp.builder(30).hidden(16, Activation.RELU).output(2, Output.SOFTMAX).seed(7).build(), devScaled).model();
double[] testScores = Arrays.stream(finalModel.predictProba(testScaled.features())).mapToDouble(p -> p[1]).toArray();
int[] testPred = Arrays.stream(testScores).mapToInt(s -> s >= minCost.threshold() ? 1 : 0).toArray();
ConfusionMatrix testCm = ConfusionMatrix.of(testScaled.labels(), testPred);
System.out.println(testCm);
System.out.println(ClassificationReport.of(testCm, List.of("benign", "malignant"), 0.1));
System.out.printf("test ROC AUC %.4f, 95%% DeLong interval %s%n", RocCurve.auc(testScaled.labels(), testScores),
        DeLong.of(testScaled.labels(), testScores).confidenceInterval(0.95));
show(EvaluationPlots.confusionMatrix(testCm.withClassNames(List.of("benign", "malignant"))), "test-confusion");

// %% [markdown]
// ![Confusion matrix on the test set](figures/02-workflow-test-confusion.png)
//
// On the test set the cost-based threshold catches 41 of the 42 malignant tumours (recall
// 0.9762, in line with cross-validation) at the price of 8 benign tumours referred — the trade we
// chose. Accuracy (0.9211) is lower than at the default threshold, and that is fine: it is not
// the measure of success we picked. Had the test numbers been much worse than the validation
// numbers, we would suspect that our many decisions overfit the validation data.
//
// ## 2.8 Ship an inference model: files, pruning and int8
//
// A production model leaves the training environment. The library writes a small, safe binary
// file (no code is deserialised). For devices with little memory or strict latency, two
// optimisations from the notes: **weight pruning** (zero the smallest weights) and **int8
// quantization** (8-bit weights with one scale per layer). `Comparison` reports how often the
// compact model agrees with the original and what it costs in accuracy.

// %%
Path modelFile = Files.createTempFile("cancer-screen", ".slnn");
finalModel.save(modelFile);
System.out.printf("model file: %,d bytes, %d parameters; reloaded model equal: %s%n",
        Files.size(modelFile), finalModel.numParameters(), Mlp.load(modelFile).equals(finalModel));
Files.delete(modelFile);
Mlp digitModel = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.005)).withEpochs(20).withBatchSize(32).withSeed(8).
        fit(Mlp.builder(64).hidden(128, Activation.RELU).output(10, Output.SOFTMAX).seed(8).build(),
            digitVal.features(), digitVal.labels()).model();   // digits: train on the larger part this time
System.out.println("digits model, evaluated on the 300 images it did not see:");
System.out.println("  pruned 50%: " + Comparison.of(digitModel, PrunedMlp.of(digitModel, 0.5), digitTrain.features(), digitTrain.labels()));
System.out.println("  pruned 90%: " + Comparison.of(digitModel, PrunedMlp.of(digitModel, 0.9), digitTrain.features(), digitTrain.labels()));
System.out.println("  int8:       " + Comparison.of(digitModel, QuantizedMlp.int8(digitModel), digitTrain.features(), digitTrain.labels()));

// %% [markdown]
// The int8 model is 6.6 times smaller and here does not change a single prediction. Pruning half
// of the weights costs one prediction in 300, but saves little memory (a sparse layer stores an
// index with every weight); pruning 90% destroys this small network. What is acceptable depends
// on the device and the use — measure it, as here, on data the model did not see.
//
// The last step of the workflow — monitoring the deployed model and retraining it when the data
// drift — is the subject of chapter 4.
/exit
