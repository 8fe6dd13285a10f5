// ---- eval: validation protocols, imbalance remedies, drift, fairness, permutation importance ----
import dev.statlearn.nn.*;
import dev.statlearn.nn.train.*;
System.out.println("\n== eval: validation protocols and imbalance remedies (digits: 0 vs rest) ==");
var zeroVsRest = Datasets.digits().oneVsRest(0);
System.out.println(zeroVsRest);

// Seeded stratified folds: every fold keeps the 1:9 class ratio within one sample
for (var s : Splits.stratifiedKFold(zeroVsRest.labels(), 5, Randomness.seeded(1)))
    System.out.println("  " + s + ", positives in test: " + s.testOf(zeroVsRest).classCounts()[1]);

// Imbalance remedies on the whole set (inside cross-validation they only touch training folds)
var smoted = Resampling.smote(zeroVsRest, 5, Randomness.seeded(2));
System.out.println("SMOTE:          " + smoted);
System.out.println("under-sampling: " + Resampling.randomUndersample(zeroVsRest, Randomness.seeded(2)));
System.out.println("SMOTE to 1:2:   " + Resampling.smote(zeroVsRest, 0.5, 5, Randomness.seeded(2)));
System.out.println("Tomek links (breast cancer): " + Resampling.tomekLinks(Datasets.breastCancer().oneVsRest(0)));
double[] weights = ClassWeights.balanced(zeroVsRest.labels());
System.out.printf("balanced class weights n / (k n_c): rest %.4f, zero %.4f%n", weights[0], weights[1]);

// A small MLP as the user's learner; the fold's generator seeds it
Learner<Classifier> mlp = (train, rng) -> {
    var net = Mlp.builder(train.numFeatures()).hidden(16, Activation.RELU).output(2, Output.SOFTMAX)
            .seed(rng.nextLong()).build();
    var model = Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.05).withMomentum(0.9))
            .withEpochs(6).withBatchSize(64).withSeed(rng.nextLong())
            .fit(net, train.features(), train.labels()).model();
    return model::predict;
};
Learner<Classifier> weightedMlp = (train, rng) -> {
    var net = Mlp.builder(train.numFeatures()).hidden(16, Activation.RELU).output(2, Output.SOFTMAX)
            .seed(rng.nextLong()).build();
    var model = Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.05).withMomentum(0.9))
            .withEpochs(6).withBatchSize(64).withSeed(rng.nextLong())
            .withClassWeights(ClassWeights.balanced(train.labels(), 2))
            .fit(net, train.features(), train.labels()).model();
    return model::predict;
};
// Pixel scaling is fitted on each training fold only; SMOTE resamples each training fold only
var cv = CrossValidation.stratifiedKFold(5).withPreprocessor(MinMaxScaler::fit).
        withMetrics(FoldMetric.balancedAccuracy(), FoldMetric.recall(1), FoldMetric.precision(1), FoldMetric.f1(1));
System.out.println("-- plain MLP");
System.out.println(cv.classify(zeroVsRest, mlp, Randomness.seeded(3)));
System.out.println("-- MLP + SMOTE on the training folds");
System.out.println(cv.withResampler((train, rng) -> Resampling.smote(train, 5, rng)).classify(zeroVsRest, mlp, Randomness.seeded(3)));
System.out.println("-- MLP with balanced class weights");
var weighted = cv.classify(zeroVsRest, weightedMlp, Randomness.seeded(3));
System.out.println(weighted);
System.out.println("pooled over the test folds:\n" + weighted.pooledConfusion());

// Permutation importance and group fairness of one model on a stratified hold-out
var holdout = Splits.stratifiedHoldout(zeroVsRest.labels(), 0.25, Randomness.seeded(4));
var scaler = MinMaxScaler.fit(holdout.trainOf(zeroVsRest).features());
var trainSet = scaler.transform(holdout.trainOf(zeroVsRest));
var testSet = scaler.transform(holdout.testOf(zeroVsRest));
var model = weightedMlp.fit(trainSet, Randomness.seeded(5));
var importance = PermutationImportance.of(testSet, model, ConfusionMatrix::balancedAccuracy, 3, Randomness.seeded(6));
System.out.println("most important pixels: " + importance.ranked().subList(0, 5));
// groups: digits drawn with light vs heavy strokes (total ink below / above the median)
double[] ink = java.util.Arrays.stream(testSet.features()).mapToDouble(r -> java.util.Arrays.stream(r).sum()).toArray();
double medianInk = java.util.Arrays.stream(ink).sorted().toArray()[ink.length / 2];
int[] group = java.util.Arrays.stream(ink).mapToInt(v -> v > medianInk ? 1 : 0).toArray();
System.out.println(GroupFairness.of(testSet.labels(), model.predict(testSet.features()), group));

// Drift between two halves of a dataset (breast cancer, in file order)
var bc = Datasets.breastCancer();
var drift = DriftReport.of(bc.select(java.util.stream.IntStream.range(0, 284).toArray()),
        bc.select(java.util.stream.IntStream.range(284, bc.size()).toArray()));
System.out.println("drift between the two halves of breast cancer, largest PSI first:");
drift.features().stream().sorted(java.util.Comparator.comparingDouble(FeatureDrift::psi).reversed()).limit(5).
        forEach(f -> System.out.println("  " + f));
var lines = drift.toString().split("\n");
System.out.println(lines[lines.length - 1]);
