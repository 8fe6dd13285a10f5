package dev.statlearn.eval;

import dev.statlearn.core.testing.KernelPaths;
import org.junit.jupiter.api.Test;

/**
 * This module's suite runs on both kernel paths (surefire executions in {@code eval/pom.xml}); this
 * test fails a run whose active path is not the one the execution declares
 * ({@link KernelPaths#assertActivePathIsExpected()}).
 */
class KernelPathTest {

    @Test
    void activePathIsTheExpectedOne() {
        KernelPaths.assertActivePathIsExpected();
    }
}
