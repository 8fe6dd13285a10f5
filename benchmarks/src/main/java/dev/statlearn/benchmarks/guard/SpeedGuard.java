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
import java.util.TreeSet;
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
 * (how many times faster statlearn is than the plain loop: both sides on the same Java runtime
 * with the same flags, each in its own fork, on the same machine) must stay at or above the floor
 * committed in {@code guard-floors.properties} for the running kernel path ({@code scalar.<kernel>}
 * or {@code vector.<kernel>}). A kernel below its floor fails the build with a line naming the
 * kernel, its ratio and the floor; so does a pair without a floor, a floor without a measured pair,
 * or a pair measured on one side only (see {@link #evaluate}). Ratios, not times, are guarded,
 * so a slower or busier machine moves both sides; the floors keep a margin for the noise of a
 * loaded 2-core machine (see {@code benchmarks/README.md} for how they were set and how to raise
 * one after a deliberate speed-up).
 *
 * <p>Usage: {@code java -cp <benchmarks classpath> dev.statlearn.benchmarks.guard.SpeedGuard
 * [--only kernel,kernel] [--path scalar|vector] [--report FILE]}; {@code --path} fails the run
 * when the JVM is on the other kernel path (so a Vector API run that fell back to scalar cannot pass
 * unnoticed); with {@code --add-modules jdk.incubator.vector} it
 * guards the Vector API path (the forks inherit the JVM's arguments; the build runs both paths).
 * Exit status 0 when every kernel is at or above its floor, 1 otherwise.
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
     * @param args {@code --only kernel,kernel} to run some kernels, {@code --path scalar|vector} to
     *             require a kernel path, {@code --report FILE} to write the table to a file as well
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        List<String> only = null;
        Path report = null;
        String expected = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--only":
                    only = List.of(args[++i].split(","));
                    break;
                case "--report":
                    report = Path.of(args[++i]);
                    break;
                case "--path":
                    expected = args[++i];
                    break;
                default:
                    throw new IllegalArgumentException("unknown argument " + args[i]
                            + " (expected --only kernel,kernel, --path scalar|vector or --report FILE)");
            }
        }
        String path = Kernels.isVector() ? "vector" : "scalar";
        if (expected != null && !expected.equals(path)) {
            System.err.println("speed guard: asked to guard the " + expected + " path, but this JVM runs the "
                    + path + " path (" + Kernels.description() + ")");
            System.exit(1);
        }
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
            times.computeIfAbsent(kernel, k -> new double[] {Double.NaN, Double.NaN})[reference ? 1 : 0] =
                    r.getPrimaryResult().getStatistics().getPercentile(50.0);
        }
        Verdict verdict = evaluate(path, floors, times, only);
        String table = table(path, verdict.checks());
        System.out.println(table);
        if (report != null) {
            try {
                Files.writeString(report, table + "\n" + String.join("\n", verdict.problems()) + "\n",
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!verdict.problems().isEmpty()) {
            verdict.problems().forEach(System.err::println);
            System.exit(1);
        }
    }

    /** The checks made and the problems found; the guard passes when there is no problem. */
    record Verdict(List<Check> checks, List<String> problems) {
    }

    /**
     * Compares measured pairs with the floors of one kernel path. A problem is: a kernel below its
     * floor; a measured kernel without a floor, or whose floor is not a number; a pair measured on
     * one side only; a floor of the path (among the kernels asked for) or a kernel asked for with
     * {@code --only} that no pair measured. So a renamed or lost benchmark fails the guard instead
     * of passing unchecked.
     *
     * @param path   {@code scalar} or {@code vector}
     * @param floors the floors file
     * @param times  per kernel, the median call of its statlearn side and of its reference, in µs
     *               (NaN when that side was not measured)
     * @param only   the kernels asked for, or {@code null} for all
     * @return the checks and the problems
     */
    static Verdict evaluate(String path, Properties floors, Map<String, double[]> times, List<String> only) {
        List<Check> checks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, double[]> e : times.entrySet()) {
            String kernel = e.getKey();
            double[] t = e.getValue();
            if (Double.isNaN(t[0]) || Double.isNaN(t[1])) {
                problems.add("speed guard: " + kernel + " was measured on one side only (" + kernel + "_"
                        + (Double.isNaN(t[0]) ? "statlearn" : "reference") + " is missing from GuardBenchmark)");
                continue;
            }
            String key = path + "." + kernel;
            String text = floors.getProperty(key);
            if (text == null) {
                problems.add("speed guard: no floor for " + key + " in " + FLOORS);
                continue;
            }
            double floor;
            try {
                floor = Double.parseDouble(text.trim());
            } catch (NumberFormatException ex) {
                problems.add("speed guard: the floor " + key + " in " + FLOORS + " must be a number, was '" + text + "'");
                continue;
            }
            Check c = new Check(kernel, t[0], t[1], floor);
            checks.add(c);
            if (!c.passes()) {
                problems.add(String.format(Locale.ROOT,
                        "speed guard: %s is %.2fx the reference loop on the %s path, below its floor %.2fx",
                        c.kernel(), c.ratio(), path, c.floor()));
            }
        }
        String prefix = path + ".";
        for (String key : new TreeSet<>(floors.stringPropertyNames())) {
            if (!key.startsWith(prefix)) {
                continue;
            }
            String kernel = key.substring(prefix.length());
            if ((only == null || only.contains(kernel)) && !times.containsKey(kernel)) {
                problems.add("speed guard: " + key + " has a floor in " + FLOORS + " but no pair " + kernel
                        + "_statlearn / " + kernel + "_reference was measured");
            }
        }
        if (only != null) {
            for (String kernel : only) {
                if (!times.containsKey(kernel) && floors.getProperty(prefix + kernel) == null) {
                    problems.add("speed guard: --only names " + kernel + ", which is neither a measured pair nor a floor");
                }
            }
        }
        return new Verdict(checks, problems);
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
