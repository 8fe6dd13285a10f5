package dev.statlearn.core.testing;

import dev.statlearn.core.Randomness;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.TestAbortedException;

/**
 * Reflective hostile-input sweep: calls every public entry point of a package with argument lists
 * in which exactly one parameter is replaced by a hostile value of its type while the others keep
 * valid defaults, and classifies each answer.
 *
 * <p><b>Entry points.</b> Public static methods and public constructors of every public class in
 * the swept packages (sub-packages named {@code internal} are left out), and the public instance
 * methods of sample instances. Sample instances come from {@link Builder#instance} or, for
 * classes without one, from the first public static factory, constructor or static method that
 * returns an instance of the class when called with all-default arguments ("harvested").
 *
 * <p><b>Hostile values</b> per parameter type: {@code null} for every reference type; for
 * {@code double} NaN, ±∞, ±1e300, ±1e-300, −0.0, {@code MIN_VALUE}, {@code MAX_VALUE}; for
 * {@code int} and {@code long} 0, −1, MIN, MAX and 2<sup>30</sup>; for {@code double[]} empty,
 * a NaN, an ∞, {@code {1e300, -1e300}}, constant, a single element and (when the method has
 * another array parameter) a mismatched length; for {@code double[][]} empty, ragged, rows of
 * zero columns, a null row, a NaN and an ∞; for {@code int[]} empty, a negative, 2<sup>30</sup>
 * and {@code Integer.MAX_VALUE} label and a mismatched length; for {@code String} and
 * {@link Path} empty and nonexistent; for {@link DoubleUnaryOperator} functions returning NaN and
 * ∞. {@link Builder#hostile} adds more.
 *
 * <p><b>Valid defaults</b> come from a small type table ({@code double} 0.5, {@code int} 4,
 * {@code long} 1000, {@code double[]} {@code {0.1, 0.2, 0.3, 0.4}}, a 4 × 2 matrix, labels
 * {@code {0, 1, 2, 1}}, a seeded {@link RandomGenerator}, ...), then instances of the swept
 * classes whose type fits the parameter; a test overrides them by type ({@link Builder#defaultFor(Class, Supplier)}),
 * by parameter name ({@link Builder#defaultForName}) or per method and parameter
 * ({@link Builder#defaultFor(String, String, Supplier)}). Before any hostile case, the method is
 * called with all defaults (the baseline); if that fails, its hostile cases are reported as
 * aborted with the baseline's exception, so the defaults can be fixed.
 *
 * <p><b>Allowed outcomes</b> ({@link Outcome#acceptable()}): a normal return, whose
 * {@code double}, {@code double[]} or {@code double[][]} result (and, for a result object of a
 * statlearn type, the results of its public no-argument {@code double}/{@code double[]} methods)
 * holds no NaN when every argument was finite, unless allow-listed with a reason
 * ({@link Builder#allowNaN}); an {@link IllegalArgumentException} of exactly that class or of a
 * statlearn subclass whose message names the parameter (its name from {@code -parameters}, or an
 * {@link Builder#alias}) and states a rule or value; a {@link NullPointerException} for a null
 * argument naming it; a checked exception the method declares (e.g. {@link IOException} for a
 * nonexistent file). Anything else is a finding: another exception type (including Commons Math
 * exceptions and {@link NumberFormatException}, although they extend
 * {@link IllegalArgumentException}), a call running past the time limit, an
 * {@link OutOfMemoryError} or more than the allocation limit allocated by the call, a silent
 * NaN, or an input array modified by the call.
 *
 * <p><b>Guards.</b> Each call, with the construction of its receiver and the checks of its
 * result, runs on its own daemon thread with a time limit (default 5 s) and an allocation limit
 * (default 512 MiB, measured with
 * {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}); a call over either limit is
 * stopped so that a hang or a runaway allocation does not take the test JVM down with it. The
 * construction of its arguments (defaults and hostile values, which may run swept code) and the
 * search for instances of parameter types run under the same guard, separately.
 *
 * <p><b>Report.</b> {@link #tests()} returns one dynamic container per class and one dynamic test
 * per entry point × hostile case, named e.g. {@code Normal.of(double mean, double sd) | sd=NaN}; a
 * finding fails its test. {@link #summary()} counts outcomes per category. A finding that cannot be
 * fixed yet is listed with {@link Builder#openFinding} and reported as aborted, with its reason.
 *
 * <p>Patterns ({@code skip}, {@code allowNaN}, {@code openFinding}, per-method defaults) are globs
 * over the key {@code SimpleClassName.method(type,...)} ({@code SimpleClassName.new(...)} for
 * constructors; instance methods use the sample's class), where {@code *} matches anything; a
 * pattern without {@code (} matches every overload. {@code openFinding} patterns are matched
 * against {@code key | case}.
 */
public final class HostileInputSweep {

    /** Category of one call's answer. */
    public enum Outcome {
        /** Returned normally, result checked. */
        RETURNED(true),
        /** Returned NaN (or a result object with a NaN) where the allow-list documents it. */
        DOCUMENTED_NAN(true),
        /** {@link IllegalArgumentException} naming the argument. */
        REJECTED_IAE(true),
        /** {@link NullPointerException} naming the null argument. */
        REJECTED_NPE(true),
        /**
         * A checked exception the method declares, or an exception allow-listed with
         * {@link Builder#allowException} (e.g. an I/O error for a nonexistent file), naming the
         * argument.
         */
        DOCUMENTED_EXCEPTION(true),
        /** Stopped at the allocation limit, but the size was the caller's explicit, legal request. */
        REQUESTED_ALLOCATION(true),
        /** Stopped at the time limit, but the work was the caller's explicit, legal request. */
        REQUESTED_WORK(true),
        /** The all-defaults call failed: hostile cases not run (fix the defaults). */
        NO_BASELINE(true),
        /** IAE or NPE whose message does not name the argument or states no rule/value. */
        UNNAMED_MESSAGE(false),
        /** Any other exception type (internal error, Commons Math, number format, ...). */
        OTHER_EXCEPTION(false),
        /** NaN from finite input, not documented. */
        SILENT_NAN(false),
        /** An input array was modified. */
        INPUT_MODIFIED(false),
        /** Ran past the time limit. */
        TIMEOUT(false),
        /** {@link OutOfMemoryError}, or allocated more than the allocation limit. */
        OUT_OF_MEMORY(false);

        private final boolean acceptable;

        Outcome(boolean acceptable) {
            this.acceptable = acceptable;
        }

        /**
         * Whether this outcome is an allowed answer.
         *
         * @return true if allowed
         */
        public boolean acceptable() {
            return acceptable;
        }
    }

    /** One hostile value: a label for reports, a fresh value per call, and whether it is finite. */
    private record Hostile(String label, Supplier<Object> value, boolean finite) {
    }

    private record Rule(Pattern pattern, String reason) {
    }

    private record ParamDefault(Pattern method, String param, Supplier<Object> value) {
    }

    private record Alias(Pattern method, String param, String word) {
    }

