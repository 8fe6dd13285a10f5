package dev.statlearn.plot;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.swing.ImageIcon;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.knowm.xchart.internal.chartpart.Chart;
import org.w3c.dom.Document;

/**
 * A finished figure: one chart, or a grid of panels, with a size in pixels. Figures are immutable
 * values; {@link #withSize(int, int)} returns a new one. Every builder in this package (for example
 * {@link EvaluationPlots}, {@link DistributionPlots}) returns a {@code Figure}.
 *
 * <p>Output is chosen by the file extension: {@code .png} (raster, through {@link ImageIO}) or
 * {@code .svg} (vector, Apache Batik's SVG generator painting the same chart). Rendering never
 * needs a display, so figures work on servers and in CI; {@link #show()} opens a window where
 * there is a display and otherwise saves a PNG to a temporary file and says where. The same input
 * gives the same picture: a PNG carries no timestamp, and every builder draws its series in a fixed
 * order.
 *
 * <p>A grid of {@code rows × columns} panels is laid out row by row; panel \(k\) occupies cell
 * \((\lfloor k / c \rfloor, k \bmod c)\), each cell \(\lfloor W/c \rfloor \times \lfloor H/r
 * \rfloor\) pixels of the \(W \times H\) figure.
 */
public final class Figure {

    /** Default width in pixels. */
    public static final int DEFAULT_WIDTH = 800;
    /** Default height in pixels. */
    public static final int DEFAULT_HEIGHT = 600;
    /** Largest accepted width or height in pixels (a 8192 × 8192 ARGB image is 256 MiB). */
    public static final int MAX_SIZE = 8192;

    private final String title;
    private final List<Chart<?, ?>> panels;
    private final int rows;
    private final int columns;
    private final int width;
    private final int height;

    private Figure(String title, List<Chart<?, ?>> panels, int rows, int columns, int width, int height) {
        this.title = title;
        this.panels = panels;
        this.rows = rows;
        this.columns = columns;
        this.width = width;
        this.height = height;
    }

