package example.consumer;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.eval.curve.RocCurve;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.mle.Mle;

/**
 * What a user's program does with the installed jars: load bundled datasets (resources inside
 * statlearn-core's jar), summarise and fit a column, score a classifier. Prints one line per check
 * and "consumer ok" at the end.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Module m = Dataset.class.getModule();
        System.out.println("statlearn-core loaded as " + (m.isNamed() ? "module " + m.getName() : "the unnamed module"));
        Dataset iris = Datasets.iris();
        Dataset digits = Datasets.digits();
        System.out.println("iris " + iris.size() + " rows, digits " + digits.size() + " rows");
        double[] sepal = iris.column(0);
        System.out.println("sepal length " + Moments.of(sepal));
        System.out.println("normal fit " + Mle.normal(sepal).distribution());
        Dataset cancer = Datasets.breastCancer();
        int[] malignant = new int[cancer.size()];
        double[] radius = cancer.column(0);
        for (int i = 0; i < malignant.length; i++) {
            malignant[i] = cancer.label(i) == 0 ? 1 : 0;
        }
        System.out.printf("AUC of mean radius for malignant: %.4f%n", RocCurve.auc(malignant, radius));
        if (iris.size() != 150 || digits.size() != 1797) {
            throw new AssertionError("bundled datasets have the wrong size");
        }
        System.out.println("consumer ok");
    }
}
