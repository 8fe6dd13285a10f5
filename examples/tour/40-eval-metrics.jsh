// ---- eval: imbalance-aware metrics, ROC/PR curves, confidence intervals, calibration, thresholds ----
// Task: digits "8 vs rest" (174 positives of 1797, about 1:9; the 0s are too easy for this score). Without a trained model we score each
// image by a nearest-centroid rule fitted on one half and evaluated on the other half:
// score = distance to the "rest" centroid - distance to the "0" centroid (higher = more like a 0).
System.out.println("\n== eval: metrics, curves and thresholds on digits 8 vs rest ==");
var emData = Datasets.digits().oneVsRest(8);
var emPerm = Randomness.permutation(emData.size(), Randomness.seeded(40));
var emFit = emData.select(java.util.Arrays.copyOfRange(emPerm, 0, 900));
var emTest = emData.select(java.util.Arrays.copyOfRange(emPerm, 900, emPerm.length));
double[][] emCentroid = new double[2][64];
int[] emCount = new int[2];
for (int i = 0; i < emFit.size(); i++) { emCount[emFit.label(i)]++; for (int j = 0; j < 64; j++) emCentroid[emFit.label(i)][j] += emFit.value(i, j); }
for (int c = 0; c < 2; c++) for (int j = 0; j < 64; j++) emCentroid[c][j] /= emCount[c];
double[] emScore = new double[emTest.size()];
double[] emNear = new double[emTest.size()];   // an alternative score: closeness to the eights' centroid only
for (int i = 0; i < emTest.size(); i++) { double d0 = 0, d1 = 0; for (int j = 0; j < 64; j++) { double a = emTest.value(i, j) - emCentroid[1][j], b = emTest.value(i, j) - emCentroid[0][j]; d1 += a * a; d0 += b * b; } emScore[i] = Math.sqrt(d0) - Math.sqrt(d1); emNear[i] = -Math.sqrt(d1); }
int[] emY = emTest.labels();
System.out.println("test half: " + emY.length + " images, " + java.util.Arrays.stream(emY).sum() + " eights");

// Confusion matrix and the imbalanced-learn style report at the naive threshold 0
int[] emPred = new int[emY.length];
for (int i = 0; i < emY.length; i++) emPred[i] = emScore[i] >= 0 ? 1 : 0;
var emCm = ConfusionMatrix.of(emY, emPred);
System.out.println(emCm);
System.out.printf("balanced accuracy %.4f, G-mean %.4f, MCC %.4f, Cohen's kappa %.4f, macro F1 %.4f%n",
        emCm.balancedAccuracy(), emCm.gMean(), emCm.mcc(), emCm.cohenKappa(), emCm.f1(Average.MACRO));
System.out.printf("likelihood ratios LR+ %.2f, LR- %.4f; chance-adjusted balanced accuracy %.4f; Jaccard of the eights %.4f%n",
        emCm.positiveLikelihoodRatio(1), emCm.negativeLikelihoodRatio(1), emCm.adjustedBalancedAccuracy(), emCm.jaccard(1));
System.out.printf("F-beta of the eights: beta = 0 gives %.4f (precision %.4f), beta = infinity %.4f (recall %.4f)%n",
        emCm.fBeta(1, 0), emCm.precision(1), emCm.fBeta(1, Double.POSITIVE_INFINITY), emCm.recall(1));
double[][] emByActual = emCm.normalized(ConfusionMatrix.Normalization.ACTUAL);
System.out.printf("normalised over the actual class (rows sum to 1): rest [%.4f %.4f], eight [%.4f %.4f]%n",
        emByActual[0][0], emByActual[0][1], emByActual[1][0], emByActual[1][1]);
System.out.printf("imbalanced-learn: macro G-mean %.4f, G-mean with correction 0.001 %.4f, index balanced accuracy of the eights' F1 (alpha 0.1, squared) %.4f%n",
        emCm.gMean(Average.MACRO), emCm.gMeanWithCorrection(0.001), emCm.indexBalancedAccuracy(m -> m.f1(1), 1, 0.1, true));
