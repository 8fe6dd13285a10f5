package dev.statlearn.core;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.preprocess.Imputer;
import dev.statlearn.core.preprocess.MinMaxScaler;
import dev.statlearn.core.preprocess.OneHotEncoder;
import dev.statlearn.core.preprocess.StandardScaler;
import dev.statlearn.core.testing.HostileInputSweep;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.Reader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile-input sweep over every public entry point of {@code dev.statlearn.core.**} (see
 * {@link HostileInputSweep}); the counts are written to {@code target/hostile-sweep/core.txt}.
 *
 * <p>Counts when written (2026-12-01), 1,040 calls: 557 returned, 6 documented NaN
 * ({@code xLogY}, {@code relEntr} outside their domain), 379 IAE naming the argument, 94 NPE
 * naming it, 2 documented I/O errors naming the path, 2 legal sizes the caller asked for (stopped
 * at the sweep's allocation limit), 0 findings. The first run found 23 (messages naming another
 * argument, {@code permutation}/{@code streams} running out of memory, an
 * {@code IndexOutOfBoundsException} from {@code logSumExp}); {@link SweepFindingsTest} pins
 * each fix.
 */
class CoreHostileInputSweepTest {

    private static final HostileInputSweep SWEEP = HostileInputSweep.forPackages("dev.statlearn.core")
            .alias("Checks.*", "*", "x")
            .defaultFor("Checks.inOpenRange", "lo", () -> 0.0)
            .defaultFor("Checks.inOpenRange", "hi", () -> 1.0)
            .defaultFor("Checks.index", "index", () -> 1)
            .defaultFor("Numerics.logSumExp", "from", () -> 1)
            .defaultFor("MinMaxScaler.fit", "lower", () -> 0.0)
            .defaultFor("MinMaxScaler.fit", "upper", () -> 1.0)
            .defaultFor("Csv.readClassification", "classNames", () -> List.of("c0", "c1", "c2", "c3", "c4", "c5"))
            .defaultForName("column", () -> 1)
            .defaultForName("row", () -> new double[] {0.1, 0.2})
            .defaultFor("Dataset.row", "row", () -> 1)
            .defaultFor("Dataset.label", "row", () -> 1)
            .defaultFor("Dataset.value", "row", () -> 1)
            .defaultFor("Dataset.oneVsRest", "positive", () -> 1)
            .defaultFor("Transformer.check*", "expected", () -> 2)
            .defaultFor("*.andThen", "next", () -> StandardScaler.fit(new double[][] {{1, 2}, {2, 4}, {3, 9}}))
            .defaultFor("OneHotEncoder.andThen", "next",
                    () -> StandardScaler.fit(new double[][] {{1, 0, 2, 5}, {2, 1, 4, 6}, {3, 0, 9, 8}}))
            .defaultFor("OneHotEncoder.categories", "column", () -> 0)
            .defaultFor("Csv.readClassification", "featureNames", () -> List.of("f0"))
            .alias("Transformer.check*", "expected", "fitted")
            .alias("Numerics.logSumExp", "*", "from")
            .alias("Numerics.logSumExp", "*", "to")
            .alias("Checks.sameLength", "a", "a")
            .alias("Checks.sameLength", "b", "b")
            .allowNaN("Numerics.xLogY", "documented: NaN for x != 0 and y < 0 (log undefined), as SciPy")
            .allowNaN("Numerics.relEntr", "documented: NaN outside the domain x, y >= 0")
            .requestedAllocation("Randomness.permutation(int,RandomGenerator) | n=1073741824",
                    "2^30 is a legal size below Checks.MAX_ARRAY_LENGTH; the caller asked for 4 GiB")
            .requestedAllocation("Randomness.streams(long,int) | n=1073741824",
                    "2^30 is a legal count below Checks.MAX_ARRAY_LENGTH; the caller asked for 2^30 generators")
            .allowException("Csv.readMatrix(Path,boolean)", UncheckedIOException.class,
                    "documented: the file cannot be read; the message names the path")
            .mutates("Randomness.shuffle", "shuffles a in place, as documented")
            .defaultFor("Checks.sameLength", "aName", () -> "a")
            .defaultFor("Checks.sameLength", "bName", () -> "b")
            .defaultFor(Reader.class, () -> new StringReader("1,2\n3,4\n0,5\n"))
            .defaultForName("featureNames", () -> List.of("f0", "f1"))
            .defaultForName("inputNames", () -> List.of("f0", "f1"))
            .defaultForName("categories", () -> List.of("a", "b"))
            .defaultFor("Checks.notNull", "x", () -> "value")
            .defaultFor(Path.class, CoreHostileInputSweepTest::csvFile)
            .defaultForName("classNames", () -> List.of("c0", "c1", "c2"))
            .defaultForName("values", () -> new String[] {"a", "b", "a"})
            .defaultForName("columns", () -> new int[] {0})
            .instance(Dataset.class, () -> Dataset.classification(
                    new double[][] {{0.1, 0.2}, {0.3, 0.5}, {0.6, 0.1}, {0.9, 0.7}}, new int[] {0, 1, 2, 1}))
            .instance(StandardScaler.class, () -> StandardScaler.fit(new double[][] {{1, 2}, {2, 4}, {3, 9}}))
            .instance(MinMaxScaler.class, () -> MinMaxScaler.fit(new double[][] {{1, 2}, {2, 4}, {3, 9}}))
            .instance(Imputer.class, () -> Imputer.fit(new double[][] {{1, 2}, {2, 4}, {3, 9}}, Imputer.Strategy.MEAN))
            .instance(OneHotEncoder.class, () -> OneHotEncoder.fit(new double[][] {{0, 2}, {1, 4}, {0, 9}}, 0))
            .build();

    private static Path csvFile() {
        try {
            Path f = Files.createTempFile("statlearn-sweep", ".csv");
            f.toFile().deleteOnExit();
            return Files.writeString(f, "1,2\n3,4\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicNode> sweep() {
        return SWEEP.tests();
    }

    @AfterAll
    static void printSummary() throws IOException {
        System.out.println(SWEEP.summary());
        SWEEP.writeSummary(Path.of("target", "hostile-sweep", "core.txt"));
    }
}
