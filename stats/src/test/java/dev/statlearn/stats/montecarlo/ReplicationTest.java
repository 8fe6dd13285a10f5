package dev.statlearn.stats.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicationTest {

    @Test
    void summarisesTheEstimatesItHolds() {
        // values 1, 2, 3, 4: mean 2.5, sample sd sqrt(5/3)
        List<Estimate> est = List.of(new Estimate(1, 0.5, 10), new Estimate(2, 0.5, 10), new Estimate(3, 0.5, 10),
                new Estimate(4, 0.5, 10));
        Replication r = new Replication(est);
        assertEquals(2.5, r.mean());
        assertEquals(Math.sqrt(5.0 / 3), r.standardDeviation(), 1e-15);
        assertEquals(10, r.sampleSize());
        assertEquals(4, r.replications());
        assertArrayEquals(new double[] {1, 2, 3, 4}, r.values());
        assertEquals(Math.sqrt(5.0 / 3) / 2, r.standardErrorOfMean(), 1e-15);
        assertEquals("mean 2.5, sd 1.3 over 4 replications of n = 10", r.toString());
    }

    @Test
    void copiesItsInput() {
        List<Estimate> est = new ArrayList<>(List.of(new Estimate(1, 0.5, 10), new Estimate(2, 0.5, 10)));
        Replication r = new Replication(est);
        est.add(new Estimate(3, 0.5, 10));
        assertEquals(2, r.replications());
    }

    @Test
    void rejectsTooFewOrMixedEstimates() {
        Estimate a = new Estimate(1, 0.1, 100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Replication(List.of(a)));
        assertTrue(e.getMessage().contains("estimates.size()"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Replication(List.of(a, new Estimate(1, 0.1, 200))));
        assertTrue(e.getMessage().contains("estimates[1] has 200"), e.getMessage());
        assertThrows(NullPointerException.class, () -> new Replication(null));
        List<Estimate> withNull = new ArrayList<>();
        withNull.add(a);
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> new Replication(withNull));
    }
}
