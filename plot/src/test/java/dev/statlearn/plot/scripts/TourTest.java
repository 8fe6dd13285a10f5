package dev.statlearn.plot.scripts;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/tour.jsh} through the JShell API, with the same startup imports as
 * {@code jshell.sh}, and fails if any snippet is rejected or throws, or if the tour prints a raw
 * {@code double} (13 or more decimals, as {@code Double.toString} gives) where a summary is meant.
 * This keeps the tour true and readable in CI. What the tour printed is written to
 * {@code plot/target/script-output/tour.txt}, not to the test log.
 */
class TourTest {

    /** A number printed with 13 or more decimals: an unformatted double. */
    private static final Pattern RAW_DOUBLE = Pattern.compile("\\d\\.\\d{13,}");

    @Test
    void tourRunsWithoutAFailingSnippet() {
        try (JShellScripts js = JShellScripts.open()) {
            js.runFile(JShellScripts.ROOT.resolve("examples/tour.jsh"));
            String output = js.output();
            JShellScripts.writeOutput("tour", output);
            if (!js.problems().isEmpty()) {
                fail("the tour has failing snippets:\n" + String.join("\n", js.problems()));
            }
            List<String> raw = output.lines().filter(l -> RAW_DOUBLE.matcher(l).find()).toList();
            if (!raw.isEmpty()) {
                fail("the tour prints unformatted doubles (use a toString summary or %.4f):\n" + String.join("\n", raw));
            }
        }
    }
}