    private record Entry(Class<?> owner, Executable exec, String key, String display,
            Supplier<Object> receiver, String receiverLabel) {
    }

    private record Result(Outcome outcome, String detail) {
    }

    private final List<String> packages;
    private final List<Class<?>> classes;
    private final Map<Class<?>, Supplier<Object>> typeDefaults;
    private final List<Map.Entry<String, Supplier<Object>>> nameDefaults;
    private final List<ParamDefault> paramDefaults;
    private final Map<Class<?>, List<Supplier<Object>>> instances;
    private final Map<Class<?>, List<Hostile>> extraHostile;
    private final List<Rule> skips;
    private final List<Rule> allowNaN;
    private final List<Rule> openFindings;
    private final List<Rule> mutates;
    private final List<Rule> largeAllocations;
    private final List<Rule> requestedWork;
    private final Map<Rule, Class<? extends Throwable>> allowedExceptions;
    private final List<Alias> aliases;
    private final Duration timeout;
    private final long allocationLimit;
    private final Map<Outcome, Integer> counts = Collections.synchronizedMap(new EnumMap<>(Outcome.class));
    private final List<String> findings = Collections.synchronizedList(new ArrayList<>());
    private final List<String> noBaseline = Collections.synchronizedList(new ArrayList<>());
    private int open;

    private HostileInputSweep(Builder b) {
        this.packages = List.copyOf(b.packages);
        this.typeDefaults = new LinkedHashMap<>(b.typeDefaults);
        this.nameDefaults = List.copyOf(b.nameDefaults);
        this.paramDefaults = List.copyOf(b.paramDefaults);
        this.instances = new LinkedHashMap<>(b.instances);
        this.extraHostile = new LinkedHashMap<>(b.extraHostile);
        this.skips = List.copyOf(b.skips);
        this.allowNaN = List.copyOf(b.allowNaN);
        this.openFindings = List.copyOf(b.openFindings);
        this.mutates = List.copyOf(b.mutates);
        this.largeAllocations = List.copyOf(b.largeAllocations);
        this.requestedWork = List.copyOf(b.requestedWork);
        this.allowedExceptions = new LinkedHashMap<>(b.allowedExceptions);
        this.aliases = List.copyOf(b.aliases);
        this.timeout = b.timeout;
        this.allocationLimit = b.allocationLimit;
        List<Class<?>> found = new ArrayList<>(b.classes);
        for (String p : packages) {
            found.addAll(scan(p, b.loader));
        }
        found.removeIf(c -> !Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isSynthetic()
                || c.getName().contains(".internal.") || c.getName().endsWith("package-info"));
        found.sort(Comparator.comparing(Class::getName));
        this.classes = List.copyOf(new java.util.LinkedHashSet<>(found));
    }

    /**
     * Starts a sweep over every public class in the given packages and their sub-packages
     * (except {@code internal} ones), found on the test class path.
     *
     * @param packageNames packages, e.g. {@code "dev.statlearn.core"}
     * @return a builder
     */
    public static Builder forPackages(String... packageNames) {
        Builder b = new Builder();
        b.packages.addAll(Arrays.asList(packageNames));
        return b;
    }

    /**
     * Starts a sweep over the given classes only.
     *
     * @param classes classes to sweep
     * @return a builder
     */
    public static Builder forClasses(Class<?>... classes) {
        Builder b = new Builder();
        b.classes.addAll(Arrays.asList(classes));
        return b;
    }

    /** Configures a {@link HostileInputSweep}; every method returns this builder. */
    public static final class Builder {
        private final List<String> packages = new ArrayList<>();
        private final List<Class<?>> classes = new ArrayList<>();
        private final Map<Class<?>, Supplier<Object>> typeDefaults = new LinkedHashMap<>();
        private final List<Map.Entry<String, Supplier<Object>>> nameDefaults = new ArrayList<>();
        private final List<ParamDefault> paramDefaults = new ArrayList<>();
        private final Map<Class<?>, List<Supplier<Object>>> instances = new LinkedHashMap<>();
        private final Map<Class<?>, List<Hostile>> extraHostile = new LinkedHashMap<>();
        private final List<Rule> skips = new ArrayList<>();
        private final List<Rule> allowNaN = new ArrayList<>();
        private final List<Rule> openFindings = new ArrayList<>();
        private final List<Rule> mutates = new ArrayList<>();
        private final List<Rule> largeAllocations = new ArrayList<>();
        private final List<Rule> requestedWork = new ArrayList<>();
        private final Map<Rule, Class<? extends Throwable>> allowedExceptions = new LinkedHashMap<>();
        private final List<Alias> aliases = new ArrayList<>();
        private Duration timeout = Duration.ofSeconds(5);
        private long allocationLimit = 512L << 20;
        private ClassLoader loader = Thread.currentThread().getContextClassLoader();

        private Builder() {
            standardDefaults();
        }

        private void standardDefaults() {
            typeDefaults.put(double.class, () -> 0.5);
            typeDefaults.put(Double.class, () -> 0.5);
            typeDefaults.put(int.class, () -> 4);
            typeDefaults.put(Integer.class, () -> 4);
            typeDefaults.put(long.class, () -> 1000L);
            typeDefaults.put(Long.class, () -> 1000L);
            typeDefaults.put(boolean.class, () -> false);
            typeDefaults.put(double[].class, () -> new double[] {0.1, 0.2, 0.3, 0.4});
            typeDefaults.put(int[].class, () -> new int[] {0, 1, 2, 1});
            typeDefaults.put(long[].class, () -> new long[] {1, 2, 3, 4});
            typeDefaults.put(double[][].class,
                    () -> new double[][] {{0.1, 0.2}, {0.3, 0.5}, {0.6, 0.1}, {0.9, 0.7}});
            typeDefaults.put(String.class, () -> "x");
            typeDefaults.put(char.class, () -> ',');
            typeDefaults.put(RandomGenerator.class, () -> Randomness.seeded(42));
            typeDefaults.put(DoubleUnaryOperator.class, () -> (DoubleUnaryOperator) x -> x * x);
            typeDefaults.put(java.util.function.IntToDoubleFunction.class,
                    () -> (java.util.function.IntToDoubleFunction) k -> k);
            typeDefaults.put(java.util.concurrent.Executor.class, () -> (java.util.concurrent.Executor) Runnable::run);
            typeDefaults.put(boolean[].class, () -> new boolean[] {true, false, true, true});
            typeDefaults.put(String[].class, () -> new String[] {"a", "b", "c", "d"});
            for (String[] range : new String[][] {{"lower", "upper"}, {"lo", "hi"}, {"from", "to"}, {"min", "max"}}) {
                nameDefaults.add(Map.entry(range[0], () -> 0.0));
                nameDefaults.add(Map.entry(range[1], () -> 1.0));
            }
        }

        /**
         * Valid default for every parameter of a type (replaces the built-in one).
         *
         * @param type  parameter type
         * @param value supplies a fresh valid value per call
         * @param <T>   type
         * @return this
         */
        public <T> Builder defaultFor(Class<T> type, Supplier<? extends T> value) {
            typeDefaults.put(type, value::get);
            return this;
        }