// sample weights: with balanced weights n / (k n_c) per image, accuracy becomes balanced accuracy
double[] emW = ClassWeights.perExample(emY, ClassWeights.balanced(emY));
System.out.printf("balanced sample weights: weighted accuracy %.4f = balanced accuracy %.4f; weighted ROC AUC %.4f%n",
        ConfusionMatrix.of(emY, emPred, 2, emW).accuracy(), emCm.balancedAccuracy(), RocCurve.auc(emY, emScore, emW));
System.out.println(ClassificationReport.of(emCm, java.util.List.of("rest", "eight"), 0.1));
System.out.printf("partial AUC up to FPR 0.1 (McClish-standardised) %.4f%n", RocCurve.of(emY, emScore).standardizedPartialAuc(0.1));

// Curves, with a DeLong and a seeded bootstrap confidence interval
var emRoc = RocCurve.of(emY, emScore);
var emPr = PrecisionRecallCurve.of(emY, emScore);
System.out.println(emRoc + "  " + emPr);
System.out.printf("drop_intermediate: ROC %d -> %d points, PR %d -> %d points; %s%n",
        emRoc.size(), emRoc.dropIntermediate().size(), emPr.size(), emPr.dropIntermediate().size(), DetCurve.of(emY, emScore));
System.out.println("ROC AUC, DeLong:     " + DeLong.of(emY, emScore).confidenceInterval(0.95));
var emVs = DeLong.compare(emY, emScore, emNear);   // paired: same images, two scores
System.out.printf("DeLong paired test, difference score vs closeness-only score: AUC %.4f vs %.4f, z = %.2f, p = %.2g; difference %s%n",
        emVs.aucA(), emVs.aucB(), emVs.z(), emVs.pValue(), emVs.confidenceInterval(0.95));
System.out.println("average precision, bootstrap (1000 stratified resamples, seed 7): "
        + Bootstrap.withDefaults().withResamples(1000).scoreInterval(emY, emScore, PrecisionRecallCurve::averagePrecision, Randomness.seeded(7)));

// Thresholds: each returns an operating point with its confusion counts
System.out.println(Thresholds.youden(emRoc));
System.out.println(Thresholds.maxFBeta(emRoc, 1.0));
System.out.println(Thresholds.maxMcc(emRoc));
System.out.println(Thresholds.maxRecallAtPrecision(emRoc, 0.95));
var emCost = Thresholds.minExpectedCost(emRoc, 1.0, 25.0);   // a missed positive costs 25 false alarms
System.out.println(emCost);
// ... and in business terms, as if the positives were frauds among card transactions
System.out.println("min cost: " + emCost.project(10_000, 0.005).describe("transactions a day", "frauds", "valid transactions"));
System.out.println("max F1:   " + Thresholds.maxFBeta(emRoc, 1.0).project(10_000, 0.005).describe("transactions a day", "frauds", "valid transactions"));

// Probability quality: squash the score with a logistic (uncalibrated on purpose)
double[] emProb = java.util.Arrays.stream(emScore).map(s -> Numerics.sigmoid(s / 5)).toArray();
System.out.printf("log loss %.4f, Brier score %.4f%n", ProbabilityScores.logLoss(emY, emProb), ProbabilityScores.brierScore(emY, emProb));
System.out.printf("log loss summed over the images %.2f; hinge loss of the raw score (labels as -1/+1) %.4f%n",
        ProbabilityScores.logLossSum(emY, emProb), DecisionScores.hingeLoss(emY, emScore));
System.out.println(ReliabilityTable.of(emY, emProb, 5));

