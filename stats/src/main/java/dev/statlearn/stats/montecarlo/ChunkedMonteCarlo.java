package dev.statlearn.stats.montecarlo;

import dev.statlearn.core.Randomness;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * Parallel plain Monte Carlo in fixed chunks: chunk \( c \) of a run of \( n \) samples holds
 * \( \min(\mathrm{CHUNK\_SIZE}, n - c\,\mathrm{CHUNK\_SIZE}) \) samples drawn from
 * {@code Randomness.stream(seed, c)}; the chunks' {@link PartialSums} are merged in chunk order.
 * Arguments are checked by the {@link MonteCarlo} facade.
 */
final class ChunkedMonteCarlo {

    /**
     * Chunks in flight at once: the next chunk is submitted when the oldest one has been folded
     * in, so memory stays bounded whatever {@code n}; enough to keep any realistic pool busy.
     */
    private static final int CHUNKS_IN_FLIGHT = 256;

    private ChunkedMonteCarlo() {
    }

    /** Work of one chunk: draw {@code size} samples from {@code rng} and return their sums. */
    @FunctionalInterface
    interface ChunkKernel {
        PartialSums run(RandomGenerator rng, int size);
    }

    /** One chunk of the one-dimensional integrator: {@code size} points uniform on [a, a + w). */
    static ChunkKernel uniformKernel(DoubleUnaryOperator f, double a, double w) {
        return (rng, size) -> PlainMonteCarlo.uniformSums(f, a, w, size, rng).toPartialSums();
    }

    /** One chunk of the box integrator; copies the (checked) corners. Each chunk allocates one point array. */
    static ChunkKernel boxKernel(ToDoubleFunction<double[]> f, double[] lower, double[] upper) {
        UniformBox box = UniformBox.of(lower, upper);
        return (rng, size) -> PlainMonteCarlo.boxSums(f, box, size, rng).toPartialSums();
    }

    /** The sums of chunk {@code chunk} of a run of {@code n} samples (the caller checked the index). */
    static PartialSums runChunk(ChunkKernel kernel, long n, long seed, long chunk) {
        int size = (int) Math.min(MonteCarlo.CHUNK_SIZE, n - chunk * MonteCarlo.CHUNK_SIZE);
        return kernel.run(Randomness.stream(seed, chunk), size);
    }

    /**
     * Runs the chunks of {@code n} samples and folds them in chunk order. With an executor, one
     * task per chunk on it, at most {@link #CHUNKS_IN_FLIGHT} at a time; with {@code null}, the
     * calling thread and the common pool's workers share batches of that many chunks.
     */
    static Estimate run(long n, long seed, Executor executor, double scale, ChunkKernel kernel) {
        long chunks = (n - 1) / MonteCarlo.CHUNK_SIZE + 1;
        int window = (int) Math.min(CHUNKS_IN_FLIGHT, chunks);
        @SuppressWarnings({"unchecked", "rawtypes"})
        CompletableFuture<PartialSums>[] inFlight = executor == null ? null : new CompletableFuture[window];
        for (int c = 0; executor != null && c < window; c++) {
            inFlight[c] = submit(kernel, n, seed, c, executor);
        }
        PartialSums[] batch = executor == null ? new PartialSums[window] : null;
        // with an executor, chunk c + window is submitted as soon as chunk c has been taken
        PartialSums total = PartialSums.empty();
        for (long c = 0; c < chunks; c++) {
            int slot = (int) (c % window);
            PartialSums part;
            if (executor == null) {
                if (slot == 0) {
                    SharedBatch.run(kernel, n, seed, c, (int) Math.min(window, chunks - c), batch);
                }
                part = batch[slot];
            } else {
                part = await(inFlight[slot]);
                inFlight[slot] = c + window < chunks ? submit(kernel, n, seed, c + window, executor) : null;
            }
            total = total.merge(part);
        }
        return total.toEstimate(scale);
    }

    private static CompletableFuture<PartialSums> submit(ChunkKernel kernel, long n, long seed, long chunk,
                                                         Executor executor) {
        return CompletableFuture.supplyAsync(() -> runChunk(kernel, n, seed, chunk), executor);
    }

    private static PartialSums await(CompletableFuture<PartialSums> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw e;
        }
    }

    /**
     * One batch of chunks computed by the calling thread together with up to
     * {@link ForkJoinPool#getCommonPoolParallelism()} helper tasks on the common pool. Workers
     * claim chunk indices from a counter; the caller waits only for helpers that actually started
     * (a helper that starts after the batch is closed does nothing), so a busy common pool never
     * delays the caller beyond its own share of the work. The first exception thrown by the
     * integrand stops the batch and is rethrown on the calling thread.
     */
    private static final class SharedBatch implements Runnable {
        private final ChunkKernel kernel;
        private final long n;
        private final long seed;
        private final long first;
        private final int size;
        private final PartialSums[] out;
        private final AtomicInteger next = new AtomicInteger();
        private int active;
        private boolean closed;
        private Throwable failure;

        private SharedBatch(ChunkKernel kernel, long n, long seed, long first, int size, PartialSums[] out) {
            this.kernel = kernel;
            this.n = n;
            this.seed = seed;
            this.first = first;
            this.size = size;
            this.out = out;
        }

        static void run(ChunkKernel kernel, long n, long seed, long first, int size, PartialSums[] out) {
            SharedBatch batch = new SharedBatch(kernel, n, seed, first, size, out);
            int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), size - 1);
            for (int h = 0; h < helpers; h++) {
                ForkJoinPool.commonPool().execute(batch);
            }
            batch.run();
            batch.closeAndAwait();
        }

        @Override
        public void run() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                active++;
            }
            try {
                for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                    out[i] = runChunk(kernel, n, seed, first + i);
                }
            } catch (RuntimeException | Error e) {
                next.set(size);   // the others stop after their current chunk
                synchronized (this) {
                    if (failure == null) {
                        failure = e;
                    }
                }
            } finally {
                synchronized (this) {
                    if (--active == 0) {
                        notifyAll();
                    }
                }
            }
        }

        private void closeAndAwait() {
            boolean interrupted = false;
            synchronized (this) {
                closed = true;
                while (active > 0) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;   // the helpers' chunks are short: finish waiting
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure instanceof RuntimeException) {
                throw (RuntimeException) failure;
            }
            if (failure instanceof Error) {
                throw (Error) failure;
            }
        }
    }
}
