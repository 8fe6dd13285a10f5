package dev.statlearn.plot;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** Helpers for figure tests: is a rendered image more than a blank canvas. */
final class PlotAssertions {

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
}
