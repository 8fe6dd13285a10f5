package dev.statlearn.plot.scripts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs JShell scripts (the tour, the notebook chapters, README snippets) through the JShell API in
 * this JVM, with the test class path (every module) and the same imports as {@code jshell.sh}: the
 * default JShell imports plus every public statlearn package. What snippets print is captured (see
 * {@link #output()}). Collects rejected snippets and
 * exceptions as problems instead of stopping at the first one. Lives in {@code plot}'s tests because
 * that is the one test class path holding every module.
 */
public final class JShellScripts implements AutoCloseable {

    /** The repository root (the tests run in {@code plot/}). */
    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Where {@link #writeOutput} puts what a script printed: plot/target/script-output. */
    public static final Path OUTPUT = Path.of("target", "script-output").toAbsolutePath();

    /**
     * Writes what a script printed to {@code target/script-output/<name>.txt} (the test log stays
     * quiet) and prints one line saying where.
     *
     * @param name   the script's name, e.g. "tour"
     * @param output what it printed
     */
    public static void writeOutput(String name, String output) {
        try {
            Files.createDirectories(OUTPUT);
            Path file = OUTPUT.resolve(name + ".txt");
            Files.writeString(file, output, StandardCharsets.UTF_8);
            System.out.println(name + ": output in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Modules whose public packages are imported, as in {@code jshell.sh}. */
    public static final List<String> MODULES = List.of("core", "stats", "nn", "eval", "plot", "testkit");

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final JShell js;
    private final List<String> problems = new ArrayList<>();

    private JShellScripts() {
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        js = JShell.builder().executionEngine("local").out(out).err(out).build();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : cp.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                js.addToClasspath(entry);
            }
        }
        StringBuilder startup = new StringBuilder("import java.util.*; import java.util.random.*; "
                + "import java.util.function.*; import java.util.stream.*; import java.io.*; import java.nio.file.*;"
                + " import java.math.*; import java.util.concurrent.*; import java.util.prefs.*; import java.util.regex.*; import java.net.*;\n");
        for (String p : publicPackages()) {
            startup.append("import ").append(p).append(".*;\n");
        }
        eval(startup.toString(), "startup");
    }

    /**
     * A fresh JShell with the startup imports evaluated.
     *
     * @return the session; close it when done
     */
    public static JShellScripts open() {
        return new JShellScripts();
    }

    /**
     * Runs a script file; {@code /open path} lines (relative to the repository root) are followed,
     * {@code /exit} stops, other commands are skipped.
     *
     * @param file the script
     */
    public void runFile(Path file) {
        StringBuilder code = new StringBuilder();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("/open ")) {
                eval(code.toString(), file.getFileName().toString());
                code.setLength(0);
                runFile(ROOT.resolve(t.substring(6).strip()));
            } else if (t.equals("/exit")) {
                break;
            } else if (!t.startsWith("/")) {
                code.append(line).append('\n');
            }
        }
        eval(code.toString(), file.getFileName().toString());
    }

    /**
     * Evaluates source text snippet by snippet, recording rejected snippets and exceptions.
     *
     * @param code  the source (one or more complete snippets)
     * @param where a label for problem messages
     * @return the value of the last snippet evaluated, as JShell shows it (or null)
     */
    public String eval(String code, String where) {
        String last = null;
        for (Step step : steps(code, where)) {
            if (step.value() != null) {
                last = step.value();
            }
        }
        return last;
    }

    /**
     * What JShell did with one snippet: its source, the name and value it shows after {@code ==>}, what
     * it printed, and the comment that follows it on its last line (JShell leaves that comment out of
     * the snippet).
     *
     * @param source  the snippet as JShell evaluated it
     * @param name    the variable JShell shows the value under ({@code $3} for an expression), or null
     * @param value   the value as JShell shows it, or null (statements, void calls, failures)
     * @param printed what the snippet printed to standard output or error
     * @param comment the text after {@code //} on the line where the snippet ends, stripped, or null
     * @param failed  true if the snippet was rejected, was incomplete or threw
     */
    public record Step(String source, String name, String value, String printed, String comment, boolean failed) { }

    /**
     * Evaluates source text snippet by snippet, as pasting it into JShell does, recording rejected
     * snippets and exceptions as problems.
     *
     * @param code  the source (one or more complete snippets)
     * @param where a label for problem messages
     * @return one step per snippet, in order
     */
    public List<Step> steps(String code, String where) {
        SourceCodeAnalysis sca = js.sourceCodeAnalysis();
        List<Step> steps = new ArrayList<>();
        String rest = skipComments(code);
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = sca.analyzeCompletion(rest);
            String source = info.source();
            if (source == null || info.completeness() == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE) {
                String first = rest.strip().lines().findFirst().orElse("");
                problems.add(where + ": incomplete snippet at: " + first);
                steps.add(new Step(rest.strip(), null, null, "", null, true));
                return steps;
            }
            int before = buffer.size();
            String name = null;
            String value = null;
            boolean failed = false;
            for (SnippetEvent e : evalCapturingOutput(source)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    StringBuilder msg = new StringBuilder(where + ": rejected: " + source.strip());
                    js.diagnostics(e.snippet()).forEach(d -> msg.append("\n    ").append(d.getMessage(null)));
                    problems.add(msg.toString());
                    failed = true;
                }
                if (e.exception() != null) {
                    problems.add(where + ": " + e.exception() + " in: " + source.strip());
                    failed = true;
                }
                if (e.causeSnippet() == null && e.value() != null) {
                    value = e.value();
                    if (e.snippet() instanceof jdk.jshell.VarSnippet v) {
                        name = v.name();
                    } else if (e.snippet() instanceof jdk.jshell.ExpressionSnippet x) {
                        name = x.name();
                    }
                }
            }
            byte[] all = buffer.toByteArray();
            String printed = new String(all, before, all.length - before, StandardCharsets.UTF_8);
            String comment = trailingComment(source, info.remaining());
            steps.add(new Step(source, name, value, printed, comment, failed));
            rest = skipComments(info.remaining());
        }
        return steps;
    }

    /**
     * Evaluates one snippet with {@code System.out} and {@code System.err} sent to the buffer: the local
     * execution engine runs snippets in this JVM, where they print to the real streams.
     */
    private List<SnippetEvent> evalCapturingOutput(String source) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            return js.eval(source);
        } finally {
            capture.flush();
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Drops leading blanks and {@code //} comments (JShell would take a lone comment for a snippet). */
    private static String skipComments(String code) {
        String rest = code;
        while (true) {
            String s = rest.stripLeading();
            if (!s.startsWith("//")) {
                return s;
            }
            int end = s.indexOf('\n');
            rest = end < 0 ? "" : s.substring(end + 1);
        }
    }

    /** The {@code //} comment on the snippet's last line, whether JShell kept it in the source or not. */
    private static String trailingComment(String source, String remaining) {
        String tail = remaining.lines().findFirst().orElse("").strip();
        if (!remaining.startsWith("\n") && !remaining.startsWith("\r") && tail.startsWith("//")) {
            return tail.substring(2).strip();
        }
        String stripped = source.stripTrailing();
        String lastLine = stripped.substring(stripped.lastIndexOf('\n') + 1);
        int at = lastLine.indexOf("//");
        return at < 0 ? null : lastLine.substring(at + 2).strip();
    }

    /** @return the problems so far (rejected snippets, exceptions), in order */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** @return everything the snippets printed so far */
    public String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        js.close();
    }

    private static TreeSet<String> publicPackages() {
        TreeSet<String> packages = new TreeSet<>();
        for (String m : MODULES) {
            Path src = ROOT.resolve(m).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(src)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                        .map(f -> src.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.'))
                        .filter(p -> !p.contains("internal"))
                        .forEach(packages::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return packages;
    }
}
