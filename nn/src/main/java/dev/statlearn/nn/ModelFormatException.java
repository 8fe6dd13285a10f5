package dev.statlearn.nn;

import java.io.IOException;

/**
 * Thrown when bytes that should hold a saved network do not: wrong magic or version, truncated
 * or corrupted data (checksum mismatch), declared sizes outside the limits or inconsistent with
 * the length, or non-finite weights. The message says which check failed.
 *
 * @since 0.1
 */
public final class ModelFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the file
     */
    public ModelFormatException(String message) {
        super(message);
    }
}