// Sample weights (say every third image stands for 3 cases): the weighted curves sum weights where the plain ones count
double[] emW = new double[emY.length];
for (int i = 0; i < emW.length; i++) emW[i] = i % 3 == 0 ? 3.0 : 1.0;
var emWRoc = WeightedRocCurve.of(emY, emScore, emW);
System.out.println(emWRoc + ", " + emWRoc.dropIntermediate().size() + " points after dropIntermediate()");
System.out.println(WeightedPrecisionRecallCurve.of(emY, emScore, emW));
System.out.println(ReliabilityTable.ofQuantiles(emY, emProb, 5, emW));

// Multiclass: one-vs-rest macro AUC of nearest-centroid scores over all ten digits
var emAll = Datasets.digits();
double[][] emC10 = new double[10][64];
int[] emN10 = emAll.classCounts();
for (int i = 0; i < emAll.size(); i++) for (int j = 0; j < 64; j++) emC10[emAll.label(i)][j] += emAll.value(i, j) / emN10[emAll.label(i)];
double[][] emS10 = new double[emAll.size()][10];
for (int i = 0; i < emAll.size(); i++) for (int c = 0; c < 10; c++) { double d = 0; for (int j = 0; j < 64; j++) { double a = emAll.value(i, j) - emC10[c][j]; d += a * a; } emS10[i][c] = -Math.sqrt(d); }
System.out.printf("digits, 10 classes: one-vs-rest macro AUC of -distance to each class centroid = %.4f%n", RocCurve.oneVsRestMacroAuc(emAll.labels(), emS10));
System.out.printf("same scores: top-1 accuracy %.4f, top-3 accuracy %.4f%n",
        DecisionScores.topKAccuracy(emAll.labels(), emS10, 1), DecisionScores.topKAccuracy(emAll.labels(), emS10, 3));
System.out.printf("same scores: one-vs-one (Hand & Till) AUC %.4f, micro AUC %.4f, macro average precision %.4f%n",
        RocCurve.oneVsOneMacroAuc(emAll.labels(), emS10), RocCurve.oneVsRestMicroAuc(emAll.labels(), emS10),
        PrecisionRecallCurve.averagePrecision(emAll.labels(), emS10, Average.MACRO));
// the same scores as a 10-class prediction: the nearest centroid
int[] emPred10 = new int[emAll.size()];
for (int i = 0; i < emAll.size(); i++) for (int c = 1; c < 10; c++) if (emS10[i][c] > emS10[i][emPred10[i]]) emPred10[i] = c;
var emCm10 = ConfusionMatrix.of(emAll.labels(), emPred10, 10);
System.out.printf("nearest centroid, 10 digits: accuracy %.4f, kappa %.4f; read as ordinal: linear-weighted kappa %.4f, quadratic %.4f, macro-averaged MAE %.4f%n",
        emCm10.accuracy(), emCm10.cohenKappa(), emCm10.cohenKappa(ConfusionMatrix.KappaWeights.LINEAR),
        emCm10.cohenKappa(ConfusionMatrix.KappaWeights.QUADRATIC), emCm10.macroAveragedMeanAbsoluteError());
System.out.printf("macro F1 over all ten %.4f, over the labels 3, 5, 8 only (withLabels) %.4f; Crammer-Singer hinge loss %.4f%n",
        emCm10.f1(Average.MACRO), emCm10.withLabels(3, 5, 8).f1(Average.MACRO), DecisionScores.hingeLoss(emAll.labels(), emS10));
// multilabel: three attributes of the true digit (even, >= 5, prime) against those of the predicted one
java.util.function.IntFunction<int[]> emAttributes = v -> new int[] {v % 2 == 0 ? 1 : 0, v >= 5 ? 1 : 0, v == 2 || v == 3 || v == 5 || v == 7 ? 1 : 0};
var emMulti = MultilabelConfusion.of(java.util.Arrays.stream(emAll.labels()).mapToObj(emAttributes).toArray(int[][]::new),
        java.util.Arrays.stream(emPred10).mapToObj(emAttributes).toArray(int[][]::new));
System.out.printf("%s; samples-averaged F1 %.4f, Hamming loss %.4f%n", emMulti, emMulti.samplesAveragedFBeta(1), emMulti.hammingLoss());
