package dev.statlearn.stats;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.internal.kernel.Kernels;
import org.junit.jupiter.api.Test;

/**
 * The build runs this module's suite twice, on the scalar and on the Vector API kernels (see the
 * surefire executions in {@code stats/pom.xml}); this test fails a run whose active path is not the
 * one the execution declares in {@code statlearn.test.expectedKernels}, so a misconfigured run
 * cannot silently test the same path twice. Run by hand without the property, it only checks
 * that a path was chosen.
 */
class KernelPathTest {

    @Test
    void activePathIsTheExpectedOne() {
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
