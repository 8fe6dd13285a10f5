package dev.statlearn.core.internal.kernel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The helper threads of parallel products: {@code threads - 1} daemon threads named
 * {@code statlearn-kernel-N}, started on first use, each running one task at a time. After a
 * task a worker waits {@link #idleSpinNanos()} for the next one, busy (with
 * {@link Thread#onSpinWait()}), then sleeps until it is given one; so products that follow each
 * other closely (the steps of a training loop, a benchmark) hand work over in a fraction of a
 * microsecond, where a sleeping thread, like a pool thread, starts tens of microseconds later on
 * a virtual machine. OpenBLAS's and OpenMP's threads do the same (for longer by default). A
 * worker that gets no task for {@link #keepAliveNanos()} ends, as the common pool's threads do,
 * and the next task starts a new one: no thread outlives its use, nor keeps an undeployed
 * application's class loader alive.
 *
 * <p>System properties, read once: {@value #IDLE_SPIN_PROPERTY}, the busy wait in microseconds
 * (default {@value #DEFAULT_IDLE_SPIN_MICROS}; 0: sleep at once; values above one second are taken
 * as one second, negative ones as 0), and {@value #KEEP_ALIVE_PROPERTY}, the idle time before a
 * worker ends in milliseconds (default {@value #DEFAULT_KEEP_ALIVE_MILLIS}; taken between 1 and
 * one hour).
 *
 * <p>A product {@link #hire hires} the workers it uses for its duration, so products running at
 * the same time on several threads never share one: the first takes the free workers, the others
 * compute alone on their own threads (every core then already has a thread with work, and more
 * threads would only take turns). Tasks record their own failures; a worker outlives a task that
 * throws.
 */
final class KernelWorkers {

    /** System property with the busy wait after a task, in microseconds. */
    static final String IDLE_SPIN_PROPERTY = "statlearn.kernels.idleSpinMicros";
    /** Default busy wait after a task, in microseconds. */
    static final long DEFAULT_IDLE_SPIN_MICROS = 200;
    private static final long IDLE_SPIN_NANOS = Math.max(0L,
            Math.min(1_000_000L, Long.getLong(IDLE_SPIN_PROPERTY, DEFAULT_IDLE_SPIN_MICROS)))
            * 1000L;

    /** Workers: the common pool's parallelism, but fewer than the processors (0 on one CPU). */
    private static final int COUNT = Math.max(0, Math.min(ForkJoinPool.getCommonPoolParallelism(),
            Runtime.getRuntime().availableProcessors() - 1));
    /** System property with the idle time after which a worker ends, in milliseconds. */
    static final String KEEP_ALIVE_PROPERTY = "statlearn.kernels.keepAliveMillis";
    /** Default idle time after which a worker ends, in milliseconds (the common pool's). */
    static final long DEFAULT_KEEP_ALIVE_MILLIS = 60_000;
    private static final long KEEP_ALIVE_NANOS = Math.max(1L,
            Math.min(3_600_000L, Long.getLong(KEEP_ALIVE_PROPERTY, DEFAULT_KEEP_ALIVE_MILLIS)))
            * 1_000_000L;
    /** The workers by index; null until first used. */
    private static final AtomicReferenceArray<Worker> WORKERS = new AtomicReferenceArray<>(COUNT);
    /** 1 for the workers a product has hired. */
    private static final AtomicIntegerArray HIRED = new AtomicIntegerArray(COUNT);

    private KernelWorkers() {
    }

    /**
     * The busy wait of a worker after a task, in nanoseconds.
     *
     * @return the wait, between 0 and one second
     */
    static long idleSpinNanos() {
        return IDLE_SPIN_NANOS;
    }

    /**
     * The idle time after which a worker ends, in nanoseconds.
     *
     * @return the time, between one millisecond and one hour
     */
    static long keepAliveNanos() {
        return KEEP_ALIVE_NANOS;
    }

    /**
     * Threads a parallel product runs on: the workers and the caller.
     *
     * @return {@link ForkJoinPool#getCommonPoolParallelism()} + 1, at most the number of
     *         processors
     */
    static int threads() {
        return COUNT + 1;
    }

    /**
     * Work for the helpers: {@link #work()} once per thread it is given to, returning whether
     * that thread found anything to do (a helper that comes after the caller has taken every
     * part finds nothing). A worker waits busy for the next task only after one that had work
     * for it: on a machine whose cores are all busy the helpers come late, find nothing, and
     * then sleep at once instead of taking CPU time from the threads that have work.
     */
    @FunctionalInterface
    interface Task {
        /**
         * Does this thread's share.
         *
         * @return whether there was anything left to do
         */
        boolean work();
    }

    /**
     * Hires up to {@code wanted} workers that no other product has hired, for one product; none
     * when every worker works for another product (then the caller computes alone: with as many
     * products running as workers, every core already has a thread with work).
     *
     * @param wanted helpers the product can use
     * @return the hired workers, to {@link Crew#close() release} when the product is done
     */
    static Crew hire(int wanted) {
        int[] members = new int[Math.max(0, Math.min(wanted, COUNT))];
        int size = 0;
        for (int w = 0; w < COUNT && size < members.length; w++) {
            if (HIRED.compareAndSet(w, 0, 1)) {
                members[size++] = w;
            }
        }
        return new Crew(members, size);
    }

    /** Workers hired by one product; {@link #close()} lets other products hire them again. */
    static final class Crew implements AutoCloseable {
        private final int[] members;
        private final int size;

        private Crew(int[] members, int size) {
            this.members = members;
            this.size = size;
        }

        /**
         * Number of workers hired.
         *
         * @return between 0 and the number wanted
         */
        int size() {
            return size;
        }

        /** Gives {@code task} to every hired worker, each calling {@link Task#work()} once. */
        void start(Task task) {
            for (int i = 0; i < size; i++) {
                offer(members[i], task);
            }
        }

        @Override
        public void close() {
            for (int i = 0; i < size; i++) {
                HIRED.set(members[i], 0);
            }
        }
    }

    /**
     * Gives {@code task} to worker {@code w}, hired by the caller; starts the worker if there is
     * none yet or it has ended. A task of an earlier product that the worker has not started yet
     * is dropped: that product is done (its caller released the worker after its last part).
     */
    private static void offer(int w, Task task) {
        Worker worker = WORKERS.get(w);
        if (worker != null && worker.offer(task)) {
            return;
        }
        synchronized (WORKERS) {
            worker = WORKERS.get(w);
            if (worker != null && worker.offer(task)) {
                return;
            }
            try {
                worker = new Worker(w + 1, task);
                worker.start();
            } catch (OutOfMemoryError | SecurityException e) {
                return; // no more native threads (or not allowed): the caller does the work
            }
            WORKERS.set(w, worker);
        }
    }

    /** Busy-wait of a waiting caller before it sleeps, in nanoseconds. */
    private static final long AWAIT_SPIN_NANOS = 50_000;
    /** Sleep of a waiting caller after {@link #AWAIT_SPIN_NANOS}, in nanoseconds. */
    private static final long AWAIT_PARK_NANOS = 20_000;

    /**
     * Waits until {@code done} reaches {@code total}: spinning for up to
     * {@value #AWAIT_SPIN_NANOS} ns, then sleeping {@value #AWAIT_PARK_NANOS} ns at a time, so
     * that on a busy machine the waiting thread gives its core to the one it waits for (whoever
     * completes the last part should also unpark the waiting thread).
     */
    static void await(AtomicInteger done, int total) {
        if (done.get() >= total) {
            return;
        }
        long start = System.nanoTime();
        while (done.get() < total) {
            if (System.nanoTime() - start < AWAIT_SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(AWAIT_PARK_NANOS);
            }
        }
    }

    /**
     * One helper thread with a slot for the next task: the worker empties the slot when it
     * starts the task, so a task given while it runs another waits for that one (the caller of a
     * product takes the parts no helper has started, so it never waits for such a task), and a
     * task given while another waits replaces it (only the product that hired the worker gives it
     * tasks, so the one waiting belongs to a product that is done). A worker that ends puts
     * {@link #RETIRED} in its slot, so that nothing is given to it after.
     */
    private static final class Worker extends Thread {
        private static final Task RETIRED = () -> false;
        private final AtomicReference<Task> slot;
        private volatile boolean sleeping;

        Worker(int number, Task first) {
            super(null, null, "statlearn-kernel-" + number, 0);
            this.slot = new AtomicReference<>(first);
            setDaemon(true);
            setContextClassLoader(null);
        }

        /**
         * Puts the task in the slot, replacing one not started yet; wakes the worker if it
         * sleeps. False if the worker has ended.
         */
        boolean offer(Task task) {
            for (Task pending = slot.get(); pending != RETIRED; pending = slot.get()) {
                if (slot.compareAndSet(pending, task)) {
                    // the slot is written before sleeping is read, and the worker writes
                    // sleeping before it reads the slot: one of the two sees the other's write
                    if (sleeping) {
                        LockSupport.unpark(this);
                    }
                    return true;
                }
            }
            return false;
        }

        @Override
        public void run() {
            boolean worked = true;
            for (Task task = next(worked); task != null; task = next(worked)) {
                try {
                    worked = task.work();
                } catch (RuntimeException | Error e) {
                    // tasks record their own failures; a worker outlives a failing task
                    worked = false;
                }
            }
        }

        /**
         * The next task, taken out of the slot: at once, after a busy wait (when the last task
         * had work for this thread), or after sleeping; null when none came for
         * {@link #keepAliveNanos()} (the slot then holds {@link #RETIRED}).
         */
        private Task next(boolean spin) {
            Task task = slot.getAndSet(null);
            long start = System.nanoTime();
            long spinNanos = spin ? IDLE_SPIN_NANOS : 0;
            while (task == null && System.nanoTime() - start < spinNanos) {
                Thread.onSpinWait();
                task = slot.getAndSet(null);
            }
            if (task != null) {
                return task;
            }
            sleeping = true;
            try {
                while ((task = slot.getAndSet(null)) == null) {
                    long idle = System.nanoTime() - start;
                    if (idle >= KEEP_ALIVE_NANOS && slot.compareAndSet(null, RETIRED)) {
                        return null;
                    }
                    // an interrupt (nobody should send one) must not turn the sleep into a spin
                    Thread.interrupted();
                    LockSupport.parkNanos(this, KEEP_ALIVE_NANOS - idle);
                }
            } finally {
                sleeping = false;
            }
            return task;
        }
    }
}
