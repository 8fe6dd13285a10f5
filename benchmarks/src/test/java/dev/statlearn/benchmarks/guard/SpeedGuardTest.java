package dev.statlearn.benchmarks.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The guard's verdict on measured pairs and floors: what passes and what fails, with which message. */
class SpeedGuardTest {

    private static Properties floors(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    private static Map<String, double[]> times(Object... kernelStatlearnReference) {
        Map<String, double[]> t = new TreeMap<>();
        for (int i = 0; i < kernelStatlearnReference.length; i += 3) {
            t.put((String) kernelStatlearnReference[i], new double[] {
                (double) kernelStatlearnReference[i + 1], (double) kernelStatlearnReference[i + 2]});
        }
        return t;
    }

    @Test
    void passesAtOrAboveTheFloor() {
        SpeedGuard.Verdict v = SpeedGuard.evaluate("scalar",
                floors("scalar.mult", "2.0", "scalar.kl", "0.5", "vector.mult", "9"),
                times("mult", 10.0, 20.0, "kl", 2.0, 1.0), null);
        assertEquals(List.of(), v.problems());
        assertEquals(2, v.checks().size());
        assertEquals(2.0, v.checks().get(1).ratio(), 0.0);   // mult: 20 / 10, exactly at its floor
    }

    @Test
    void belowTheFloorNamesKernelRatioAndFloor() {
        SpeedGuard.Verdict v = SpeedGuard.evaluate("vector", floors("vector.mult", "5.4"),
                times("mult", 10.0, 18.3), null);
        assertEquals(List.of("speed guard: mult is 1.83x the reference loop on the vector path, below its floor 5.40x"),
                v.problems());
    }

    @Test
    void aNanTimeFailsAsBelowTheFloor() {
        SpeedGuard.Verdict v = SpeedGuard.evaluate("scalar", floors("scalar.mult", "2"),
                times("mult", 0.0, 0.0), null);
        assertEquals(1, v.problems().size());
        assertTrue(v.problems().get(0).contains("below its floor"), v.problems().toString());
    }

    @Test
    void aPairWithoutAFloorFails() {
        SpeedGuard.Verdict v = SpeedGuard.evaluate("scalar", floors("vector.mult", "2"),
                times("mult", 1.0, 5.0), null);
        assertEquals(List.of("speed guard: no floor for scalar.mult in guard-floors.properties"), v.problems());
    }

    @Test
    void aFloorThatIsNotANumberFails() {
        SpeedGuard.Verdict v = SpeedGuard.evaluate("scalar", floors("scalar.mult", "two"),
                times("mult", 1.0, 5.0), null);
        assertEquals(List.of("speed guard: the floor scalar.mult in guard-floors.properties must be a number,"
                + " was 'two'"), v.problems());
    }

    @Test
    void aFloorWithoutAMeasuredPairFails() {
        SpeedGuard.Verdict v = SpeedGuard.evaluate("scalar", floors("scalar.mult", "2", "scalar.gemmForward", "2"),
                times("mult", 1.0, 5.0), null);
        assertEquals(List.of("speed guard: scalar.gemmForward has a floor in guard-floors.properties but no pair"
                + " gemmForward_statlearn / gemmForward_reference was measured"), v.problems());
    }

    @Test
    void onlyChecksTheFloorsAskedFor() {
        Properties f = floors("scalar.mult", "2", "scalar.kl", "0.4");
        assertEquals(List.of(), SpeedGuard.evaluate("scalar", f, times("kl", 1.0, 1.0), List.of("kl")).problems());
        assertEquals(List.of("speed guard: --only names klx, which is neither a measured pair nor a floor"),
                SpeedGuard.evaluate("scalar", f, times("kl", 1.0, 1.0), List.of("kl", "klx")).problems());
    }

    @Test
    void aPairMeasuredOnOneSideFails() {
        Map<String, double[]> t = times("mult", 1.0, 5.0);
        t.get("mult")[1] = Double.NaN;
        SpeedGuard.Verdict v = SpeedGuard.evaluate("scalar", floors("scalar.mult", "2"), t, null);
        assertEquals(List.of("speed guard: mult was measured on one side only (mult_reference is missing from"
                + " GuardBenchmark)"), v.problems());
    }
}
