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

        assertEquals(0.9167, number(js, "posteriorAccurate"), 5e-5);
        assertEquals(0.5238, number(js, "posteriorFirst"), 5e-5);
        assertEquals(0.9159, number(js, "posteriorSecond"), 5e-5);
        assertTrue(output.contains("after one positive 0.5238"), "printed posterior");
    }
}
