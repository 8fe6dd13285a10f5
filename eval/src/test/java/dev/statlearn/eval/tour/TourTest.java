package dev.statlearn.eval.tour;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/tour.jsh} through the JShell API, with the same startup imports as
 * {@code jshell.sh}, and fails if any snippet is rejected or throws. This keeps the tour true in CI.
 * It lives in {@code eval}'s tests because that is the one test class path holding every module
 * ({@code nn} is a test-scope dependency of {@code eval}).
 */
class TourTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void tourRunsWithoutAFailingSnippet() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        try (JShell js = JShell.builder().executionEngine("local").out(out).err(out).build()) {
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            for (String entry : cp.split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    js.addToClasspath(entry);
                }
            }
            StringBuilder startup = new StringBuilder("import java.util.*; import java.util.random.*; "
                    + "import java.util.function.*; import java.util.stream.*; import java.io.*; import java.nio.file.*;\n");
            for (String p : publicPackages()) {
                startup.append("import ").append(p).append(".*;\n");
            }
            run(js, startup.toString(), "startup", problems);
            runFile(js, ROOT.resolve("examples/tour.jsh"), problems);
        }
        System.out.print(buffer.toString(StandardCharsets.UTF_8));
        if (!problems.isEmpty()) {
            fail("the tour has failing snippets:\n" + String.join("\n", problems));
        }
        assertTrue(problems.isEmpty());
    }

    private static void runFile(JShell js, Path file, List<String> problems) throws IOException {
        StringBuilder code = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            String t = line.strip();
            if (t.startsWith("/open ")) {
                run(js, code.toString(), file.getFileName().toString(), problems);
                code.setLength(0);
                runFile(js, ROOT.resolve(t.substring(6).strip()), problems);
            } else if (t.equals("/exit")) {
                break;
            } else if (!t.startsWith("/")) {
                code.append(line).append('\n');
            }
        }
        run(js, code.toString(), file.getFileName().toString(), problems);
    }

    private static void run(JShell js, String code, String where, List<String> problems) {
        SourceCodeAnalysis sca = js.sourceCodeAnalysis();
        String rest = code;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = sca.analyzeCompletion(rest);
            String source = info.source();
            if (source == null || info.completeness() == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE) {
                problems.add(where + ": incomplete snippet at: " + rest.strip().lines().findFirst().orElse(""));
                return;
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
            }
            rest = info.remaining();
        }
    }

    private static TreeSet<String> publicPackages() throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        for (String m : List.of("core", "stats", "nn", "eval")) {
            Path src = ROOT.resolve(m).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(src)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                        .map(f -> src.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.'))
                        .filter(p -> !p.contains("internal"))
                        .forEach(packages::add);
            }
        }
        return packages;
    }
}
