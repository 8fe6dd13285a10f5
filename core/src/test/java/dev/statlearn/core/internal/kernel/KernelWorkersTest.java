package dev.statlearn.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The helper threads of parallel products and how a product's parts fail. */
class KernelWorkersTest {

    @Test
    void threadsAreTheCommonPoolsParallelismPlusTheCallerAtMostTheProcessors() {
        int expected = Math.min(ForkJoinPool.getCommonPoolParallelism(),
                Runtime.getRuntime().availableProcessors() - 1) + 1;
        assertEquals(Math.max(1, expected), KernelWorkers.threads());
        assertEquals(KernelWorkers.threads(), Kernels.parallelThreads());
        assertEquals(KernelWorkers.DEFAULT_IDLE_SPIN_MICROS * 1000,
                KernelWorkers.idleSpinNanos());
    }

    @Test
    void helpersAreNamedDaemonThreadsThatRunEveryTask() throws Exception {
        assumeTrue(KernelWorkers.threads() > 1, "one processor: no helper threads");
        // many tasks in a row, some given while the worker still runs the one before
        Set<String> names = ConcurrentHashMap.newKeySet();
        for (int t = 0; t < 200; t++) {
            CountDownLatch ran = new CountDownLatch(1);
            boolean spin = t % 2 == 0; // busy wait after every other task, sleep after the rest
            give(() -> {
                Thread me = Thread.currentThread();
                names.add(me.getName() + (me.isDaemon() ? "" : " (not a daemon)"));
                ran.countDown();
                return spin;
            });
            assertTrue(ran.await(1, TimeUnit.MINUTES));
        }
        assertTrue(names.stream().allMatch(n -> n.matches("statlearn-kernel-\\d+")),
                names::toString);
    }

    @Test
    void aHelperIdleForItsKeepAliveEndsAndTheNextTaskStartsAnother() throws Exception {
        // core's vector-path test run sets a keep-alive of 200 ms; the default is a minute
        assumeTrue(KernelWorkers.threads() > 1, "one processor: no helper threads");
        long keepAliveMillis = KernelWorkers.keepAliveNanos() / 1_000_000;
        assumeTrue(keepAliveMillis <= 1000, "keep-alive of " + keepAliveMillis + " ms");
        for (int round = 0; round < 3; round++) {
            Thread helper = helperThread();
            helper.join(TimeUnit.MINUTES.toMillis(1));
            assertFalse(helper.isAlive(), "helper still alive after its keep-alive");
            Thread next = helperThread();
            assertTrue(next != helper && next.getName().startsWith("statlearn-kernel-"),
                    next.getName());
        }
    }

    /** Gives {@code task} to one helper, hired for it and released at once. */
    private static void give(KernelWorkers.Task task) {
        try (KernelWorkers.Crew crew = KernelWorkers.hire(1)) {
            assertEquals(1, crew.size(), "a free helper");
            crew.start(task);
        }
    }

    @Test
    void productsRunningAtTheSameTimeNeverShareAHelper() {
        assumeTrue(KernelWorkers.threads() > 1, "one processor: no helper threads");
        int all = KernelWorkers.threads() - 1;
        try (KernelWorkers.Crew first = KernelWorkers.hire(all + 5)) {
            assertEquals(all, first.size());
            try (KernelWorkers.Crew second = KernelWorkers.hire(1)) {
                assertEquals(0, second.size());
            }
        }
        try (KernelWorkers.Crew again = KernelWorkers.hire(all)) {
            assertEquals(all, again.size());
        }
        try (KernelWorkers.Crew none = KernelWorkers.hire(0)) {
            assertEquals(0, none.size());
        }
    }

    /** The thread that runs a task given to the helpers (a helper: nothing else runs here). */
    private static Thread helperThread() throws InterruptedException {
        AtomicReference<Thread> ran = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        give(() -> {
            ran.set(Thread.currentThread());
            done.countDown();
            return true;
        });
        assertTrue(done.await(1, TimeUnit.MINUTES));
        return ran.get();
    }

