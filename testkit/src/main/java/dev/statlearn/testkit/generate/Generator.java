package dev.statlearn.testkit.generate;

import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A generator of values: a plain function of a {@link RandomGenerator}. The same generator state
 * gives the same value, so a seed replays a value. Property-testing libraries wrap a generator by
 * handing it a generator seeded from their own primitives (see the testkit guide in the README);
 * size and shape arguments of the factories are plain ints, so a library shrinks through them.
 *
 * @param <T> the generated type
 * @since 0.2
 */
@FunctionalInterface
public interface Generator<T> {

    /**
     * The next value.
     *
     * @param rng the source of randomness
     * @return a value, never null
     */
    T next(RandomGenerator rng);

    /**
     * A generator of {@code f} applied to this generator's values.
     *
     * @param f   a function of a value
     * @param <R> its result type
     * @return the mapped generator
     * @throws NullPointerException if {@code f} is null
     */
    default <R> Generator<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return rng -> f.apply(next(rng));
    }

    /**
     * A generator that draws a value of this generator, then a value of the generator {@code f}
     * makes from it, from the same stream.
     *
     * @param f   a function from a value to a generator
     * @param <R> the second generator's type
     * @return the chained generator
     * @throws NullPointerException if {@code f} is null
     */
    default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> f) {
        Objects.requireNonNull(f, "f");
        return rng -> f.apply(next(rng)).next(rng);
    }
}
