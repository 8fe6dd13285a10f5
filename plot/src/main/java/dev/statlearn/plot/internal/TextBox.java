package dev.statlearn.plot.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * A boxed block of text lines pinned to a corner of a chart's plot area (inside the axes), for
 * statistics that belong on the figure (divergences, summary numbers). Unlike XChart's own text
 * panel it is placed relative to the plot area, so it never covers the title, and duplicate lines
 * are kept. Not public API.
 */
public final class TextBox extends Annotation {

    /** Where the box sits inside the plot area. */
    public enum Corner {
        /** Top left. */
        NORTH_WEST,
        /** Top right. */
        NORTH_EAST
    }

    private static final int MARGIN = 8;
    private static final int PADDING = 6;
    private static final Font FONT = Charts.TEXT_FONT;

    private final List<String> lines;
    private final Corner corner;

    /**
     * A text box.
     *
     * @param lines  the lines, top to bottom
     * @param corner where to put it
     */
    public TextBox(List<String> lines, Corner corner) {
        super(true);
        this.lines = List.copyOf(lines);
        this.corner = Objects.requireNonNull(corner, "corner");
    }

    /** @return the lines, top to bottom */
    public List<String> lines() {
        return lines;
    }

    @Override
    public void paint(Graphics2D g) {
        if (!isVisible || lines.isEmpty()) {
            return;
        }
        g.setFont(FONT);
        FontMetrics fm = g.getFontMetrics();
        int w = 0;
        for (String line : lines) {
            w = Math.max(w, fm.stringWidth(line));
        }
        int lineHeight = fm.getHeight();
        int boxW = w + 2 * PADDING;
        int boxH = lines.size() * lineHeight + 2 * PADDING - fm.getLeading();
        int top = getYAxisScreenValueForMin() + MARGIN;
        int left = corner == Corner.NORTH_WEST ? getXAxisScreenValueForMin() + MARGIN
                : getXAxisScreenValueForMax() - MARGIN - boxW;
        bounds = new Rectangle2D.Double(left, top, boxW, boxH);
        g.setColor(new Color(255, 255, 255, 230));
        g.fill(bounds);
        g.setColor(new Color(200, 200, 200));
        g.setStroke(new BasicStroke(1f));
        g.draw(bounds);
        g.setColor(Color.BLACK);
        int y = top + PADDING + fm.getAscent();
        for (String line : lines) {
            g.drawString(line, left + PADDING, y);
            y += lineHeight;
        }
    }

    @Override
    public Rectangle2D getBounds() {
        return bounds == null ? new Rectangle2D.Double() : bounds;
    }
}
