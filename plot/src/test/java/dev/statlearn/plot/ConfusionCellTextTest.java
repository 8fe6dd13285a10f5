package dev.statlearn.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.eval.ConfusionMatrix;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.internal.chartpart.Chart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Where the confusion heat map writes its cell texts, read back from the SVG: in cell (a, p) the
 * count (bold) above the row share (plain, 2 points smaller), both centred on the cell XChart
 * draws (the plot area shrunk to the styler's plot-content size, split into k × k equal cells,
 * first class at the top), white on cells with a share above one half and black otherwise; no
 * texts when the cells are too small for them.
 */
class ConfusionCellTextTest {

    /** A {@code <text>} of the SVG with its position and the style it inherits. */
    private record Text(String content, double x, double y, String fill, double size, boolean bold) {
    }

    private static String style(Element e, String property) {
        for (Node n = e; n instanceof Element; n = n.getParentNode()) {
            Element el = (Element) n;
            if (el.hasAttribute(property)) {
                return el.getAttribute(property);
            }
            for (String decl : el.getAttribute("style").split(";")) {
                String[] kv = decl.split(":", 2);
                if (kv.length == 2 && kv[0].trim().equals(property)) {
                    return kv[1].trim();
                }
            }
        }
        return "";
    }

    private static List<Text> texts(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList list = doc.getElementsByTagName("text");
        List<Text> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            String size = style(e, "font-size").replace("px", "").replace("pt", "");
            out.add(new Text(e.getTextContent(), Double.parseDouble(e.getAttribute("x")),
                    Double.parseDouble(e.getAttribute("y")), style(e, "fill").toLowerCase(Locale.ROOT),
                    size.isEmpty() ? Double.NaN : Double.parseDouble(size), style(e, "font-weight").equals("bold")));
        }
        return out;
    }

    private static Rectangle2D plotBounds(Chart<?, ?> chart) throws ReflectiveOperationException {
        Field plot = Chart.class.getDeclaredField("plot");
        plot.setAccessible(true);
        Object p = plot.get(chart);
        return (Rectangle2D) p.getClass().getMethod("getBounds").invoke(p);
    }

    private static boolean isWhite(String fill) {
        return fill.equals("white") || fill.equals("#ffffff") || fill.equals("rgb(255,255,255)");
    }

    @Test
    void countsAndSharesAreCentredInTheirCells() throws Exception {
        // rows: actual 0 [5 1 0] (shares 5/6, 1/6, 0), actual 1 [2 6 2], actual 2 [0 0 4]
        ConfusionMatrix m = ConfusionMatrix.ofCounts(new long[][] {{5, 1, 0}, {2, 6, 2}, {0, 0, 4}});
        String[][] expected = {{"5", "83.3%"}, {"1", "16.7%"}, {"0", "0%"}, {"2", "20.0%"}, {"6", "60.0%"},
            {"2", "20.0%"}, {"0", "0%"}, {"0", "0%"}, {"4", "100.0%"}};
        boolean[] white = {true, false, false, false, true, false, false, false, true};
        Figure f = EvaluationPlots.confusionMatrix(m);
        EvaluationPlots.ConfusionHeatMap chart = (EvaluationPlots.ConfusionHeatMap) f.panel(0);
        List<Text> all = texts(f.toSvg());
        Rectangle2D b = plotBounds(chart);
        int k = 3;
        assertTrue(all.size() >= 2 * k * k, "texts: " + all.size());
        List<Text> cells = all.subList(all.size() - 2 * k * k, all.size());
        double size = chart.getStyler().getPlotContentSize();
        double cellW = size * b.getWidth() / k;
        double cellH = size * b.getHeight() / k;
        double left = b.getX() + (1 - size) * b.getWidth() / 2;
        double topEdge = b.getY() + (1 - size) * b.getHeight() / 2;
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                int c = a * k + p;
                Text count = cells.get(2 * c);
                Text share = cells.get(2 * c + 1);
                String where = "cell (" + a + ", " + p + ")";
                assertEquals(expected[c][0], count.content(), where);
                assertEquals(expected[c][1], share.content(), where);
                assertTrue(count.bold(), where);
                assertFalse(share.bold(), where);
                assertEquals(count.size() - 2, share.size(), 1e-9, where);
                assertTrue(count.size() >= 10 && count.size() <= 18, where + ": " + count.size());
                assertEquals(white[c], isWhite(count.fill()), where + ": " + count.fill());
                assertEquals(white[c], isWhite(share.fill()), where + ": " + share.fill());
                FontMetrics cm = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.BOLD, (int) count.size()));
                FontMetrics sm = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, (int) share.size()));
                double cx = left + cellW * (p + 0.5);
                assertEquals(cx, count.x() + cm.stringWidth(count.content()) / 2.0, 0.05, where + " count x");
                assertEquals(cx, share.x() + sm.stringWidth(share.content()) / 2.0, 0.05, where + " share x");
                // the two lines, ascent + 4 + ascent high, centred vertically in the cell
                int lineH = cm.getAscent() + sm.getAscent() + 4;
                double top = topEdge + cellH * a + (cellH - lineH) / 2;
                assertEquals(top + cm.getAscent(), count.y(), 0.05, where + " count baseline");
                assertEquals(top + cm.getAscent() + 4 + sm.getAscent(), share.y(), 0.05, where + " share baseline");
            }
        }
        g.dispose();
    }

    @Test
    void tinyCellsHaveNoText() throws Exception {
        // 40 classes on 800 x 600: cells about 11 pixels high, too small for two lines of text
        long[][] counts = new long[40][40];
        for (int i = 0; i < 40; i++) {
            counts[i][i] = 1000 + i;
        }
        List<Text> all = texts(EvaluationPlots.confusionMatrix(ConfusionMatrix.ofCounts(counts)).toSvg());
        assertTrue(all.stream().noneMatch(t -> t.content().endsWith("%")), "no share texts");
        assertTrue(all.stream().noneMatch(t -> t.content().equals("1039")), "no count texts");
        // a class that never occurs: "-" instead of a share, black text on its empty row
        ConfusionMatrix absent = ConfusionMatrix.ofCounts(new long[][] {{3, 1}, {0, 0}});
        List<Text> t = texts(EvaluationPlots.confusionMatrix(absent).toSvg());
        List<Text> cells = t.subList(t.size() - 8, t.size());
        assertEquals("75.0%", cells.get(1).content());
        assertEquals("-", cells.get(5).content());
        assertEquals("-", cells.get(7).content());
        assertFalse(isWhite(cells.get(5).fill()));
        // a share of exactly one half is not above one half: black
        List<Text> half = texts(EvaluationPlots.confusionMatrix(ConfusionMatrix.ofCounts(new long[][] {{2, 2}, {1, 3}}))
                .toSvg());
        List<Text> hc = half.subList(half.size() - 8, half.size());
        assertEquals("50.0%", hc.get(1).content());
        assertFalse(isWhite(hc.get(0).fill()), hc.get(0).fill());
        assertTrue(isWhite(hc.get(6).fill()), "75% cell: " + hc.get(6).fill());
    }
}
