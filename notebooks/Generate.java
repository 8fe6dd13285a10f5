import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates the Jupyter notebooks ({@code .ipynb}, Java kernel) from the chapter scripts
 * ({@code .jsh}) so that the two never disagree. No dependencies; run it with the JDK's
 * single-file launcher from the repository root:
 *
 * <pre>
 *   java notebooks/Generate.java            rewrites every notebooks/NN-name.ipynb
 *   java notebooks/Generate.java --check    exits 1 (listing them) when a notebook is missing or stale
 *   java notebooks/Generate.java [--check] DIR   the same for another folder
 * </pre>
 *
 * <p>Source convention in a chapter script:
 * <ul>
 *   <li>Lines before the first marker (a comment saying how to run the script) are not part of
 *       the notebook.</li>
 *   <li>{@code // %% [markdown]} starts a markdown cell: each following line must be a comment,
 *       {@code // text} becomes {@code text} and a bare {@code //} an empty line.</li>
 *   <li>{@code // %%} starts a code cell: the following lines are copied as they are.</li>
 *   <li>JShell commands such as {@code /exit} (a line starting with a single slash) are dropped
 *       wherever they are: a notebook kernel does not understand them.</li>
 *   <li>Blank lines at the start and end of a cell are dropped, and so are empty cells.</li>
 * </ul>
 * Notebooks are written with no outputs, a Java kernelspec (JJava's {@code java}) and
 * deterministic cell ids, so generating twice gives the same bytes.
 */
public final class Generate {

    private static final String MARKDOWN = "// %% [markdown]";
    private static final String CODE = "// %%";

    private Generate() {
    }

    /**
     * Entry point.
     *
     * @param args {@code [--check] [dir]}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        boolean check = false;
        Path dir = null;
        for (String a : args) {
            if (a.equals("--check")) {
                check = true;
            } else if (a.startsWith("-")) {
                System.err.println("usage: java notebooks/Generate.java [--check] [dir]");
                System.exit(2);
            } else {
                dir = Path.of(a);
            }
        }
        if (dir == null) {
            dir = Files.isRegularFile(Path.of("notebooks", "Generate.java")) ? Path.of("notebooks") : Path.of(".");
        }
        List<Path> scripts;
        try (Stream<Path> files = Files.list(dir)) {
            scripts = files.filter(f -> f.getFileName().toString().matches("\\d\\d-.*\\.jsh")).sorted().toList();
        }
        if (scripts.isEmpty()) {
            System.err.println("no chapter scripts (NN-name.jsh) in " + dir.toAbsolutePath());
            System.exit(2);
        }
        List<String> stale = new ArrayList<>();
        for (Path script : scripts) {
            String base = script.getFileName().toString().replaceFirst("\\.jsh$", "");
            Path notebook = script.resolveSibling(base + ".ipynb");
            String json = notebook(base, Files.readAllLines(script, StandardCharsets.UTF_8), script);
            String current = Files.exists(notebook) ? Files.readString(notebook, StandardCharsets.UTF_8) : null;
            if (json.equals(current)) {
                continue;
            }
            if (check) {
                stale.add(notebook.toString() + (current == null ? " (missing)" : " (differs from " + script.getFileName() + ")"));
            } else {
                Files.writeString(notebook, json, StandardCharsets.UTF_8);
                System.out.println("wrote " + notebook);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path nb : files.filter(f -> f.getFileName().toString().matches("\\d\\d-.*\\.ipynb")).sorted().toList()) {
                if (!Files.exists(nb.resolveSibling(nb.getFileName().toString().replaceFirst("\\.ipynb$", ".jsh")))) {
                    stale.add(nb + " (no script: delete it or restore its .jsh)");
                }
            }
        }
        if (!check && !stale.isEmpty()) {
            stale.forEach(s -> System.out.println("warning: " + s));
            stale.clear();
        }
        if (check) {
            if (stale.isEmpty()) {
                System.out.println(scripts.size() + " notebooks in sync with their scripts");
            } else {
                System.out.println("out of sync (run: java notebooks/Generate.java):");
                stale.forEach(s -> System.out.println("  " + s));
                System.exit(1);
            }
        }
    }

    /** A cell: its kind and its lines. */
    private record Cell(boolean markdown, List<String> lines) {
    }

    static String notebook(String base, List<String> lines, Path source) {
        List<Cell> cells = new ArrayList<>();
        Cell current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (line.equals(MARKDOWN)) {
                current = new Cell(true, new ArrayList<>());
                cells.add(current);
            } else if (line.equals(CODE)) {
                current = new Cell(false, new ArrayList<>());
                cells.add(current);
            } else if (line.startsWith("// %%")) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": unknown cell marker: " + line);
            } else if (current == null || isCommand(line)) {
                continue;   // preamble, or a JShell command such as /exit
            } else if (current.markdown()) {
                if (line.isEmpty() || line.equals("//")) {
                    current.lines().add("");
                } else if (line.startsWith("// ")) {
                    current.lines().add(line.substring(3));
                } else {
                    throw new IllegalArgumentException(source + ":" + (i + 1)
                            + ": a markdown cell holds only comment lines ('// text'), found: " + line);
                }
            } else {
                current.lines().add(line);
            }
        }
        StringBuilder json = new StringBuilder();
        json.append("{\n \"cells\": [");
        int index = 0;
        for (Cell cell : cells) {
            List<String> body = trim(cell.lines());
            if (body.isEmpty()) {
                continue;
            }
            json.append(index == 0 ? "\n" : ",\n");
            json.append("  {\n");
            json.append("   \"cell_type\": \"").append(cell.markdown() ? "markdown" : "code").append("\",\n");
            if (!cell.markdown()) {
                json.append("   \"execution_count\": null,\n");
            }
            json.append("   \"id\": \"").append(String.format("%s-%02d", base, index)).append("\",\n");
            json.append("   \"metadata\": {},\n");
            if (!cell.markdown()) {
                json.append("   \"outputs\": [],\n");
            }
            json.append("   \"source\": [\n");
            for (int i = 0; i < body.size(); i++) {
                String text = body.get(i) + (i + 1 < body.size() ? "\n" : "");
                json.append("    ").append(quote(text)).append(i + 1 < body.size() ? ",\n" : "\n");
            }
            json.append("   ]\n  }");
            index++;
        }
        json.append("\n ],\n");
        json.append("""
                 "metadata": {
                  "kernelspec": {
                   "display_name": "Java",
                   "language": "java",
                   "name": "java"
                  },
                  "language_info": {
                   "codemirror_mode": "java",
                   "file_extension": ".jshell",
                   "mimetype": "text/x-java-source",
                   "name": "java",
                   "pygments_lexer": "java",
                   "version": "17"
                  }
                 },
                 "nbformat": 4,
                 "nbformat_minor": 5
                }
                """);
        return json.toString();
    }

    private static boolean isCommand(String line) {
        return line.startsWith("/") && !line.startsWith("//") && !line.startsWith("/*");
    }

    private static List<String> trim(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return lines.subList(from, to);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
