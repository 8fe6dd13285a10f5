package dev.statlearn.plot.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The numbers the chapters quote from the course notes (or claim in their text), read back from
 * the chapter's JShell session after it ran.
 */
final class CourseNumbers {

    /** Exact value of \( \int_{-1}^{1} e^{-x^2} dx = \sqrt\pi\,\mathrm{erf}(1) \). */
    static final double GAUSS_INTEGRAL = 1.4936482656248541;
    /** The notes' replication: mean and sd of 100 estimates of 10,000 samples each. */
    static final double NOTES_MEAN = 1.4937;
    static final double NOTES_SD = 0.0041;
    static final int REPLICATIONS = 100;

    private CourseNumbers() {
    }

    static void check(String chapter, JShellScripts js, String output) {
        switch (chapter) {
            case "01-probability" -> probability(js, output);
            case "02-workflow" -> workflow(js);
            case "03-imbalance" -> imbalance(js);
            case "04-production" -> production(js);
            default -> {
                // no quoted numbers
            }
        }
    }

    static double number(JShellScripts js, String expression) {
        String value = js.eval(expression + ";", "check");
        assertNotNull(value, expression + " has no value");
        return Double.parseDouble(value);
    }

    private static void probability(JShellScripts js, String output) {
        assertEquals(10_000, number(js, "replication.sampleSize()"));
        assertEquals(REPLICATIONS, number(js, "replication.replications()"));
        double mean = number(js, "replication.mean()");
        double sd = number(js, "replication.standardDeviation()");
        // the mean of 100 runs has standard error sd / 10; both it and the notes' mean are estimates
        double se = NOTES_SD / Math.sqrt(REPLICATIONS);
        assertTrue(Math.abs(mean - GAUSS_INTEGRAL) < 4 * se, "mean " + mean + " vs exact " + GAUSS_INTEGRAL);
        assertTrue(Math.abs(mean - NOTES_MEAN) < 4 * Math.sqrt(2) * se, "mean " + mean + " vs the notes' " + NOTES_MEAN);
        // the sample sd of 100 values has relative standard error about 1 / sqrt(2 * 99) = 7%
        double sdSe = NOTES_SD / Math.sqrt(2.0 * (REPLICATIONS - 1));
        assertTrue(Math.abs(sd - NOTES_SD) < 4 * sdSe, "sd " + sd + " vs the notes' " + NOTES_SD);
        // a single run's own standard error predicts the spread of the replications
        double oneRunSe = number(js, "oneRun.standardError()");
        assertTrue(Math.abs(oneRunSe - NOTES_SD) < 0.0005, "one run's standard error " + oneRunSe);

        // stochastically ordered samples: Wasserstein-1 is the difference of the means
        assertEquals(number(js, "Moments.of(malignant).mean() - Moments.of(benign).mean()"),
                number(js, "Divergences.wasserstein1(malignant, benign)"), 1e-9);

        assertEquals(0.9167, number(js, "posteriorAccurate"), 5e-5);
        assertEquals(0.5238, number(js, "posteriorFirst"), 5e-5);
        assertEquals(0.9159, number(js, "posteriorSecond"), 5e-5);
        assertTrue(output.contains("after one positive 0.5238"), "printed posterior");
    }

    /** The claims chapter 2's text makes about its numbers. */
    private static void workflow(JShellScripts js) {
        // the majority baseline: about 63% accuracy, recall zero
        assertEquals(285.0 / 455, number(js, "linearCv.baseline(\"majority\", \"accuracy\").mean()"), 0.01);
        assertEquals(0, number(js, "linearCv.baseline(\"majority\", \"recall(1)\").mean()"));
        assertTrue(number(js, "linearCv.improvement(\"recall(1)\")") > 0.5, "logistic regression beats the baselines");
        // overfitting: the best validation epoch comes well before the end, the training loss goes to ~0
        assertTrue(number(js, "histories.get(\"no regularisation\").bestEpoch()") < 40, "best epoch early");
        assertTrue(number(js, "histories.get(\"no regularisation\").finalTrainLoss()") < 0.01, "training loss near 0");
        assertEquals("true", js.eval("histories.get(\"early stopping (5)\").stoppedEarly();", "check"));
        assertTrue(number(js, "histories.get(\"dropout 0.5\").validationLoss()[59]")
                < number(js, "histories.get(\"no regularisation\").validationLoss()[59]"), "dropout ends lower");
        // the cost threshold is lower than 0.5 and catches at least as many cancers
        assertTrue(number(js, "minCost.threshold()") < 0.5, "cost-based threshold below 0.5");
        assertTrue(number(js, "minCost.recall()") >= number(js, "atHalf.recall()"), "cost threshold has more recall");
        // the final test: 41 of 42 cancers caught, 8 benign tumours referred
        assertEquals(41, number(js, "testCm.truePositives(1)"));
        assertEquals(8, number(js, "testCm.falsePositives(1)"));
        assertTrue(number(js, "Comparison.of(digitModel, QuantizedMlp.int8(digitModel), digitTrain.features(), "
                + "digitTrain.labels()).agreement()") >= 0.99, "int8 agrees with the full model");
    }

    /** The claims chapter 3's text makes about its numbers. */
    private static void imbalance(JShellScripts js) {
        assertEquals(1623.0 / 1797, number(js, "lazy.accuracy()"), 1e-12);
        assertEquals(0.5, number(js, "lazy.balancedAccuracy()"), 1e-12);
        assertEquals(0, number(js, "lazy.mcc()"), 1e-12);
        assertEquals(0, number(js, "lazy.gMean()"), 1e-12);
        // PR separates the models more than ROC; rarer positives lower AP, not ROC AUC
        assertTrue(number(js, "PrecisionRecallCurve.averagePrecision(test.labels(), testScores)") > number(js, "rarerAp"),
                "average precision falls with the prevalence");
        assertEquals(number(js, "RocCurve.auc(test.labels(), testScores)"), number(js, "rarerAuc"), 0.02);
        // SMOTE before the split looks better than SMOTE inside the folds
        assertTrue(number(js, "remedies.get(\"SMOTE BEFORE splitting\").metric(\"balanced accuracy\").mean()")
                > number(js, "remedies.get(\"SMOTE (k = 5)\").metric(\"balanced accuracy\").mean()"), "leaky SMOTE looks better");
        // every remedy raises recall over doing nothing
        for (String r : new String[] {"random over-sampling", "random under-sampling", "SMOTE (k = 5)", "balanced class weights"}) {
            assertTrue(number(js, "remedies.get(\"" + r + "\").metric(\"recall(1)\").mean()")
                    > number(js, "remedies.get(\"nothing\").metric(\"recall(1)\").mean()"), r + " raises recall");
        }
    }

    /** The claims chapter 4's text makes about its numbers. */
    private static void production(JShellScripts js) {
        assertEquals("true", js.eval("reloaded.equals(small);", "check"));
        assertTrue(number(js, "lastReport.withVerdict(FeatureDrift.Verdict.DRIFT).size()") >= 1, "month 4 drifts");
        assertEquals(0, number(js, "DriftReport.of(reference, month(1.0)).withVerdict(FeatureDrift.Verdict.DRIFT).size()"),
                "month 0 does not drift");
        assertTrue(number(js, "large.sizeInBytes()") > 10 * number(js, "small.sizeInBytes()"), "large is much bigger");
    }
}
