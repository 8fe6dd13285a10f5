package dev.statlearn.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.plot.internal.TextBox;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Helpers for figure tests: render a figure and check it is more than a blank canvas, read the
 * text boxes back, and keep the pictures for looking at them.
 *
 * <p>Every rendered figure is also saved as {@code <name>.png} in the directory named by the
 * system property {@value #OUT_PROPERTY} when it is set, e.g.
 * {@code ./mvnw -pl plot -am verify -Dplot.out=/tmp/plots} (Surefire passes {@code -D} properties
 * to the test JVM).
 */
final class PlotAssertions {

    /** System property naming the directory the tests save their figures to. */
    static final String OUT_PROPERTY = "plot.out";

    private PlotAssertions() {
    }

    /**
     * Number of distinct colours in the image, sampled on a grid (a blank canvas has one).
     *
     * @param img the image
     * @return distinct RGB values seen
     */
    static int distinctColours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                seen.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    /**
     * Renders the figure to PNG, checks that it decodes to an image that is not blank (more than
     * 10 colours), and {@linkplain #save saves} it.
     *
     * @param f    the figure
     * @param name file name without extension
     * @return the decoded image
     */
    static BufferedImage render(Figure f, String name) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(f.toPng()));
            assertTrue(distinctColours(img) > 10, "too few colours: " + name);
            save(f, name);
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link #render(Figure, String)} and checks the image's size.
     *
     * @param f      the figure
     * @param name   file name without extension
     * @param width  expected width
     * @param height expected height
     * @return the decoded image
     */
    static BufferedImage render(Figure f, String name, int width, int height) {
        BufferedImage img = render(f, name);
        assertEquals(width, img.getWidth(), name + " width");
        assertEquals(height, img.getHeight(), name + " height");
        assertTrue(distinctColours(img) > 20, "too few colours: " + name);
        return img;
    }

    /**
     * Saves the figure as {@code <plot.out>/<name>.png} when the property is set.
     *
     * @param f    the figure
     * @param name file name without extension
     */
    static void save(Figure f, String name) {
        String out = System.getProperty(OUT_PROPERTY);
        if (out != null && !out.isBlank()) {
            f.save(Path.of(out, name + ".png"));
        }
    }

    /** The lines of every {@link TextBox} on a chart, in order. */
    static List<String> textLines(Chart<?, ?> chart) {
        try {
            Field f = Chart.class.getDeclaredField("annotations");
            f.setAccessible(true);
            List<String> lines = new ArrayList<>();
            for (Object a : (List<?>) f.get(chart)) {
                if (a instanceof TextBox) {
                    lines.addAll(((TextBox) a).lines());
                }
            }
            return lines;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
