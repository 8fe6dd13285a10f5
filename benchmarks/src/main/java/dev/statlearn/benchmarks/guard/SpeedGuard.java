package dev.statlearn.benchmarks.guard;

import dev.statlearn.core.internal.kernel.Kernels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The speed guard the build runs in {@code benchmarks}' {@code verify} phase: every pair of
 * {@link GuardBenchmark} is measured with JMH (one fork per method, 3 warm-up and 5 measurement
 * iterations of 300 ms, every call timed; the median call counts), and for each kernel the ratio
 * \[ r = t_\text{reference} / t_\text{statlearn} \]
 * (how many times faster statlearn is than the plain loop, in the same JVM on the same machine)
 * must stay at or above the floor committed in {@code guard-floors.properties} for the running
 * kernel path ({@code scalar.<kernel>} or {@code vector.<kernel>}). A kernel below its floor fails
 * the build with a line naming the kernel, its ratio and the floor. Ratios, not times, are guarded,
 * so a slower or busier machine moves both sides; the floors keep a margin for the noise of a
 * loaded 2-core machine (see {@code benchmarks/README.md} for how they were set and how to raise
 * one after a deliberate speed-up).
 *
 * <p>Usage: {@code java -cp <benchmarks classpath> dev.statlearn.benchmarks.guard.SpeedGuard
 * [--only kernel,kernel] [--report FILE]}; with {@code --add-modules jdk.incubator.vector} on
 * Java 21+ it guards the Vector API path (the forks inherit the JVM's arguments). Exit status 0
 * when every kernel is at or above its floor, 1 otherwise.
 */
public final class SpeedGuard {

    private static final String FLOORS = "guard-floors.properties";

    private SpeedGuard() {
    }

    /** One kernel's measurement against its floor. */
    record Check(String kernel, double statlearnMicros, double referenceMicros, double floor) {

        double ratio() {
            return referenceMicros / statlearnMicros;
        }

        boolean passes() {
            return ratio() >= floor;
        }
    }

    /**
     * Runs the guard.
     *
     * @param args {@code --only kernel,kernel} to run some kernels, {@code --report FILE} to write
     *             the table to a file as well
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        List<String> only = null;
        Path report = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--only":
                    only = List.of(args[++i].split(","));
                    break;
                case "--report":
                    report = Path.of(args[++i]);
                    break;
                default:
                    throw new IllegalArgumentException("unknown argument " + args[i]
                            + " (expected --only kernel,kernel or --report FILE)");
            }
        }
        String path = Kernels.isVector() ? "vector" : "scalar";
        Properties floors = loadFloors();
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.milliseconds(300))
                .measurementIterations(5).measurementTime(TimeValue.milliseconds(300))
                .shouldFailOnError(true);
        if (only == null) {
            options.include(GuardBenchmark.class.getName() + "\\..*");
        } else {
            for (String kernel : only) {
                options.include(GuardBenchmark.class.getName() + "\\." + kernel + "_.*");
            }
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, double[]> times = new TreeMap<>();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            int cut = method.lastIndexOf('_');
            String kernel = method.substring(0, cut);
            boolean reference = method.substring(cut + 1).equals("reference");
            // the median call: robust to the other processes of a busy machine, unlike the mean
            times.computeIfAbsent(kernel, k -> new double[2])[reference ? 1 : 0] =
                    r.getPrimaryResult().getStatistics().getPercentile(50.0);
        }
        List<Check> checks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, double[]> e : times.entrySet()) {
            String key = path + "." + e.getKey();
            String floor = floors.getProperty(key);
            if (floor == null) {
                problems.add("speed guard: no floor for " + key + " in " + FLOORS);
                continue;
            }
            checks.add(new Check(e.getKey(), e.getValue()[0], e.getValue()[1],
                    Double.parseDouble(floor.trim())));
        }
        String table = table(path, checks);
        System.out.println(table);
        for (Check c : checks) {
            if (!c.passes()) {
                problems.add(String.format(Locale.ROOT,
                        "speed guard: %s is %.2fx the reference loop on the %s path, below its floor %.2fx",
                        c.kernel(), c.ratio(), path, c.floor()));
            }
        }
        if (report != null) {
            try {
                Files.writeString(report, table + "\n" + String.join("\n", problems) + "\n",
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            System.exit(1);
        }
    }

    static String table(String path, List<Check> checks) {
        StringBuilder sb = new StringBuilder();
        sb.append("Speed guard, ").append(path).append(" path (").append(Kernels.description())
                .append("), ").append(System.getProperty("java.vendor")).append(' ')
                .append(Runtime.version()).append('\n');
        sb.append(String.format(Locale.ROOT, "%-20s %14s %14s %8s %8s  %s%n", "kernel",
                "statlearn µs", "reference µs", "ratio", "floor", "status"));
        for (Check c : checks) {
            sb.append(String.format(Locale.ROOT, "%-20s %14.1f %14.1f %8.2f %8.2f  %s%n",
                    c.kernel(), c.statlearnMicros(), c.referenceMicros(), c.ratio(), c.floor(),
                    c.passes() ? "ok" : "BELOW FLOOR"));
        }
        return sb.toString();
    }

    private static Properties loadFloors() {
        Properties p = new Properties();
        try (InputStream in = SpeedGuard.class.getResourceAsStream(FLOORS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FLOORS);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
