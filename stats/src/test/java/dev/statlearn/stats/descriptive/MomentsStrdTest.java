package dev.statlearn.stats.descriptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * NIST StRD univariate summary statistics: mean, standard deviation and the certified lag-1
 * autocorrelation, on the observed sets (resource {@code strd-univariate.txt}, which names the
 * source) and the constructed NumAcc1..4, whose certified values are those of their
 * definitions (mean 10000002, sd 1, r1 = -0.5; mean 1.2 / 1000000.2 / 10000000.2, sd 0.1,
 * r1 = -0.999).
 */
class MomentsStrdTest {

    private record StrdSet(double mean, double sd, double lag1, double[] x) {
    }

    private static Map<String, StrdSet> load() throws IOException {
        Map<String, StrdSet> sets = new LinkedHashMap<>();
        try (InputStream in = MomentsStrdTest.class.getResourceAsStream("strd-univariate.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String name = null;
            double[] certified = null;
            List<Double> values = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] p = line.trim().split("\\s+");
                if (p[0].equals("dataset")) {
                    if (name != null) {
                        sets.put(name, set(certified, values));
                    }
                    name = p[1];
                    certified = new double[] {Double.parseDouble(p[2]), Double.parseDouble(p[3]), Double.parseDouble(p[4])};
                    values = new ArrayList<>();
                } else {
                    for (String v : p) {
                        values.add(Double.parseDouble(v));
                    }
                }
            }
            sets.put(name, set(certified, values));
        }
        return sets;
    }

    private static StrdSet set(double[] c, List<Double> values) {
        return new StrdSet(c[0], c[1], c[2], values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double[] numAcc(double first, double low, double high) {
        double[] x = new double[1001];
        x[0] = first;
        for (int i = 1; i < 1000; i += 2) {
            x[i] = low;
            x[i + 1] = high;
        }
        return x;
    }

    private static void assertRel(double expected, double actual, double rel, String what) {
        assertTrue(Math.abs(actual - expected) <= rel * Math.abs(expected),
                what + ": expected " + expected + " but was " + actual + " (relative error "
                        + Math.abs(actual - expected) / Math.abs(expected) + ")");
    }

    @Test
    void observedSetsMatchCertifiedValues() throws IOException {
        Map<String, StrdSet> sets = load();
        assertEquals(List.of("Lew", "Lottery", "Mavro", "Michelso"), List.copyOf(sets.keySet()));
        assertEquals(200, sets.get("Lew").x().length);
        assertEquals(218, sets.get("Lottery").x().length);
        assertEquals(50, sets.get("Mavro").x().length);
        assertEquals(100, sets.get("Michelso").x().length);
        for (Map.Entry<String, StrdSet> e : sets.entrySet()) {
            StrdSet s = e.getValue();
            Moments m = Moments.of(s.x());
            // the certified values have 15 significant digits: 1e-14 relative is the certificate's
            // own resolution (Mavro and Michelso, whose sd is 1e-4 of the mean, lose ~3 more digits
            // to the data's decimal representation, as GSL's test allows)
            double relSd = e.getKey().equals("Mavro") || e.getKey().equals("Michelso") ? 1e-12 : 1e-14;
            assertRel(s.mean(), m.mean(), 1e-14, e.getKey() + " mean");
            assertRel(s.sd(), m.standardDeviation(), relSd, e.getKey() + " sd");
            assertRel(s.lag1(), Moments.autocorrelation(s.x(), 1), 1e-12, e.getKey() + " lag-1 autocorrelation");
        }
    }

    @Test
    void constructedSetsMatchCertifiedValues() {
        double[] acc1 = {10000001, 10000003, 10000002};
        assertEquals(10000002.0, Moments.of(acc1).mean());
        assertEquals(1.0, Moments.of(acc1).standardDeviation(), 1e-15);
        assertEquals(-0.5, Moments.autocorrelation(acc1, 1), 1e-15);
        double[][] sets = {numAcc(1.2, 1.1, 1.3), numAcc(1000000.2, 1000000.1, 1000000.3),
            numAcc(10000000.2, 10000000.1, 10000000.3)};
        double[] means = {1.2, 1000000.2, 10000000.2};
        for (int k = 0; k < 3; k++) {
            Moments m = Moments.of(sets[k]);
            assertRel(means[k], m.mean(), 1e-15, "NumAcc" + (k + 2) + " mean");
            // the decimal data are not exact in binary: 0.1 +- 1 ulp of 1e7 is 0.1 to ~1e-8 relative,
            // which is as well as any algorithm can do on these doubles (GSL's test allows 1e-7)
            double tol = k == 0 ? 1e-13 : k == 1 ? 1e-9 : 1e-8;
            assertRel(0.1, m.standardDeviation(), tol, "NumAcc" + (k + 2) + " sd");
            assertRel(-0.999, Moments.autocorrelation(sets[k], 1), tol, "NumAcc" + (k + 2) + " lag-1");
        }
    }
}