        /**
         * Valid default for every parameter with this name, in any method, when the supplied value
         * fits the parameter's type (so one name can have defaults of several types; the latest
         * registered fitting one wins).
         *
         * @param paramName parameter name
         * @param value     supplies a fresh valid value per call
         * @return this
         */
        public Builder defaultForName(String paramName, Supplier<?> value) {
            nameDefaults.add(0, Map.entry(paramName, value::get));
            return this;
        }

        /**
         * Valid default for one parameter of the methods matching a pattern.
         *
         * @param methodPattern glob over {@code Class.method(types)}
         * @param paramName     parameter name
         * @param value         supplies a fresh valid value per call
         * @return this
         */
        public Builder defaultFor(String methodPattern, String paramName, Supplier<?> value) {
            paramDefaults.add(new ParamDefault(glob(methodPattern), paramName, value::get));
            return this;
        }

        /**
         * A sample instance whose public instance methods are swept (may be called several times
         * per class for several samples). Also used as default for parameters of its type.
         *
         * @param type     class (its simple name keys the methods)
         * @param instance supplies a fresh instance per call
         * @param <T>      type
         * @return this
         */
        public <T> Builder instance(Class<T> type, Supplier<? extends T> instance) {
            instances.computeIfAbsent(type, t -> new ArrayList<>()).add(instance::get);
            return this;
        }

        /**
         * An extra hostile value for every parameter of a type.
         *
         * @param type   parameter type
         * @param label  label in reports
         * @param value  supplies a fresh value per call
         * @param finite whether the value counts as finite input (then a NaN result is a finding)
         * @param <T>    type
         * @return this
         */
        public <T> Builder hostile(Class<T> type, String label, Supplier<? extends T> value, boolean finite) {
            extraHostile.computeIfAbsent(type, t -> new ArrayList<>()).add(new Hostile(label, value::get, finite));
            return this;
        }

        /**
         * Leaves out the entry points matching a pattern.
         *
         * @param methodPattern glob over {@code Class.method(types)}
         * @param reason        why (kept for readers)
         * @return this
         */
        public Builder skip(String methodPattern, String reason) {
            skips.add(new Rule(glob(methodPattern), reason));
            return this;
        }

        /**
         * Allows a NaN result (or a NaN from the named accessor of a result object) from finite
         * input where the javadoc documents it.
         *
         * @param methodPattern glob over {@code Class.method(types)}; for an accessor of a result
         *                      object, {@code ResultClass.accessor()}; either may be followed by
         *                      {@code " | case"} to allow NaN for some hostile cases only (e.g.
         *                      {@code "Moments.variance() | x=single element"})
         * @param reason        the documented rule
         * @return this
         */
        public Builder allowNaN(String methodPattern, String reason) {
            allowNaN.add(new Rule(glob(methodPattern), reason));
            return this;
        }

        /**
         * Allows the methods matching a pattern to modify their array arguments, as documented
         * (e.g. an in-place shuffle).
         *
         * @param methodPattern glob over {@code Class.method(types)}
         * @param reason        the documented behaviour
         * @return this
         */
        public Builder mutates(String methodPattern, String reason) {
            mutates.add(new Rule(glob(methodPattern), reason));
            return this;
        }

        /**
         * Accepts an exception type the javadoc of the methods matching a pattern documents (e.g.
         * {@link java.io.UncheckedIOException} when a file cannot be read), provided its message
         * names the argument or shows its value.
         *
         * @param methodPattern glob over {@code Class.method(types)}
         * @param type          documented exception type (subclasses included)
         * @param reason        the documented rule
         * @return this
         */
        public Builder allowException(String methodPattern, Class<? extends Throwable> type, String reason) {
            allowedExceptions.put(new Rule(glob(methodPattern), reason), type);
            return this;
        }

        /**
         * Accepts that the calls matching a pattern allocate more than the allocation limit (or
         * than the heap: {@code OutOfMemoryError: Java heap space}) when the caller explicitly
         * asked for that much (e.g. a permutation of {@code 2^30} elements below the documented
         * maximum length); the call is stopped at the limit and counted as
         * {@link Outcome#REQUESTED_ALLOCATION}. A size above the documented limit (e.g.
         * "Requested array size exceeds VM limit") stays a finding.
         *
         * @param casePattern glob over {@code Class.method(types) | case}
         * @param reason      why the size is the caller's explicit request
         * @return this
         */
        public Builder requestedAllocation(String casePattern, String reason) {
            largeAllocations.add(new Rule(Pattern.compile(globRegex(casePattern)), reason));
            return this;
        }

        /**
         * Accepts that the calls matching a pattern run past the time limit when the caller
         * explicitly asked for that much work (e.g. {@code 2^30} Monte Carlo draws); the call is
         * still stopped at the limit and counted as {@link Outcome#REQUESTED_WORK}.
         *
         * @param casePattern glob over {@code Class.method(types) | case}
         * @param reason      why the work is the caller's explicit request
         * @return this
         */
        public Builder requestedWork(String casePattern, String reason) {
            requestedWork.add(new Rule(Pattern.compile(globRegex(casePattern)), reason));
            return this;
        }

        /**
         * Reports findings matching a pattern as aborted instead of failed, with the reason.
         *
         * @param casePattern glob over {@code Class.method(types) | case}
         * @param reason      why the finding is still open
         * @return this
         */
        public Builder openFinding(String casePattern, String reason) {
            openFindings.add(new Rule(Pattern.compile(globRegex(casePattern)), reason));
            return this;
        }

        /**
         * Accepts {@code word} in messages as naming parameter {@code paramName} of the methods
         * matching a pattern (e.g. a record component, or "row" for a matrix).
         *
         * @param methodPattern glob over {@code Class.method(types)}
         * @param paramName     parameter name, or {@code "*"} for every parameter
         * @param word          word accepted in the message
         * @return this
         */
        public Builder alias(String methodPattern, String paramName, String word) {
            aliases.add(new Alias(glob(methodPattern), paramName, word));
            return this;
        }

        /**
         * Time limit per call (default 5 s).
         *
         * @param limit time limit
         * @return this
         */
        public Builder timeout(Duration limit) {
            this.timeout = Objects.requireNonNull(limit, "limit");
            return this;
        }

        /**
         * Bytes one call may allocate before it is stopped as a memory finding (default 512 MiB).
         *
         * @param bytes limit
         * @return this
         */
        public Builder allocationLimit(long bytes) {
            this.allocationLimit = bytes;
            return this;
        }

        /**
         * Class loader used to find the packages' classes (default: the context class loader).
         *
         * @param loader class loader
         * @return this
         */
        public Builder classLoader(ClassLoader loader) {
            this.loader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Builds the sweep (scans the packages).
         *
         * @return the sweep
         */
        public HostileInputSweep build() {
            return new HostileInputSweep(this);
        }
    }

    /**
     * The classes this sweep covers.
     *
     * @return classes, sorted by name
     */
    public List<Class<?>> classes() {
        return classes;
    }

