package dev.statlearn.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Which path {@link Kernels} picked, and that the two paths agree on the same inputs. */
class KernelsSelectionTest {

    @Test
    void expectedPathIsActive() {
        String expected = System.getProperty("statlearn.test.expectedKernels", "");
        String description = Kernels.description();
        if (expected.equals("vector")) {
            assertTrue(Kernels.isVector(), description);
            assertTrue(Kernels.vector().isPresent(), description);
            assertTrue(description.contains("lanes"), description);
        } else if (expected.equals("scalar")) {
            assertSame(Kernels.scalar(), Kernels.ops(), description);
            assertTrue(description.startsWith("statlearn kernels: scalar"), description);
        }
        assertTrue(description.startsWith("statlearn kernels: "), description);
    }

    @Test
    void bothPathsAgreeOnAnMlpSizedProduct() {
        KernelOps vector = Kernels.vector().orElse(Kernels.scalar());
        SplittableRandom rng = new SplittableRandom(11);
        int m = 64;
        int k = 64;
        int n = 128;
        double[] a = KernelOpsContract.random(rng, m * k);
        double[] b = KernelOpsContract.random(rng, k * n);
        double[] s = Kernels.scalar().mult(m, n, k, a, 0, b, 0, null, 0);
        double[] v = vector.mult(m, n, k, a, 0, b, 0, null, 0);
        for (int i = 0; i < s.length; i++) {
            // |a|, |b| < 2: |sum| terms <= 4 each, bound 2 k eps * 4 k
            assertEquals(s[i], v[i], 2 * k * Math.ulp(1.0) * 4 * k, "element " + i);
        }
    }
}