    /**
     * A figure of one XChart chart at the chart's own size. For users who build or restyle a chart
     * with XChart directly; the builders of this package call it too.
     *
     * @param title a short description (used by {@link #toString()} and as the window title)
     * @param chart the chart (not copied: do not change it afterwards)
     * @return the figure
     */
    public static Figure of(String title, Chart<?, ?> chart) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(chart, "chart");
        return new Figure(title, List.of(chart), 1, 1, checkSize("width", chart.getWidth()),
                checkSize("height", chart.getHeight()));
    }

    /**
     * A grid of panels, laid out row by row; cells past the last panel stay empty.
     *
     * @param title   a short description
     * @param panels  the charts, at least one
     * @param columns panels per row, at least 1
     * @param width   width of the whole figure in pixels, 1 to {@link #MAX_SIZE}
     * @param height  height of the whole figure in pixels, 1 to {@link #MAX_SIZE}
     * @return the figure
     */
    public static Figure grid(String title, List<? extends Chart<?, ?>> panels, int columns, int width, int height) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(panels, "panels");
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("panels must not be empty");
        }
        for (int i = 0; i < panels.size(); i++) {
            Objects.requireNonNull(panels.get(i), "panels[" + i + "]");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be >= 1, was " + columns);
        }
        int cols = Math.min(columns, panels.size());
        int r = (panels.size() + cols - 1) / cols;
        return new Figure(title, List.copyOf(panels), r, cols, checkSize("width", width), checkSize("height", height));
    }

    private static int checkSize(String name, int value) {
        if (value < 1 || value > MAX_SIZE) {
            throw new IllegalArgumentException(name + " must be in [1, " + MAX_SIZE + "] pixels (Figure.MAX_SIZE), was "
                    + value);
        }
        return value;
    }

    /**
     * The same figure at another size.
     *
     * @param width  width in pixels, 1 to {@link #MAX_SIZE}
     * @param height height in pixels, 1 to {@link #MAX_SIZE}
     * @return a new figure
     * @throws IllegalArgumentException if a size is outside {@code [1, MAX_SIZE]} (checked before
     *                                  anything is drawn or allocated)
     */
    public Figure withSize(int width, int height) {
        return new Figure(title, panels, rows, columns, checkSize("width", width), checkSize("height", height));
    }

    /** @return the short description given when the figure was built */
    public String title() {
        return title;
    }

    /** @return width in pixels */
    public int width() {
        return width;
    }

    /** @return height in pixels */
    public int height() {
        return height;
    }

    /** @return number of panels (1 for a single chart) */
    public int panelCount() {
        return panels.size();
    }

    /**
     * The XChart chart of one panel, for users who want to read or restyle it. Changing it changes
     * this figure's later renderings.
     *
     * @param index panel index, 0 to {@code panelCount() - 1}
     * @return the chart
     */
    public Chart<?, ?> panel(int index) {
        if (index < 0 || index >= panels.size()) {
            throw new IllegalArgumentException("index must be in [0, " + panels.size() + "), was " + index);
        }
        return panels.get(index);
    }

    /**
     * Renders the figure into an image.
     *
     * @return a new {@code width × height} ARGB image on a white background
     */
    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Renders the figure as PNG bytes.
     *
     * @return the PNG file's bytes
     */
    public byte[] toPng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writePng(out);
        return out.toByteArray();
    }

    /**
     * Renders the figure as an SVG document.
     *
     * @return the SVG text (UTF-8 when written to a file)
     */
    public String toSvg() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeSvg(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Saves the figure; the format follows the extension, {@code .png} or {@code .svg} (any case).
     * Missing parent directories are created.
     *
     * @param file where to write
     * @return {@code file}
     * @throws IllegalArgumentException if the extension is neither {@code .png} nor {@code .svg}
     * @throws UncheckedIOException     if the file cannot be written
     */
    public Path save(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".svg")) {
            throw new IllegalArgumentException("file must end in .png or .svg, was " + file);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                if (png) {
                    writePng(out);
                } else {
                    writeSvg(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /**
     * Saves the figure; see {@link #save(Path)}.
     *
     * @param file where to write, ending in {@code .png} or {@code .svg}
     * @return the path written
     */
    public Path save(String file) {
        Objects.requireNonNull(file, "file");
        return save(Path.of(file));
    }

    /**
     * Shows the figure in a window where there is a display. Without one (headless JVM, server, CI)
     * it saves a PNG to a temporary file, prints where to standard output, and returns that path
     * instead of failing.
     *
     * @return the temporary PNG when headless, otherwise {@code null}
     */
    public Path show() {
        if (GraphicsEnvironment.isHeadless()) {
            try {
                Path file = Files.createTempFile("statlearn-figure-", ".png");
                save(file);
                System.out.println("no display: figure \"" + title + "\" saved to " + file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary file for the figure", e);
            }
        }
        BufferedImage image = toImage();
        SwingUtilities.invokeLater(() -> {
            JFrame frame = new JFrame(title);
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            frame.getContentPane().add(new JLabel(new ImageIcon(image)));
            frame.pack();
            frame.setLocationByPlatform(true);
            frame.setVisible(true);
        });
        return null;
    }

    private void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int cellW = width / columns;
        int cellH = height / rows;
        for (int k = 0; k < panels.size(); k++) {
            int r = k / columns;
            int c = k % columns;
            Graphics2D cell = (Graphics2D) g.create(c * cellW, r * cellH, cellW, cellH);
            try {
                panels.get(k).paint(cell, cellW, cellH);
            } finally {
                cell.dispose();
            }
        }
    }

    private void writePng(OutputStream out) {
        try {
            if (!ImageIO.write(toImage(), "png", out)) {
                throw new IllegalStateException("no PNG writer in this JVM");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PNG", e);
        }
    }

    private void writeSvg(OutputStream out) {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML document builder in this JVM", e);
        }
        SVGGraphics2D g = new SVGGraphics2D(document);
        g.setSVGCanvasSize(new Dimension(width, height));
        paint(g);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            g.stream(writer, true);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write SVG", e);
        }
    }

    @Override
    public String toString() {
        return "Figure[" + title + ", " + width + "x" + height
                + (panels.size() > 1 ? ", " + panels.size() + " panels in " + rows + "x" + columns : "") + "]";
    }
}
