package dev.statlearn.core.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.internal.kernel.Kernels;

/**
 * The check behind each module's {@code KernelPathTest}. The build runs the {@code stats},
 * {@code nn} and {@code eval} suites twice, on the scalar and on the Vector API kernels (surefire
 * execution {@code vector-kernels}); a run whose active path is not the one its execution declares
 * in the system property {@code statlearn.test.expectedKernels} ({@code scalar} or {@code vector})
 * fails, so a misconfigured build cannot silently test the same path twice. Without the property
 * (a run by hand) it only checks that a path was chosen.
 */
public final class KernelPaths {

    private KernelPaths() {
    }

    /** Asserts that the active kernel path is the one {@code statlearn.test.expectedKernels} names. */
    public static void assertActivePathIsExpected() {
        String expected = System.getProperty("statlearn.test.expectedKernels", "");
        String description = Kernels.description();
        switch (expected) {
            case "vector":
                assertTrue(Kernels.isVector(), description);
                assertTrue(description.contains("lanes"), description);
                break;
            case "scalar":
                assertFalse(Kernels.isVector(), description);
                assertSame(Kernels.scalar(), Kernels.ops(), description);
                break;
            case "":
                break;
            default:
                throw new AssertionError("statlearn.test.expectedKernels must be scalar or vector, was '"
                        + expected + "'");
        }
        assertTrue(description.startsWith("statlearn kernels: "), description);
    }
}
