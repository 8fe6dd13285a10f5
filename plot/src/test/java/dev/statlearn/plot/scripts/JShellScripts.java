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
 * default JShell imports plus every public statlearn package. Collects rejected snippets and
 * exceptions as problems instead of stopping at the first one. Lives in {@code plot}'s tests because
 * that is the one test class path holding every module.
 */
public final class JShellScripts implements AutoCloseable {

    /** The repository root (the tests run in {@code plot/}). */
    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Modules whose public packages are imported, as in {@code jshell.sh}. */
    public static final List<String> MODULES = List.of("core", "stats", "nn", "eval", "plot");

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
                + " import java.math.*; import java.util.concurrent.*; import java.util.regex.*; import java.net.*;\n");
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
        SourceCodeAnalysis sca = js.sourceCodeAnalysis();
        String rest = code;
        String last = null;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = sca.analyzeCompletion(rest);
            String source = info.source();
            if (source == null || info.completeness() == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE) {
                problems.add(where + ": incomplete snippet at: " + rest.strip().lines().findFirst().orElse(""));
                return last;
            }
            for (SnippetEvent e : js.eval(source)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    StringBuilder msg = new StringBuilder(where + ": rejected: " + source.strip());
                    js.diagnostics(e.snippet()).forEach(d -> msg.append("\n    ").append(d.getMessage(null)));
                    problems.add(msg.toString());
                }
                if (e.exception() != null) {
                    problems.add(where + ": " + e.exception() + " in: " + source.strip());
                }
                if (e.value() != null) {
                    last = e.value();
                }
            }
            rest = info.remaining();
        }
        return last;
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
