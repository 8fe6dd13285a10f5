package dev.statlearn.plot.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code ```java} block of {@code README.md} through JShell and checks what the README says
 * it prints. The conventions, also stated at the top of the README's "In JShell" section:
 *
 * <ol>
 *   <li><b>One block, one fresh session.</b> Each {@code ```java} block runs on its own in a new
 *       session with {@code ./jshell.sh}'s startup: JShell's default imports, {@code java.util.random.*}
 *       and every public statlearn package. So a block must define everything it uses (no placeholders)
 *       and may not rely on an earlier block. Each snippet must compile and not throw.</li>
 *   <li><b>Transcript blocks.</b> A block with lines starting {@code jshell> } is a session transcript:
 *       the text after {@code jshell> } (and after {@code ...> } on continuation lines) is typed in, and
 *       the lines up to the next prompt are what JShell shows for it: first what the snippet printed,
 *       then {@code name ==> value}. They must match exactly (trailing blanks aside), except that a
 *       temporary name {@code $7} matches any {@code $n}, as the numbering depends on the session.
 *       JShell shortens a declared variable's value beyond 80 characters, so a transcript may not
 *       show one that long (an expression's value, {@code $n ==> ...}, is shown whole).</li>
 *   <li><b>Code blocks</b> (no prompt) are pasted as they are. A trailing comment that starts with
 *       {@code ≈} followed by a number, as in {@code double p = test.posteriorAfterPositive(0.10); // ≈ 0.5238},
 *       claims the snippet's value: the value, rounded to the digits shown, must equal the number
 *       (tolerance half a unit in the last digit shown; {@code 3.17e-05} also works). Other comments are
 *       prose and are not checked.</li>
 *   <li><b>Output blocks.</b> A {@code ```text} block that directly follows a code block (only blank
 *       lines between) is what that code block prints, compared line by line (trailing blanks aside).</li>
 * </ol>
 *
 * Blocks in other languages ({@code bash}, {@code xml}) are not run.
 */
class ReadmeSnippetsTest {

    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)[ \\t]*\\n(.*?)^```[ \\t]*$");
    private static final Pattern APPROX = Pattern.compile("^≈\\s*([-+]?[0-9][0-9_]*(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)");
    private static final String PROMPT = "jshell> ";
    /** The comment before a {@code ```java} block that another module's test runs instead. */
    static final String RUN_ELSEWHERE = "<!-- runs in spark's ReadmeSnippetTest";
    /** JShell's normal feedback mode shows at most this many characters of a declared variable's value. */
    private static final int VAR_VALUE_SHOWN = 80;
    private static final Pattern CONTINUATION = Pattern.compile("^\\s*\\.\\.\\.> ?");

    /** A fenced block of the README: language, text, first line number, and the output block after it. */
    record Block(String language, String text, int line, String output) { }

    static List<Block> blocks(String readme) {
        List<Block> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(readme);
        List<int[]> spans = new ArrayList<>();
        List<String[]> found = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            found.add(new String[] {m.group(1), m.group(2)});
        }
        for (int i = 0; i < found.size(); i++) {
            if (!found.get(i)[0].equals("java")) {
                continue;
            }
            // a block marked as run elsewhere (the Spark block: spark's ReadmeSnippetTest runs it
            // with a SparkSession, which JShell does not have)
            int before = i == 0 ? 0 : spans.get(i - 1)[1];
            if (readme.substring(before, spans.get(i)[0]).contains(RUN_ELSEWHERE)) {
                continue;
            }
            String output = null;
            if (i + 1 < found.size() && found.get(i + 1)[0].equals("text")
                    && readme.substring(spans.get(i)[1], spans.get(i + 1)[0]).isBlank()) {
                output = found.get(i + 1)[1];
            }
            int line = (int) readme.substring(0, spans.get(i)[0]).chars().filter(c -> c == '\n').count() + 1;
            blocks.add(new Block("java", found.get(i)[1], line, output));
        }
        return blocks;
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockRunsAndPrintsWhatTheReadmeSays() throws IOException {
        String readme = Files.readString(JShellScripts.ROOT.resolve("README.md"));
        List<Block> blocks = blocks(readme);
        assertFalse(blocks.isEmpty(), "README.md has no ```java blocks");
        return blocks.stream().map(b -> DynamicTest.dynamicTest("README.md line " + b.line(), () -> run(b)));
    }

    private static void run(Block block) {
        String where = "README.md block at line " + block.line();
        List<String> mismatches = new ArrayList<>();
        try (JShellScripts js = JShellScripts.open()) {
            boolean transcript = block.text().lines().anyMatch(l -> l.startsWith(PROMPT));
            StringBuilder printed = new StringBuilder();
            if (transcript) {
                runTranscript(js, block.text(), where, mismatches);
            } else {
                for (JShellScripts.Step step : js.steps(block.text(), where)) {
                    printed.append(step.printed());
                    checkApproximation(step, where, mismatches);
                }
            }
            if (block.output() != null) {
                List<String> expected = block.output().lines().map(String::stripTrailing).toList();
                List<String> actual = printed.toString().lines().map(String::stripTrailing).toList();
                if (!expected.equals(actual)) {
                    mismatches.add(where + ": the ```text block after it says it prints\n" + String.join("\n", expected)
                            + "\nbut it prints\n" + String.join("\n", actual));
                }
            }
            List<String> all = new ArrayList<>(js.problems());
            all.addAll(mismatches);
            if (!all.isEmpty()) {
                fail(String.join("\n\n", all));
            }
        }
    }

    private static void runTranscript(JShellScripts js, String text, String where, List<String> mismatches) {
        List<String> lines = text.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (!line.startsWith(PROMPT)) {
                if (!line.isBlank()) {
                    mismatches.add(where + ": shown output without a jshell> input before it: " + line);
                }
                i++;
                continue;
            }
            StringBuilder input = new StringBuilder(line.substring(PROMPT.length())).append('\n');
            i++;
            while (i < lines.size() && CONTINUATION.matcher(lines.get(i)).find()) {
                input.append(CONTINUATION.matcher(lines.get(i)).replaceFirst("")).append('\n');
                i++;
            }
            List<String> expected = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).startsWith(PROMPT)) {
                expected.add(lines.get(i).stripTrailing());
                i++;
            }
            while (!expected.isEmpty() && expected.get(expected.size() - 1).isEmpty()) {
                expected.remove(expected.size() - 1);
            }
            List<String> actual = new ArrayList<>();
            for (JShellScripts.Step step : js.steps(input.toString(), where)) {
                step.printed().lines().map(String::stripTrailing).forEach(actual::add);
                if (step.value() != null && !step.name().startsWith("$") && step.value().length() > VAR_VALUE_SHOWN) {
                    mismatches.add(where + ": JShell cuts the value of " + step.name() + " at " + VAR_VALUE_SHOWN
                            + " characters; show a shorter value or an expression: " + step.source().strip());
                }
                if (step.value() != null) {
                    (step.name() + " ==> " + step.value()).lines().map(String::stripTrailing).forEach(actual::add);
                }
                checkApproximation(step, where, mismatches);
            }
            List<String> shown = expected.stream().map(ReadmeSnippetsTest::anyTemporary).toList();
            List<String> got = actual.stream().map(ReadmeSnippetsTest::anyTemporary).toList();
            if (!shown.equals(got)) {
                mismatches.add(where + ": for\n  jshell> " + input.toString().strip() + "\nthe README shows\n"
                        + String.join("\n", expected) + "\nbut JShell shows\n" + String.join("\n", actual));
            }
        }
    }

    private static String anyTemporary(String shown) {
        return shown.replaceFirst("^\\$\\d+ ==> ", "\\$n ==> ");
    }

    private static void checkApproximation(JShellScripts.Step step, String where, List<String> mismatches) {
        if (step.comment() == null || step.failed()) {
            return;
        }
        Matcher m = APPROX.matcher(step.comment());
        if (!m.find()) {
            return;
        }
        String claim = m.group(1).replace("_", "");
        double value;
        try {
            value = Double.parseDouble(step.value());
        } catch (NullPointerException | NumberFormatException e) {
            mismatches.add(where + ": '// ≈ " + claim + "' on a snippet without a numeric value: " + step.source().strip()
                    + " (value " + step.value() + ")");
            return;
        }
        if (!agrees(value, claim)) {
            mismatches.add(where + ": '// ≈ " + claim + "' but the value is " + step.value() + " in: "
                    + step.source().strip());
        }
    }

    /**
     * Whether a value, rounded to the digits a number shows, is that number.
     *
     * @param value the computed value
     * @param shown the number as written, e.g. {@code 0.5238} or {@code 3.17e-05}
     * @return true if {@code |value - shown| <= ulp(shown) / 2} (plus a rounding allowance)
     */
    static boolean agrees(double value, String shown) {
        BigDecimal claim = new BigDecimal(shown);
        double tolerance = claim.ulp().doubleValue() / 2;
        return Math.abs(value - claim.doubleValue()) <= tolerance * (1 + 1e-9) + Math.ulp(value);
    }

    @Test
    void approximationsCompareToTheDigitsShown() {
        assertEquals(true, agrees(0.5238095238, "0.5238"));
        assertEquals(false, agrees(0.5239, "0.5238"));
        assertEquals(true, agrees(3.1728e-05, "3.17e-05"));
        assertEquals(false, agrees(3.18e-05, "3.17e-05"));
        assertEquals(true, agrees(0.125, "0.125"));
        assertEquals(true, agrees(1.49343, "1.493"));
    }

    @Test
    void blocksAreFoundWithTheirOutput() {
        String md = "text\n```java\nint x = 1;\n```\n\n```text\n1\n```\n```bash\nls\n```\n```java\nx\n```\n";
        List<Block> blocks = blocks(md);
        assertEquals(2, blocks.size());
        assertEquals("int x = 1;\n", blocks.get(0).text());
        assertEquals("1\n", blocks.get(0).output());
        assertEquals(2, blocks.get(0).line());
        assertEquals(null, blocks.get(1).output());
    }
}