    /**
     * Dynamic tests: one container per class, one test per entry point × case (the first test of
     * each entry point is its all-defaults baseline).
     *
     * @return dynamic nodes for a {@code @TestFactory}
     */
    public Stream<DynamicNode> tests() {
        harvestInstances();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Class<?> c : classes) {
            List<Entry> entries = entries(c);
            if (entries.isEmpty()) {
                continue;
            }
            List<DynamicNode> perClass = new ArrayList<>();
            for (Entry e : entries) {
                perClass.add(DynamicContainer.dynamicContainer(e.display(), casesOf(e)));
            }
            nodes.add(DynamicContainer.dynamicContainer(c.getSimpleName(), perClass));
        }
        return nodes.stream();
    }

    /**
     * Counts per outcome so far, and the findings (failed and open), one per line.
     *
     * @return a readable summary
     */
    public String summary() {
        StringBuilder sb = new StringBuilder("Hostile-input sweep of " + (packages.isEmpty() ? classes : packages) + "\n");
        int total = 0;
        synchronized (counts) {
            for (Outcome o : Outcome.values()) {
                int n = counts.getOrDefault(o, 0);
                total += n;
                sb.append(String.format("  %-20s %6d%s%n", o, n, o.acceptable() ? "" : "  (finding)"));
            }
        }
        sb.append(String.format("  %-20s %6d%n", "total", total));
        sb.append(String.format("  %-20s %6d%n", "open (aborted)", open));
        synchronized (findings) {
            for (String f : findings) {
                sb.append("  ! ").append(f).append('\n');
            }
        }
        synchronized (noBaseline) {
            for (String f : noBaseline) {
                sb.append("  ? no baseline ").append(f).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Writes {@link #summary()} to a file (creating its directory), e.g. under {@code target/}.
     *
     * @param file destination
     * @throws IOException if writing fails
     */
    public void writeSummary(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, summary());
    }

    /**
     * Counts per outcome so far.
     *
     * @return a copy of the counts
     */
    public Map<Outcome, Integer> counts() {
        synchronized (counts) {
            return new EnumMap<>(counts.isEmpty() ? new EnumMap<>(Outcome.class) : counts);
        }
    }

    // ---------------------------------------------------------------- entry points

    private List<Entry> entries(Class<?> c) {
        List<Entry> out = new ArrayList<>();
        List<Executable> statics = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                    && !(c.isEnum() && (m.getName().equals("values") || m.getName().equals("valueOf")))
                    && !m.getName().equals("main")) {
                statics.add(m);
            }
        }
        if (!Modifier.isAbstract(c.getModifiers()) && !c.isEnum()) {
            for (Constructor<?> k : c.getConstructors()) {
                statics.add(k);
            }
        }
        statics.sort(Comparator.comparing(HostileInputSweep::signature));
        for (Executable e : statics) {
            String key = key(c, e);
            if (!skipped(key) && e.getParameterCount() > 0) {
                out.add(new Entry(c, e, key, display(c, e), null, null));
            }
        }
        List<Supplier<Object>> samples = instances.getOrDefault(c, List.of());
        for (int s = 0; s < samples.size(); s++) {
            Supplier<Object> sample = samples.get(s);
            Object probe = tryGet(sample);
            if (probe == null) {
                continue;
            }
            List<Method> methods = new ArrayList<>();
            for (Method m : probe.getClass().getMethods()) {
                if (!Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()
                        && m.getParameterCount() > 0 && swept(m.getDeclaringClass())
                        && !m.getName().equals("equals") && !m.getName().equals("compareTo")) {
                    methods.add(m);
                }
            }
            methods.sort(Comparator.comparing(HostileInputSweep::signature));
            String label = samples.size() > 1 ? " [sample " + (s + 1) + "]" : "";
            for (Method m : methods) {
                String key = key(c, m);
                if (!skipped(key)) {
                    out.add(new Entry(c, m, key, display(c, m) + label, sample, label));
                }
            }
        }
        return out;
    }

    private boolean swept(Class<?> declaring) {
        if (classes.contains(declaring)) {
            return true;
        }
        for (String p : packages) {
            if (declaring.getName().startsWith(p + ".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAny(List<Rule> rules, String key) {
        for (Rule r : rules) {
            if (r.pattern().matcher(key).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean skipped(String key) {
        for (Rule r : skips) {
            if (r.pattern().matcher(key).matches()) {
                return true;
            }
        }
        return false;
    }

    private void harvestInstances() {
        for (Class<?> c : classes) {
            if (instances.containsKey(c) || c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
                continue;
            }
            Supplier<Object> found = null;
            List<Executable> producers = new ArrayList<>();
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
                        && c.isAssignableFrom(m.getReturnType())) {
                    producers.add(m);
                }
            }
            producers.addAll(Arrays.asList(c.getConstructors()));
            for (Class<?> other : classes) {
                for (Method m : other.getDeclaredMethods()) {
                    if (other != c && Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
                            && c.isAssignableFrom(m.getReturnType())) {
                        producers.add(m);
                    }
                }
            }
            producers.sort(Comparator.comparingInt(Executable::getParameterCount).thenComparing(HostileInputSweep::signature));
            for (Executable p : producers) {
                String key = key(p.getDeclaringClass(), p);
                if (skipped(key)) {
                    continue;
                }
                Supplier<Object> s = () -> {
                    try {
                        Object[] args = defaults(p, key);
                        return p instanceof Method m ? m.invoke(null, args) : ((Constructor<?>) p).newInstance(args);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        return null;
                    }
                };
                Object v = guardedGet(s);
                if (v != null && c.isInstance(v)) {
                    found = s;
                    break;
                }
            }
            if (found != null) {
                instances.put(c, List.of(found));
            }
        }
    }

    private Object guardedGet(Supplier<Object> s) {
        AtomicReference<Object> ref = new AtomicReference<>();
        Result r = guarded(() -> ref.set(s.get()));
        return r.outcome() == Outcome.RETURNED ? ref.get() : null;
    }

    private Object tryGet(Supplier<Object> s) {
        try {
            return guardedGet(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- cases

    private Stream<DynamicNode> casesOf(Entry e) {
        List<DynamicNode> tests = new ArrayList<>();
        Parameter[] ps = e.exec().getParameters();
        AtomicReference<String> baselineFailure = new AtomicReference<>();
        tests.add(DynamicTest.dynamicTest("baseline (all defaults)", () -> {
            Object[] args;
            try {
                args = guardedArgs(e, -1, null);
            } catch (IllegalStateException ex) {
                baselineFailure.set(ex.getMessage());
                count(Outcome.NO_BASELINE);
                noBaseline.add(e.key() + ": " + ex.getMessage());
                throw new TestAbortedException("no baseline: " + ex.getMessage());
            }
            Result r = call(e, args, -1, true, "baseline");
            if (r.outcome() == Outcome.REJECTED_IAE || r.outcome() == Outcome.REJECTED_NPE
                    || r.outcome() == Outcome.UNNAMED_MESSAGE || r.outcome() == Outcome.OTHER_EXCEPTION
                    || r.outcome() == Outcome.DOCUMENTED_EXCEPTION) {
                baselineFailure.set(r.detail());
                count(Outcome.NO_BASELINE);
                noBaseline.add(e.key() + ": " + r.detail());
                throw new TestAbortedException("no baseline (fix the defaults): " + r.detail());
            }
            report(e, "baseline", r);
        }));
        for (int i = 0; i < ps.length; i++) {
            final int idx = i;
            for (Hostile h : hostileFor(e, i)) {
                String label = ps[i].getName() + "=" + h.label();
                tests.add(DynamicTest.dynamicTest(label, () -> {
                    if (baselineFailure.get() != null) {
                        throw new TestAbortedException("no baseline: " + baselineFailure.get());
                    }
                    Object[] args = guardedArgs(e, idx, h);
                    report(e, label, call(e, args, idx, h.finite(), label));
                }));
            }
        }
        return tests.stream();
    }

    /**
     * The arguments of one call (the defaults, with the hostile value at {@code idx} unless
     * {@code h} is null), built under the same time and allocation guard as the call itself:
     * defaults may run code of the swept packages (a fitted model, a filled histogram), which
     * must not hang the sweep either.
     */
    private Object[] guardedArgs(Entry e, int idx, Hostile h) {
        AtomicReference<Object[]> built = new AtomicReference<>();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Result g = guarded(() -> {
            try {
                Object[] args = defaults(e.exec(), e.key());
                if (h != null) {
                    args[idx] = h.value().get();
                }
                built.set(args);
            } catch (RuntimeException ex) {
                failed.set(ex);
            }
        });
        if (failed.get() != null) {
            throw failed.get();
        }
        if (g.outcome() != Outcome.RETURNED || built.get() == null) {
            throw new IllegalStateException("building the arguments of " + e.key() + " failed: " + g.detail());
        }
        return built.get();
    }

    private void report(Entry e, String label, Result r) {
        String id = e.key() + " | " + label;
        if (r.outcome() == Outcome.OUT_OF_MEMORY
                && (r.detail().contains("(stopped)") || r.detail().contains("OutOfMemoryError: Java heap space"))) {
            for (Rule rule : largeAllocations) {
                if (rule.pattern().matcher(id).matches()) {
                    r = new Result(Outcome.REQUESTED_ALLOCATION, r.detail() + "; " + rule.reason());
                }
            }
        }
        if (r.outcome() == Outcome.TIMEOUT) {
            for (Rule rule : requestedWork) {
                if (rule.pattern().matcher(id).matches()) {
                    r = new Result(Outcome.REQUESTED_WORK, r.detail() + "; " + rule.reason());
                }
            }
        }
        count(r.outcome());
        if (r.outcome().acceptable()) {
            return;
        }
        for (Rule rule : openFindings) {
            if (rule.pattern().matcher(id).matches()) {
                synchronized (this) {
                    open++;
                }
                findings.add("open " + r.outcome() + " " + display0(e) + " | " + label + ": " + r.detail()
                        + " (open: " + rule.reason() + ")");
                throw new TestAbortedException("open finding (" + rule.reason() + "): " + r.outcome() + ": " + r.detail());
            }
        }
        findings.add(r.outcome() + " " + display0(e) + " | " + label + ": " + r.detail());
        Assertions.fail(r.outcome() + ": " + r.detail());
    }

    private static String display0(Entry e) {
        return e.display();
    }

    private void count(Outcome o) {
        counts.merge(o, 1, Integer::sum);
    }

    private List<Hostile> hostileFor(Entry e, int i) {
        Parameter[] ps = e.exec().getParameters();
        Class<?> t = ps[i].getType();
        List<Hostile> out = new ArrayList<>();
        if (!t.isPrimitive()) {
            out.add(new Hostile("null", () -> null, true));
        }
        if (t == double.class || t == Double.class) {
            for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e300,
                    -1e300, 1e-300, -1e-300, -0.0, Double.MIN_VALUE, Double.MAX_VALUE}) {
                out.add(new Hostile(Double.toString(v), () -> v, Double.isFinite(v)));
            }
        } else if (t == int.class || t == Integer.class) {
            for (int v : new int[] {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1 << 30}) {
                out.add(new Hostile(Integer.toString(v), () -> v, true));
            }
        } else if (t == long.class || t == Long.class) {
            for (long v : new long[] {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 30}) {
                out.add(new Hostile(Long.toString(v), () -> v, true));
            }
        } else if (t == double[].class) {
            Supplier<Object> d = () -> defaultSupplier(e, i).get();
            out.add(new Hostile("empty", () -> new double[0], true));
            out.add(new Hostile("[..., NaN]", () -> withLast(d, Double.NaN), false));
            out.add(new Hostile("[..., Infinity]", () -> withLast(d, Double.POSITIVE_INFINITY), false));
            out.add(new Hostile("[1e300, -1e300]", () -> new double[] {1e300, -1e300}, true));
            out.add(new Hostile("constant", () -> constant(d), true));
            out.add(new Hostile("single element", () -> new double[] {first(d)}, true));
        } else if (t == int[].class) {
            Supplier<Object> d = () -> defaultSupplier(e, i).get();
            out.add(new Hostile("empty", () -> new int[0], true));
            out.add(new Hostile("[..., -1]", () -> withLastInt(d, -1), true));
            out.add(new Hostile("[..., 1<<30]", () -> withLastInt(d, 1 << 30), true));
            out.add(new Hostile("[..., MAX_VALUE]", () -> withLastInt(d, Integer.MAX_VALUE), true));
        } else if (t == long[].class) {
            out.add(new Hostile("empty", () -> new long[0], true));
            out.add(new Hostile("[-1]", () -> new long[] {-1}, true));
            out.add(new Hostile("[MAX_VALUE]", () -> new long[] {Long.MAX_VALUE}, true));
        } else if (t == double[][].class) {
            out.add(new Hostile("empty", () -> new double[0][], true));
            out.add(new Hostile("ragged", () -> new double[][] {{0.1, 0.2}, {0.3}, {0.6, 0.1}, {0.9, 0.7}}, true));
            out.add(new Hostile("rows of 0 columns", () -> new double[][] {{}, {}, {}, {}}, true));
            out.add(new Hostile("null row", () -> new double[][] {{0.1, 0.2}, null, {0.6, 0.1}, {0.9, 0.7}}, true));
            Supplier<Object> d = () -> defaultSupplier(e, i).get();
            out.add(new Hostile("[..][NaN]", () -> withLastCell(d, Double.NaN), false));
            out.add(new Hostile("[..][Infinity]", () -> withLastCell(d, Double.POSITIVE_INFINITY), false));
            out.add(new Hostile("[..][1e300]", () -> withLastCell(d, 1e300), true));
        } else if (t == String.class) {
            out.add(new Hostile("\"\"", () -> "", true));
            out.add(new Hostile("nonexistent", () -> "/nonexistent-statlearn-sweep/none.csv", true));
        } else if (t == Path.class) {
            out.add(new Hostile("empty path", () -> Path.of(""), true));
            out.add(new Hostile("nonexistent", () -> Path.of("/nonexistent-statlearn-sweep/none.csv"), true));
        } else if (t == DoubleUnaryOperator.class) {
            out.add(new Hostile("x -> NaN", () -> (DoubleUnaryOperator) x -> Double.NaN, false));
            out.add(new Hostile("x -> Infinity", () -> (DoubleUnaryOperator) x -> Double.POSITIVE_INFINITY, false));
        }
        out.addAll(extraHostile.getOrDefault(t, List.of()));
        if ((t == double[].class || t == int[].class || t == double[][].class || t == long[].class)
                && arrayParams(e.exec()) >= 2) {
            Supplier<Object> d = () -> defaultSupplier(e, i).get();
            out.add(new Hostile("mismatched length", () -> longer(d.get()), true));
        }
        return out;
    }

    private static int arrayParams(Executable ex) {
        int n = 0;
        for (Class<?> t : ex.getParameterTypes()) {
            if (t == double[].class || t == int[].class || t == double[][].class || t == long[].class) {
                n++;
            }
        }
        return n;
    }

    private static double[] withLast(Supplier<Object> d, double v) {
        double[] x = ((double[]) d.get()).clone();
        if (x.length == 0) {
            return new double[] {v};
        }
        x[x.length - 1] = v;
        return x;
    }

    private static int[] withLastInt(Supplier<Object> d, int v) {
        int[] x = ((int[]) d.get()).clone();
        if (x.length == 0) {
            return new int[] {v};
        }
        x[x.length - 1] = v;
        return x;
    }

    private static double[][] withLastCell(Supplier<Object> d, double v) {
        double[][] x = deepCopy((double[][]) d.get());
        double[] last = x[x.length - 1];
        last[last.length - 1] = v;
        return x;
    }

    private static double[] constant(Supplier<Object> d) {
        double[] x = ((double[]) d.get()).clone();
        Arrays.fill(x, x.length > 0 ? x[0] : 2);
        return x.length > 1 ? x : new double[] {2, 2, 2, 2};
    }

    private static double first(Supplier<Object> d) {
        double[] x = (double[]) d.get();
        return x.length > 0 ? x[0] : 0.5;
    }

    private static Object longer(Object a) {
        int n = Array.getLength(a);
        Object b = Array.newInstance(a.getClass().getComponentType(), n + 1);
        System.arraycopy(a, 0, b, 0, n);
        if (n > 0) {
            Object last = Array.get(a, n - 1);
            Array.set(b, n, last instanceof double[] r ? r.clone() : last);
        }
        return b;
    }

    // ---------------------------------------------------------------- defaults

    private Supplier<Object> defaultSupplier(Entry e, int i) {
        Parameter p = e.exec().getParameters()[i];
        Supplier<Object> s = defaultSupplier(e.exec(), e.key(), p);
        if (s == null) {
            throw new IllegalStateException("no default for parameter " + p.getName() + " of type "
                    + p.getType().getSimpleName() + " in " + e.key());
        }
        return s;
    }

    private Supplier<Object> defaultSupplier(Executable ex, String key, Parameter p) {
        for (int k = paramDefaults.size() - 1; k >= 0; k--) {
            ParamDefault d = paramDefaults.get(k);
            if (d.param().equals(p.getName()) && d.method().matcher(key).matches()) {
                return d.value();
            }
        }
        for (Map.Entry<String, Supplier<Object>> byName : nameDefaults) {
            if (byName.getKey().equals(p.getName())) {
                Object v = byName.getValue().get();
                if (v != null && box(p.getType()).isInstance(v)) {
                    return byName.getValue();
                }
            }
        }
        Supplier<Object> byType = typeDefaults.get(p.getType());
        if (byType != null) {
            return byType;
        }
        for (Map.Entry<Class<?>, Supplier<Object>> t : typeDefaults.entrySet()) {
            if (p.getType().isAssignableFrom(t.getKey()) && !t.getKey().isPrimitive()
                    && p.getType() != Object.class) {
                return t.getValue();
            }
        }
        if (p.getType().isEnum()) {
            Object first = p.getType().getEnumConstants()[0];
            return () -> first;
        }
        for (Map.Entry<Class<?>, List<Supplier<Object>>> in : instances.entrySet()) {
            if (p.getType().isAssignableFrom(in.getKey()) && p.getType() != Object.class) {
                return in.getValue().get(0);
            }
        }
        if (p.getType() == Path.class) {
            return null;
        }
        return null;
    }

    private Object[] defaults(Executable ex, String key) {
        Parameter[] ps = ex.getParameters();
        Object[] args = new Object[ps.length];
        for (int i = 0; i < ps.length; i++) {
            Supplier<Object> s = defaultSupplier(ex, key, ps[i]);
            if (s == null) {
                throw new IllegalStateException("no default for parameter " + ps[i].getName() + " of type "
                        + ps[i].getType().getSimpleName() + " in " + key);
            }
            args[i] = s.get();
        }
        return args;
    }

    private static Class<?> box(Class<?> t) {
        if (!t.isPrimitive()) {
            return t;
        }
        if (t == double.class) {
            return Double.class;
        }
        if (t == int.class) {
            return Integer.class;
        }
        if (t == long.class) {
            return Long.class;
        }
        if (t == boolean.class) {
            return Boolean.class;
        }
        if (t == float.class) {
            return Float.class;
        }
        return Object.class;
    }

    // ---------------------------------------------------------------- one call

    private Result call(Entry e, Object[] args, int hostileIndex, boolean hostileFinite, String label) {
        Object[] snapshot = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            snapshot[i] = deepCopyAny(args[i]);
        }
        AtomicReference<Result> out = new AtomicReference<>();
        Result guard = guarded(limitFor(e.key() + " | " + label), () -> {
            Object receiver = null;
            if (e.receiver() != null) {
                receiver = e.receiver().get();
            }
            Object r;
            try {
                if (e.exec() instanceof Method m) {
                    r = m.invoke(receiver, args);
                } else {
                    r = ((Constructor<?>) e.exec()).newInstance(args);
                }
            } catch (InvocationTargetException ite) {
                out.set(classify(e, ite.getCause(), hostileIndex, args));
                return;
            } catch (IllegalAccessException | InstantiationException ex) {
                out.set(new Result(Outcome.OTHER_EXCEPTION, "reflection: " + ex));
                return;
            }
            boolean finite = hostileFinite && allFinite(args, hostileIndex);
            out.set(checkResult(e, r, finite, label));
        });
        Result r = guard.outcome() == Outcome.RETURNED ? out.get() : guard;
        if (r == null) {
            r = new Result(Outcome.OTHER_EXCEPTION, "no result recorded");
        }
        if (r.outcome().acceptable() && !matchesAny(mutates, e.key())) {
            for (int i = 0; i < args.length; i++) {
                if (!sameContents(snapshot[i], args[i])) {
                    return new Result(Outcome.INPUT_MODIFIED, e.exec().getParameters()[i].getName()
                            + " was modified: before " + deepToString(snapshot[i]) + ", after " + deepToString(args[i]));
                }
            }
        }
        return r;
    }

    private static boolean allFinite(Object[] args, int hostileIndex) {
        for (int i = 0; i < args.length; i++) {
            if (i == hostileIndex) {
                continue;
            }
            if (args[i] instanceof Double d && !Double.isFinite(d)) {
                return false;
            }
            if (args[i] instanceof double[] a && !Arrays.stream(a).allMatch(Double::isFinite)) {
                return false;
            }
        }
        return true;
    }

    private Result checkResult(Entry e, Object r, boolean finite, String label) {
        if (!finite) {
            return new Result(Outcome.RETURNED, "returned (non-finite input)");
        }
        if (hasNaN(r)) {
            String allowed = allowedNaN(e.key(), label);
            if (allowed != null) {
                return new Result(Outcome.DOCUMENTED_NAN, allowed);
            }
            return new Result(Outcome.SILENT_NAN, "returned " + deepToString(r) + " from finite input");
        }
        if (r != null && swept(r.getClass())) {
            List<Method> accessors = new ArrayList<>();
            for (Method m : r.getClass().getMethods()) {
                Class<?> t = m.getReturnType();
                if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && swept(m.getDeclaringClass())
                        && (t == double.class || t == double[].class || t == double[][].class)) {
                    accessors.add(m);
                }
            }
            accessors.sort(Comparator.comparing(Method::getName));
            boolean documented = false;
            for (Method m : accessors) {
                String akey = r.getClass().getSimpleName() + "." + m.getName() + "()";
                Object v;
                try {
                    v = m.invoke(r);
                } catch (InvocationTargetException ite) {
                    Throwable c = ite.getCause();
                    if (c instanceof IllegalStateException || c instanceof UnsupportedOperationException
                            || (c.getClass() == IllegalArgumentException.class)) {
                        continue;
                    }
                    return new Result(Outcome.OTHER_EXCEPTION, "result." + m.getName() + "() threw " + describe(c));
                } catch (IllegalAccessException ex) {
                    continue;
                }
                if (hasNaN(v)) {
                    String allowed = allowedNaN(akey, label);
                    if (allowed == null) {
                        allowed = allowedNaN(e.key(), label);
                    }
                    if (allowed == null) {
                        return new Result(Outcome.SILENT_NAN, "result " + akey + " = " + deepToString(v)
                                + " from finite input (result " + abbreviate(String.valueOf(r)) + ")");
                    }
                    documented = true;
                }
            }
            if (documented) {
                return new Result(Outcome.DOCUMENTED_NAN, "documented NaN in result accessors");
            }
        }
        return new Result(Outcome.RETURNED, "returned");
    }

    private String allowedNaN(String key, String label) {
        for (Rule r : allowNaN) {
            if (r.pattern().matcher(key).matches() || r.pattern().matcher(key + " | " + label).matches()) {
                return r.reason();
            }
        }
        return null;
    }

    private static boolean hasNaN(Object r) {
        if (r instanceof Double d) {
            return d.isNaN();
        }
        if (r instanceof double[] a) {
            for (double v : a) {
                if (Double.isNaN(v)) {
                    return true;
                }
            }
        }
        if (r instanceof double[][] m) {
            for (double[] row : m) {
                if (hasNaN(row)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Result classify(Entry e, Throwable t, int hostileIndex, Object[] args) {
        Parameter[] ps = e.exec().getParameters();
        String msg = t.getMessage();
        if (t instanceof OutOfMemoryError) {
            return new Result(Outcome.OUT_OF_MEMORY, describe(t));
        }
        boolean ours = t.getClass().getName().startsWith("dev.statlearn.");
        if (t instanceof IllegalArgumentException && (t.getClass() == IllegalArgumentException.class || ours)) {
            if (hostileIndex < 0) {
                return new Result(Outcome.OTHER_EXCEPTION, "baseline threw " + describe(t));
            }
            String name = ps[hostileIndex].getName();
            if (msg == null || !namesParam(e, name, msg)) {
                return new Result(Outcome.UNNAMED_MESSAGE, "IAE does not name '" + name + "': " + describe(t));
            }
            if (!statesRule(msg)) {
                return new Result(Outcome.UNNAMED_MESSAGE, "IAE states no rule or value: " + describe(t));
            }
            return new Result(Outcome.REJECTED_IAE, msg);
        }
        if (t.getClass() == NullPointerException.class && hostileIndex >= 0 && msg != null
                && (args[hostileIndex] == null || namesParam(e, ps[hostileIndex].getName(), msg))) {
            String name = ps[hostileIndex].getName();
            if (msg == null || !namesParam(e, name, msg)) {
                return new Result(Outcome.UNNAMED_MESSAGE, "NPE does not name '" + name + "': " + describe(t));
            }
            return new Result(Outcome.REJECTED_NPE, msg);
        }
        for (Map.Entry<Rule, Class<? extends Throwable>> a : allowedExceptions.entrySet()) {
            if (a.getValue().isInstance(t) && a.getKey().pattern().matcher(e.key()).matches() && hostileIndex >= 0
                    && msg != null && (namesParam(e, ps[hostileIndex].getName(), msg)
                    || msg.contains(String.valueOf(args[hostileIndex])))) {
                return new Result(Outcome.DOCUMENTED_EXCEPTION, describe(t) + " (" + a.getKey().reason() + ")");
            }
        }
        if (!(t instanceof RuntimeException) && !(t instanceof Error)) {
            for (Class<?> declared : e.exec().getExceptionTypes()) {
                if (declared.isInstance(t)) {
                    return new Result(Outcome.DOCUMENTED_EXCEPTION, describe(t));
                }
            }
        }
        return new Result(Outcome.OTHER_EXCEPTION, describe(t));
    }

    private boolean namesParam(Entry e, String name, String msg) {
        if (containsWord(msg, name)) {
            return true;
        }
        for (Alias a : aliases) {
            if ((a.param().equals(name) || a.param().equals("*")) && a.method().matcher(e.key()).matches() && containsWord(msg, a.word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String msg, String word) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(word) + "(?![A-Za-z0-9_])").matcher(msg).find();
    }

    private static final Pattern RULE = Pattern.compile(
            "must|should|cannot|can't|\\bnot\\b|\\bwas\\b|\\bhad\\b|\\bhas\\b|\\bis\\b|expected|exceed|at least|at most"
                    + "|out of|outside|only|requires?|limit|[<>=]|\\d");

    private static boolean statesRule(String msg) {
        return RULE.matcher(msg).find();
    }

    private static String describe(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        String where = "";
        for (StackTraceElement s : st) {
            if (s.getClassName().startsWith("dev.statlearn.") && !s.getClassName().startsWith(HostileInputSweep.class.getName())) {
                where = " at " + s;
                break;
            }
        }
        return t.getClass().getName() + ": " + abbreviate(String.valueOf(t.getMessage())) + where;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    // ---------------------------------------------------------------- guard

    /**
     * The time limit of one call: the sweep's timeout, or the shorter {@link #REQUESTED_WORK_LIMIT}
     * for calls declared {@link Builder#requestedWork}, which are known to run until stopped
     * (stopping them early only shortens the sweep).
     */
    private Duration limitFor(String id) {
        for (Rule rule : requestedWork) {
            if (rule.pattern().matcher(id).matches()) {
                return REQUESTED_WORK_LIMIT.compareTo(timeout) < 0 ? REQUESTED_WORK_LIMIT : timeout;
            }
        }
        return timeout;
    }

    /** Time given to a call declared as requested work before it is stopped. */
    private static final Duration REQUESTED_WORK_LIMIT = Duration.ofMillis(300);

    private Result guarded(Runnable task) {
        return guarded(timeout, task);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private Result guarded(Duration timeout, Runnable task) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                task.run();
            } catch (Throwable ex) {
                thrown.set(ex);
            }
        }, "hostile-sweep");
        t.setDaemon(true);
        long limitNanos = timeout.toNanos();
        long start = System.nanoTime();
        t.start();
        com.sun.management.ThreadMXBean mx = threadBean();
        try {
            while (t.isAlive()) {
                t.join(5);
                if (!t.isAlive()) {
                    break;
                }
                long allocated = mx == null ? -1 : mx.getThreadAllocatedBytes(t.getId());
                if (allocated > allocationLimit) {
                    stop(t);
                    return new Result(Outcome.OUT_OF_MEMORY, "allocated " + (allocated >> 20)
                            + " MiB, over the sweep's limit of " + (allocationLimit >> 20) + " MiB (stopped)");
                }
                if (System.nanoTime() - start > limitNanos) {
                    stop(t);
                    return new Result(Outcome.TIMEOUT, "still running after " + timeout.toMillis() + " ms (stopped)");
                }
            }
        } catch (InterruptedException ie) {
            stop(t);
            Thread.currentThread().interrupt();
            return new Result(Outcome.TIMEOUT, "interrupted");
        }
        Throwable ex = thrown.get();
        if (ex instanceof OutOfMemoryError) {
            return new Result(Outcome.OUT_OF_MEMORY, describe(ex));
        }
        if (ex != null) {
            return new Result(Outcome.OTHER_EXCEPTION, "sweep harness: " + describe(ex));
        }
        return new Result(Outcome.RETURNED, "ok");
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread t) {
        t.interrupt();
        try {
            t.stop();
        } catch (UnsupportedOperationException | SecurityException ignored) {
            // Java 20+: the thread is a daemon and keeps running until it finishes
        }
    }

    private static com.sun.management.ThreadMXBean threadBean() {
        java.lang.management.ThreadMXBean b = ManagementFactory.getThreadMXBean();
        if (b instanceof com.sun.management.ThreadMXBean s && s.isThreadAllocatedMemorySupported()) {
            if (!s.isThreadAllocatedMemoryEnabled()) {
                s.setThreadAllocatedMemoryEnabled(true);
            }
            return s;
        }
        return null;
    }

    // ---------------------------------------------------------------- copies and keys

    private static Object deepCopyAny(Object a) {
        if (a == null || !a.getClass().isArray()) {
            return a;
        }
        if (a instanceof Object[] arr) {
            Object[] c = arr.clone();
            for (int i = 0; i < c.length; i++) {
                c[i] = deepCopyAny(c[i]);
            }
            return c;
        }
        int n = Array.getLength(a);
        Object c = Array.newInstance(a.getClass().getComponentType(), n);
        System.arraycopy(a, 0, c, 0, n);
        return c;
    }

    private static double[][] deepCopy(double[][] x) {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i] == null ? null : x[i].clone();
        }
        return c;
    }

    private static boolean sameContents(Object a, Object b) {
        if (a == null || !a.getClass().isArray()) {
            return true;
        }
        return Arrays.deepEquals(new Object[] {a}, new Object[] {b});
    }

    private static String deepToString(Object o) {
        if (o == null) {
            return "null";
        }
        if (o.getClass().isArray()) {
            String s = Arrays.deepToString(new Object[] {o});
            return abbreviate(s.substring(1, s.length() - 1));
        }
        return abbreviate(String.valueOf(o));
    }

    private static String signature(Executable e) {
        StringBuilder sb = new StringBuilder(e instanceof Constructor ? "new" : e.getName()).append('(');
        Class<?>[] ts = e.getParameterTypes();
        for (int i = 0; i < ts.length; i++) {
            sb.append(i > 0 ? "," : "").append(ts[i].getSimpleName());
        }
        return sb.append(')').toString();
    }

    private static String key(Class<?> c, Executable e) {
        return c.getSimpleName() + "." + signature(e);
    }

    private static String display(Class<?> c, Executable e) {
        StringBuilder sb = new StringBuilder(c.getSimpleName()).append('.')
                .append(e instanceof Constructor ? "new" : e.getName()).append('(');
        Parameter[] ps = e.getParameters();
        for (int i = 0; i < ps.length; i++) {
            sb.append(i > 0 ? ", " : "").append(ps[i].getType().getSimpleName()).append(' ').append(ps[i].getName());
        }
        return sb.append(')').toString();
    }

    private static Pattern glob(String pattern) {
        String p = pattern.contains("(") ? pattern : pattern + "(*";
        return Pattern.compile(globRegex(p));
    }

    private static String globRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (sb.length() > 0 || glob.startsWith("*")) {
                sb.append(".*");
            }
            sb.append(Pattern.quote(part));
        }
        String s = sb.toString();
        return glob.startsWith("*") ? s : s.replaceFirst("^\\.\\*", "");
    }

    // ---------------------------------------------------------------- scanning

    private static List<Class<?>> scan(String pkg, ClassLoader loader) {
        String path = pkg.replace('.', '/');
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> urls = loader.getResources(path);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                String where = url.toString();
                if (where.contains("/test-classes/") || where.contains("-tests.jar")) {
                    continue;
                }
                if (url.getProtocol().equals("file")) {
                    Path root = Paths.get(url.toURI());
                    try (Stream<Path> files = Files.walk(root)) {
                        files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                            String rel = root.relativize(f).toString().replace(File.separatorChar, '/');
                            names.add(pkg + "." + rel.substring(0, rel.length() - 6).replace('/', '.'));
                        });
                    }
                } else if (url.getProtocol().equals("jar")) {
                    JarURLConnection conn = (JarURLConnection) url.openConnection();
                    conn.setUseCaches(false);
                    try (JarFile jar = conn.getJarFile()) {
                        Enumeration<JarEntry> es = jar.entries();
                        while (es.hasMoreElements()) {
                            String n = es.nextElement().getName();
                            if (n.startsWith(path + "/") && n.endsWith(".class")) {
                                names.add(n.substring(0, n.length() - 6).replace('/', '.'));
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot scan package " + pkg, e);
        }
        List<Class<?>> out = new ArrayList<>();
        for (String n : names) {
            if (n.contains("$") && !n.matches(".*\\$[A-Za-z_][A-Za-z0-9_]*$")) {
                continue;
            }
            try {
                out.add(Class.forName(n, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                // not loadable here: not part of the sweep
            }
        }
        return out;
    }
}
