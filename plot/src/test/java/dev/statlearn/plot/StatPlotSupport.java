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
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/** Test helpers for the statistics figures: rendering checks, text boxes, optional gallery output. */
final class StatPlotSupport {

    private StatPlotSupport() {
    }

    /**
     * Renders the figure to PNG, checks its size and that it is not blank, and saves it to
     * {@code $STATPLOTS_OUT/<name>.png} when that environment variable is set (for looking at it).
     */
    static BufferedImage render(Figure f, String name, int width, int height) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(f.toPng()));
            assertEquals(width, img.getWidth());
            assertEquals(height, img.getHeight());
            assertTrue(PlotAssertions.distinctColours(img) > 20, "too few colours: " + name);
            String out = System.getenv("STATPLOTS_OUT");
            if (out != null && !out.isBlank()) {
                f.save(Path.of(out, name + ".png"));
            }
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
