package dev.statlearn.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged jars work as (automatic) named modules: a JVM started with {@code statlearn-core},
 * {@code statlearn-stats} and their dependencies on the module path runs a two-dimensional
 * {@code MonteCarlo.quasi} (which reads Commons Math's Sobol direction numbers) and loads a bundled
 * dataset. Both failed or could fail on the module path when a resource is read through the wrong
 * module's class. Runs in the integration-test phase (failsafe), after the jar is built.
 */
class ModulePathIT {

    @Test
    void quasiMonteCarloAndDatasetsWorkOnTheModulePath() throws IOException, InterruptedException {
        Path statsJar = Path.of(System.getProperty("statlearn.stats.jar"));
        assertTrue(Files.isRegularFile(statsJar), "stats jar not built: " + statsJar);
        List<String> modulePath = new ArrayList<>();
        modulePath.add(statsJar.toString());
        String probeClasses = null;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("statlearn-core") && name.endsWith(".jar") && !name.contains("tests")
                    || name.startsWith("commons-math3") || name.startsWith("commons-numbers")) {
                modulePath.add(entry);
            } else if (entry.endsWith("test-classes")) {
                probeClasses = entry;
            }
        }
        assertTrue(modulePath.stream().anyMatch(p -> Path.of(p).getFileName().toString().startsWith("statlearn-core")),
                "statlearn-core must be a jar on the class path: " + System.getProperty("java.class.path"));
        assertTrue(probeClasses != null, "test classes not on the class path");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = Files.createTempFile("module-path-probe", ".txt");
        try {
            Process p = new ProcessBuilder(java.toString(), "--module-path",
                    String.join(File.pathSeparator, modulePath), "--add-modules", "ALL-MODULE-PATH",
                    "-cp", probeClasses, "modulepath.ModulePathProbe")
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe did not finish in 120 s");
            String output = Files.readString(out, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), output);
            assertTrue(output.contains("module dev.statlearn.stats"), output);
            // the integral of x y over the unit square is 1/4; 8 x 4096 shifted Sobol points get within 1e-4
            String quasi = output.lines().filter(l -> l.startsWith("quasi ")).findFirst().orElseThrow();
            assertEquals(0.25, Double.parseDouble(quasi.substring(6)), 1e-4, output);
            assertTrue(output.contains("iris 150"), output);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
