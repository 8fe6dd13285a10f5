package dev.statlearn.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * The single-row inference path allocates nothing per call once compiled: {@code predict(row)}
 * runs on per-thread layer buffers, and {@code predictValues(row)} allocates only the returned
 * array. Measured with {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes} over many
 * calls after a warm-up; the best of a few rounds counts, so that a JIT compilation finishing
 * during a round does not fail the test.
 */
class SingleRowAllocationTest {

    private static final int CALLS = 20_000;

    private static long bytesPerRound(com.sun.management.ThreadMXBean mx, ToIntFunction<double[]> call, double[] row) {
        long tid = Thread.currentThread().getId();
        long best = Long.MAX_VALUE;
        int sink = 0;
        for (int round = 0; round < 6; round++) {
            long before = mx.getThreadAllocatedBytes(tid);
            for (int i = 0; i < CALLS; i++) {
                sink += call.applyAsInt(row);
            }
            best = Math.min(best, mx.getThreadAllocatedBytes(tid) - before);
        }
        assertTrue(sink >= 0);
        return best;
    }

    private static com.sun.management.ThreadMXBean bean() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no com.sun.management.ThreadMXBean");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled(),
                "thread allocation counting is off");
        return mx;
    }

    @Test
    void predictOfOneRowAllocatesNothingPerCall() {
        com.sun.management.ThreadMXBean mx = bean();
        for (Activation a : Activation.values()) {
            Mlp net = Mlp.builder(64).hidden(128, a).hidden(32, a).output(10, Output.SOFTMAX).seed(3).build();
            double[] row = new double[64];
            for (int j = 0; j < row.length; j++) {
                row[j] = (j % 17) / 16.0;
            }
            long bytes = bytesPerRound(mx, net::predict, row);
            // less than one byte per call: nothing is allocated per call
            assertTrue(bytes < CALLS, a + ": predict(row) allocated " + bytes + " bytes in " + CALLS + " calls");
        }
    }

    @Test
    void predictValuesOfOneRowAllocatesOnlyTheResult() {
        com.sun.management.ThreadMXBean mx = bean();
        Mlp net = Mlp.builder(64).hidden(128, Activation.RELU).output(10, Output.SOFTMAX).seed(3).build();
        double[] row = new double[64];
        long bytes = bytesPerRound(mx, r -> net.predictValues(r).length, row);
        // the result: a 10-double array, 96 bytes with a 16-byte header
        assertTrue(bytes <= 128L * CALLS, "predictValues(row) allocated " + bytes + " bytes in " + CALLS + " calls");
    }
}
