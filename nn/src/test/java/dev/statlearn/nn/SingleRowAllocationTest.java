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
 * calls; the best round counts, and rounds go on (at most {@value #MAX_ROUNDS}) until one is within
 * the limit, so that JIT compilations still queued do not fail the test: on a loaded machine the
 * Vector API kernels' C2 compilations took seconds, longer than a few rounds, and until then their
 * interpreted or C1 code allocates every vector.
 */
class SingleRowAllocationTest {

    private static final int CALLS = 20_000;
    private static final int MAX_ROUNDS = 60;

    /**
     * The fewest bytes allocated in one round of {@link #CALLS} calls, over rounds until one is
     * within {@code limit}.
     */
    private static long bytesPerRound(com.sun.management.ThreadMXBean mx, ToIntFunction<double[]> call, double[] row,
                                      long limit) {
        long tid = Thread.currentThread().getId();
        long best = Long.MAX_VALUE;
        int sink = 0;
        for (int round = 0; round < MAX_ROUNDS && best > limit; round++) {
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
            // less than one byte per call: nothing is allocated per call
            long bytes = bytesPerRound(mx, net::predict, row, CALLS - 1);
            assertTrue(bytes < CALLS, a + ": predict(row) allocated " + bytes + " bytes in " + CALLS + " calls");
        }
    }

    @Test
    void predictValuesOfOneRowAllocatesOnlyTheResult() {
        com.sun.management.ThreadMXBean mx = bean();
        Mlp net = Mlp.builder(64).hidden(128, Activation.RELU).output(10, Output.SOFTMAX).seed(3).build();
        double[] row = new double[64];
        // the result: a 10-double array, 96 bytes with a 16-byte header
        long bytes = bytesPerRound(mx, r -> net.predictValues(r).length, row, 128L * CALLS);
        assertTrue(bytes <= 128L * CALLS, "predictValues(row) allocated " + bytes + " bytes in " + CALLS + " calls");
    }
}
