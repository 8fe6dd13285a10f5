package dev.statlearn.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.plot.internal.Charts;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/**
 * Where a {@link Figure} puts its panels: a grid of {@code rows × columns} equal cells filled row
 * by row, each cell holding its panel drawn at the cell's size (anti-aliased), the rest white.
 * Also the size limits, panel indices and the size written into the SVG.
 */
class FigureLayoutTest {

    private static XYChart chart(String title, double slope) {
        XYChart c = Charts.xy(title, "x", "y", 100, 100);
        Charts.line(c, "line", new double[] {0, 1, 2}, new double[] {0, slope, 2 * slope}, Charts.colour(0));
        return c;
    }

    /** The panel drawn alone on a white cell of the given size, with the figure's rendering hints. */
    private static BufferedImage alone(XYChart chart, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        chart.paint(g, w, h);
        g.dispose();
        return img;
    }

    private static void assertCell(BufferedImage expected, BufferedImage figure, int x0, int y0, String what) {
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (expected.getRGB(x, y) != figure.getRGB(x0 + x, y0 + y)) {
                    throw new AssertionError(what + ": pixel (" + x + ", " + y + ") differs");
                }
            }
        }
    }

    @Test
    void panelsFillEqualCellsRowByRow() {
        List<XYChart> panels = List.of(chart("a", 1), chart("b", -1), chart("c", 3));
        // three panels in two columns: 2 rows of 300 x 200 cells; the last cell stays white
        Figure f = Figure.grid("three", panels, 2, 600, 400);
        BufferedImage img = f.toImage();
        assertEquals(600, img.getWidth());
        assertEquals(400, img.getHeight());
        assertCell(alone(panels.get(0), 300, 200), img, 0, 0, "panel 0");
        assertCell(alone(panels.get(1), 300, 200), img, 300, 0, "panel 1");
        assertCell(alone(panels.get(2), 300, 200), img, 0, 200, "panel 2");
        for (int y = 200; y < 400; y += 7) {
            for (int x = 300; x < 600; x += 7) {
                assertEquals(0xFFFFFFFF, img.getRGB(x, y), "empty cell at " + x + ", " + y);
            }
        }
        assertEquals("Figure[three, 600x400, 3 panels in 2x2]", f.toString());
    }

    @Test
    void moreColumnsThanPanelsIsOneRow() {
        List<XYChart> panels = List.of(chart("a", 1), chart("b", 2));
        Figure f = Figure.grid("two", panels, 5, 400, 150);
        BufferedImage img = f.toImage();
        assertCell(alone(panels.get(0), 200, 150), img, 0, 0, "panel 0");
        assertCell(alone(panels.get(1), 200, 150), img, 200, 0, "panel 1");
        assertEquals("Figure[two, 400x150, 2 panels in 1x2]", f.toString());
    }

    @Test
    void singleChartFillsTheFigure() {
        XYChart c = chart("one", 1);
        Figure f = Figure.of("one", c).withSize(320, 240);
        assertEquals(320, f.width());
        assertEquals(240, f.height());
        assertCell(alone(c, 320, 240), f.toImage(), 0, 0, "the chart");
        assertEquals("Figure[one, 320x240]", f.toString());
        assertSame(c, f.panel(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.panel(1));
        assertEquals("index must be in [0, 1), was 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> f.panel(-1));
    }

    @Test
    void sizesFromOnePixelToMaxSize() {
        XYChart c = chart("s", 1);
        assertEquals(1, Figure.of("s", c).withSize(1, Figure.MAX_SIZE).width());
        assertEquals(Figure.MAX_SIZE, Figure.of("s", c).withSize(Figure.MAX_SIZE, 1).width());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Figure.of("s", c).withSize(0, 10));
        assertEquals("width must be in [1, " + Figure.MAX_SIZE + "] pixels (Figure.MAX_SIZE), was 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Figure.of("s", c).withSize(10, Figure.MAX_SIZE + 1));
        assertEquals("height must be in [1, " + Figure.MAX_SIZE + "] pixels (Figure.MAX_SIZE), was " + (Figure.MAX_SIZE + 1),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Figure.grid("s", List.of(c), 0, 10, 10));
        assertEquals("columns must be >= 1, was 0", e.getMessage());
        assertEquals(1, Figure.grid("s", List.of(c), 1, 10, 10).panelCount());
    }

    @Test
    void svgHasTheFiguresSize() {
        String svg = Figure.of("s", chart("s", 1)).withSize(432, 123).toSvg();
        assertTrue(svg.contains("width=\"432\""), svg.substring(0, Math.min(400, svg.length())));
        assertTrue(svg.contains("height=\"123\""), svg.substring(0, Math.min(400, svg.length())));
        assertTrue(svg.contains("</svg"), "a complete document");
    }

    @Test
    void saveByNameWritesThatFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f.png");
        Path saved = Figure.of("s", chart("s", 1)).withSize(50, 40).save(file.toString());
        assertEquals(file, saved);
        assertTrue(Files.size(file) > 0);
    }
}
