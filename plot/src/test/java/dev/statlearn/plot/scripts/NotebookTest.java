package dev.statlearn.plot.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the teaching chapters under {@code notebooks/} true: every chapter script runs headless
 * through the JShell API without a failing snippet; every figure it writes is a readable,
 * non-blank PNG of the size it states; every figure its text links to is written; the numbers
 * it quotes from the course notes come out; and the committed Jupyter notebooks are exactly what
 * {@code notebooks/Generate.java} makes from the scripts.
 *
 * <p>Figures go to a temporary folder through the {@code statlearn.figures} system property, so
 * the committed PNGs are not rewritten by the test.
 */
class NotebookTest {

    static final Path NOTEBOOKS = JShellScripts.ROOT.resolve("notebooks");

    /** The line a chapter's {@code show(figure, name)} helper prints for each figure. */
    private static final Pattern FIGURE_LINE = Pattern.compile("^figure (\\S+\\.png) \\((\\d+)x(\\d+)\\)$",
            Pattern.MULTILINE);
    /** A markdown image link to a figure in a chapter's text. */
    private static final Pattern FIGURE_LINK = Pattern.compile("!\\[[^\\]]*\\]\\(figures/([^)\\s]+\\.png)\\)");

    /** A number printed with 9 or more decimals: an unformatted double, unreadable in a chapter. */
    private static final Pattern RAW_DOUBLE = Pattern.compile("\\d\\.\\d{9,}");

    @TempDir
    static Path figures;

    static Stream<String> chapters() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("\\d\\d-.*\\.jsh"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastFourChapters() throws IOException {
        assertTrue(chapters().count() >= 4, "chapters: " + chapters().toList());
    }

    @ParameterizedTest
    @MethodSource("chapters")
    void chapterRunsAndWritesItsFigures(String chapter) throws IOException {
        Path out = figures.resolve(chapter);
        String previous = System.getProperty("statlearn.figures");
        System.setProperty("statlearn.figures", out.toString());
        long start = System.nanoTime();
        try (JShellScripts js = JShellScripts.open()) {
            js.runFile(NOTEBOOKS.resolve(chapter + ".jsh"));
            String output = js.output();
            JShellScripts.writeOutput(chapter, output
                    + String.format("%s ran in %.1f s%n", chapter, (System.nanoTime() - start) / 1e9));
            if (!js.problems().isEmpty()) {
                fail(chapter + " has failing snippets:\n" + String.join("\n", js.problems()));
            }
            List<String> raw = output.lines().filter(l -> RAW_DOUBLE.matcher(l).find()).toList();
            assertTrue(raw.isEmpty(), chapter + " prints unformatted doubles (use %.4f or a summary):\n" + String.join("\n", raw));
            Set<String> written = checkFigures(chapter, output, out);
            checkLinks(chapter, written);
            CourseNumbers.check(chapter, js, output);
        } finally {
            if (previous == null) {
                System.clearProperty("statlearn.figures");
            } else {
                System.setProperty("statlearn.figures", previous);
            }
        }
    }

    /** Each figure line names a PNG that exists, has the stated size and is not blank. */
    private static Set<String> checkFigures(String chapter, String output, Path out) throws IOException {
        Map<String, int[]> stated = new LinkedHashMap<>();
        Matcher m = FIGURE_LINE.matcher(output);
        while (m.find()) {
            stated.put(m.group(1), new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
        }
        for (Map.Entry<String, int[]> e : stated.entrySet()) {
            String name = e.getKey();
            assertTrue(name.startsWith(chapter + "-"), name + " should start with the chapter name " + chapter);
            Path file = out.resolve(name);
            assertTrue(Files.isRegularFile(file), "figure not written: " + file);
            BufferedImage image = ImageIO.read(file.toFile());
            assertNotNull(image, "not a readable PNG: " + file);
            assertEquals(e.getValue()[0], image.getWidth(), name + " width");
            assertEquals(e.getValue()[1], image.getHeight(), name + " height");
            assertNotBlank(name, image);
        }
        return stated.keySet();
    }

    /** Every figure the text links to is written by the run and committed; every figure written is linked. */
    private static void checkLinks(String chapter, Set<String> written) throws IOException {
        String source = Files.readString(NOTEBOOKS.resolve(chapter + ".jsh"), StandardCharsets.UTF_8);
        Set<String> linked = new TreeSet<>();
        Matcher m = FIGURE_LINK.matcher(source);
        while (m.find()) {
            linked.add(m.group(1));
        }
        for (String name : linked) {
            assertTrue(written.contains(name), chapter + " links to " + name + " but does not write it; written: " + written);
            assertTrue(Files.isRegularFile(NOTEBOOKS.resolve("figures").resolve(name)),
                    "notebooks/figures/" + name + " is not committed (regenerate the figures, see notebooks/README.md)");
        }
        Set<String> unlinked = new TreeSet<>(written);
        unlinked.removeAll(linked);
        assertTrue(unlinked.isEmpty(), chapter + " writes figures its text does not show: " + unlinked);
    }

    /** At least 1% of the pixels differ from the background and the image has some colours. */
    static void assertNotBlank(String name, BufferedImage image) {
        int background = image.getRGB(0, 0);
        long different = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (rgb != background) {
                    different++;
                }
                if (colours.size() < 64) {
                    colours.add(rgb);
                }
            }
        }
        double share = (double) different / ((long) image.getWidth() * image.getHeight());
        assertTrue(share > 0.01, name + " looks blank: " + share + " of the pixels differ from the background");
        assertTrue(colours.size() >= 8, name + " has only " + colours.size() + " colours");
    }

    @Test
    void notebooksAreInSyncWithTheirScripts() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), NOTEBOOKS.resolve("Generate.java").toString(), "--check",
                NOTEBOOKS.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "generator timed out");
        assertEquals(0, p.exitValue(), "notebooks out of sync with their scripts:\n" + text);
        List<String> names = chapters().toList();
        for (String chapter : names) {
            String nb = Files.readString(NOTEBOOKS.resolve(chapter + ".ipynb"), StandardCharsets.UTF_8);
            assertTrue(nb.contains("\"name\": \"java\""), chapter + ".ipynb has no Java kernelspec");
            assertFalse(nb.contains("\"outputs\": [\n"), chapter + ".ipynb should be committed without outputs");
        }
    }
}
