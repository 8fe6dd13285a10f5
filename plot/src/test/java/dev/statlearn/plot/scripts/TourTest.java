package dev.statlearn.plot.scripts;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/tour.jsh} through the JShell API, with the same startup imports as
 * {@code jshell.sh}, and fails if any snippet is rejected or throws. This keeps the tour true in CI.
 */
class TourTest {

    @Test
    void tourRunsWithoutAFailingSnippet() {
        try (JShellScripts js = JShellScripts.open()) {
            js.runFile(JShellScripts.ROOT.resolve("examples/tour.jsh"));
            System.out.print(js.output());
            if (!js.problems().isEmpty()) {
                fail("the tour has failing snippets:\n" + String.join("\n", js.problems()));
            }
        }
    }
}
