package dev.statlearn.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.plot.internal.Charts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

class FigureTest {

    private static Figure line() {
        XYChart c = Charts.xy("line", "x", "y", 400, 300);
        c.addSeries("y = x²", new double[] {0, 1, 2, 3}, new double[] {0, 1, 4, 9});
        return Figure.of("line", c);
    }

    @Test
    void pngHasTheStatedSizeAndIsNotBlank() throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(line().withSize(640, 480).toPng()));
        assertEquals(640, img.getWidth());
        assertEquals(480, img.getHeight());
        assertTrue(PlotAssertions.distinctColours(img) > 3);
    }

    @Test
    void sameInputSamePicture() {
        assertArrayEquals(line().toPng(), line().toPng());
    }

    @Test
    void savesByExtension(@TempDir Path dir) throws IOException {
        Path png = line().save(dir.resolve("a/b.png"));
        assertNotNull(ImageIO.read(png.toFile()));
        Path svg = line().save(dir.resolve("b.SVG"));
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg"), text.substring(0, Math.min(200, text.length())));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> line().save(dir.resolve("c.jpg")));
        assertTrue(e.getMessage().contains("c.jpg"));
    }

    @Test
    void gridLaysOutPanelsAndShowIsHeadlessSafe() throws IOException {
        XYChart a = Charts.xy("a", "x", "y", 10, 10);
        a.addSeries("s", new double[] {0, 1}, new double[] {0, 1});
        XYChart b = Charts.xy("b", "x", "y", 10, 10);
        b.addSeries("s", new double[] {0, 1}, new double[] {1, 0});
        Figure g = Figure.grid("two", List.of(a, b, a), 2, 600, 500);
        assertEquals(3, g.panelCount());
        assertEquals("Figure[two, 600x500, 3 panels in 2x2]", g.toString());
        Path shown = g.show();
        assertNotNull(shown);
        assertNotNull(ImageIO.read(shown.toFile()));
        Files.deleteIfExists(shown);
    }

    @Test
    void badSizesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> line().withSize(0, 10));
        assertTrue(e.getMessage().contains("width"));
        assertThrows(IllegalArgumentException.class, () -> line().withSize(10, Figure.MAX_SIZE + 1));
        assertThrows(IllegalArgumentException.class, () -> Figure.grid("x", List.of(), 1, 10, 10));
        assertThrows(NullPointerException.class, () -> line().save((Path) null));
    }
}