    @Test
    void aSleepingHelperThatIsInterruptedStillTakesTasks() throws Exception {
        assumeTrue(KernelWorkers.threads() > 1, "one processor: no helper threads");
        Thread helper = helperThread();
        Thread.sleep(5 + KernelWorkers.idleSpinNanos() / 1_000_000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.isThreadCpuTimeSupported()
                ? threads.getThreadCpuTime(helper.getId()) : -1;
        helper.interrupt();
        Thread.sleep(100);
        long after = threads.isThreadCpuTimeSupported()
                ? threads.getThreadCpuTime(helper.getId()) : -1;
        if (before >= 0 && after >= 0) {
            // asleep, not spinning on the interrupt (-1: the helper has ended meanwhile)
            assertTrue(after - before < TimeUnit.MILLISECONDS.toNanos(50),
                    "helper used " + (after - before) / 1e6 + " ms of CPU in 100 ms");
        }
        Thread next = helperThread();
        assertTrue(next.getName().startsWith("statlearn-kernel-"), next.getName());
    }

    @Test
    void aWorkerOutlivesATaskThatThrows() throws Exception {
        assumeTrue(KernelWorkers.threads() > 1, "one processor: no helper threads");
        for (int t = 0; t < 5; t++) {
            CountDownLatch failed = new CountDownLatch(1);
            give(() -> {
                failed.countDown();
                throw new IllegalStateException("task failure");
            });
            assertTrue(failed.await(1, TimeUnit.MINUTES));
            CountDownLatch after = new CountDownLatch(1);
            give(() -> {
                after.countDown();
                return false;
            });
            assertTrue(after.await(1, TimeUnit.MINUTES));
        }
    }

    @Test
    void aPartThatFailsIsRethrownToTheCallerAndTheOtherPartsStillFinish() {
        // kernels whose gemmRows fails for every part but the first: the caller gets the
        // failure, whichever thread ran the part, and nobody waits forever (with no helper to
        // hire the caller computes the product in one piece)
        assumeTrue(KernelWorkers.threads() > 1, "one processor: no helper threads");
        AtomicInteger calls = new AtomicInteger();
        KernelOps failing = (KernelOps) Proxy.newProxyInstance(KernelOps.class.getClassLoader(),
                new Class<?>[] {KernelOps.class}, (proxy, method, args) -> {
                    if (method.getName().equals("gemmRows")) {
                        calls.incrementAndGet();
                        if ((int) args[3] > 0) {
                            throw new IllegalStateException("part from row " + args[3]);
                        }
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        for (int threads = 2; threads <= 6; threads++) {
            int before = calls.get();
            double[] a = new double[64 * 8];
            double[] b = new double[8 * 16];
            double[] c = new double[64 * 16];
            int t = threads;
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Gemm.split(failing, false, false, false, 64, 16, 8, a, 0, 8, b, 0, 16,
                            c, 0, 16, t));
            assertTrue(e.getMessage().startsWith("part from row "), e.getMessage());
            // after the first failure the remaining parts are skipped, not run
            assertTrue(calls.get() - before >= 2 && calls.get() - before <= threads,
                    "gemmRows calls: " + (calls.get() - before));
        }
    }

    @Test
    void productsAfterTheHelperFellAsleepEqualSequentialBitForBit() throws Exception {
        // a product, a pause longer than the busy wait (the helper sleeps), another product
        KernelOps ops = Kernels.ops();
        SplittableRandom rng = new SplittableRandom(5);
        int m = 96;
        int n = 64;
        int k = 200;
        double[] a = rng.doubles(m * k, -1, 1).toArray();
        double[] b = rng.doubles(k * n, -1, 1).toArray();
        double[] seq = Gemm.run(ops, false, false, false, m, n, k, a, 0, k, b, 0, n, null, 0, n,
                Long.MAX_VALUE);
        for (int rep = 0; rep < 3; rep++) {
            assertArrayEquals(seq, Gemm.run(ops, false, false, false, m, n, k, a, 0, k, b, 0, n,
                    null, 0, n, 0));
            Thread.sleep(2 + KernelWorkers.idleSpinNanos() / 1_000_000);
        }
        assertFalse(Thread.currentThread().getName().startsWith("statlearn-kernel-"));
    }
}
