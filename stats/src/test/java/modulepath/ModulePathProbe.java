package modulepath;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.stats.montecarlo.Estimate;
import dev.statlearn.stats.montecarlo.MonteCarlo;

/**
 * Run by {@code ModulePathIT} in a separate JVM with statlearn's jars on the module path (this
 * class on the class path): calls that read resources from a jar, which a named module
 * encapsulates. Prints one line per check.
 */
public final class ModulePathProbe {

    private ModulePathProbe() {
    }

    /**
     * Prints the module of the library, a two-dimensional quasi-Monte Carlo integral (the Sobol
     * direction numbers come from Commons Math's jar) and the row count of a bundled dataset.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("module " + MonteCarlo.class.getModule().getName());
        Estimate e = MonteCarlo.quasi(x -> x[0] * x[1], new double[] {0, 0}, new double[] {1, 1}, 4096, 8,
                Randomness.seeded(1));
        System.out.println("quasi " + e.value());
        System.out.println("iris " + Datasets.iris().size());
    }
}
