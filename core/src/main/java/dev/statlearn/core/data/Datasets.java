package dev.statlearn.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The real datasets bundled with statlearn, as shipped by scikit-learn 1.2.1.
 *
 * <table>
 *   <caption>Bundled datasets</caption>
 *   <tr><th>method</th><th>rows × features</th><th>target</th></tr>
 *   <tr><td>{@link #iris()}</td><td>150 × 4</td><td>3 classes (50 each)</td></tr>
 *   <tr><td>{@link #wine()}</td><td>178 × 13</td><td>3 cultivars (59/71/48)</td></tr>
 *   <tr><td>{@link #breastCancer()}</td><td>569 × 30</td><td>2 classes (malignant 212 = 0, benign 357 = 1)</td></tr>
 *   <tr><td>{@link #digits()}</td><td>1797 × 64</td><td>10 classes, pixels 0..16</td></tr>
 *   <tr><td>{@link #diabetes()}</td><td>442 × 10</td><td>real (disease progression after one year)</td></tr>
 * </table>
 *
 * <p>Attribution: UCI Machine Learning Repository (CC BY 4.0) for iris (Fisher 1936), wine
 * (Forina et al.), breast cancer Wisconsin diagnostic (Wolberg, Street, Mangasarian) and optical
 * digits (Alpaydin, Kaynak); diabetes from Efron, Hastie, Johnstone and Tibshirani, "Least Angle
 * Regression", Annals of Statistics 2004. The full descriptions ship beside the data as
 * {@code dev/statlearn/core/data/*.rst} resources, see {@code ATTRIBUTION.md}.
 *
 * <p>Each call parses the bundled file again and returns a new (immutable) dataset.
 *
 * @since 0.1
 */
public final class Datasets {

    private static final String BASE = "/dev/statlearn/core/data/";

    private Datasets() {
    }

    /**
     * Fisher's iris: 150 flowers, 4 measurements in cm, 3 species: {@code "setosa"},
     * {@code "versicolor"}, {@code "virginica"} (50 each).
     *
     * @return the dataset
     */
    public static Dataset iris() {
        return load("iris", "iris.csv", false, null, List.of("sepal length (cm)", "sepal width (cm)",
                "petal length (cm)", "petal width (cm)"));
    }

    /**
     * The wine recognition data: 178 wines from one region of Italy, 13 chemical measurements,
     * 3 classes, the grape cultivar: {@code "cultivar 1"} (59 wines), {@code "cultivar 2"} (71)
     * and {@code "cultivar 3"} (48) (scikit-learn calls them {@code class_0..class_2}).
     *
     * @return the dataset
     */
    public static Dataset wine() {
        return load("wine", "wine_data.csv", false, List.of("cultivar 1", "cultivar 2", "cultivar 3"), List.of("alcohol", "malic_acid", "ash",
                "alcalinity_of_ash", "magnesium", "total_phenols", "flavanoids", "nonflavanoid_phenols",
                "proanthocyanins", "color_intensity", "hue", "od280/od315_of_diluted_wines", "proline"));
    }

    /**
     * Breast cancer Wisconsin (diagnostic): 569 tumours, 30 features, malignant (0) or benign (1).
     *
     * @return the dataset
     */
    public static Dataset breastCancer() {
        List<String> names = new ArrayList<>();
        for (String kind : List.of("mean ", "", "worst ")) {
            for (String f : List.of("radius", "texture", "perimeter", "area", "smoothness",
                    "compactness", "concavity", "concave points", "symmetry", "fractal dimension")) {
                names.add(kind.isEmpty() ? f + " error" : kind + f);
            }
        }
        return load("breast_cancer", "breast_cancer.csv", false, null, names);
    }

    /**
     * Optical recognition of handwritten digits: 1797 images of 8 × 8 pixels (values 0..16),
     * 10 classes named {@code "0"} to {@code "9"} (label i is digit i). Feature {@code pixel_r_c}
     * is row r, column c.
     *
     * @return the dataset
     */
    public static Dataset digits() {
        List<String> names = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                names.add("pixel_" + r + "_" + c);
            }
        }
        try (Reader in = reader("digits.csv.gz", true)) {
            return Csv.readClassification(in, ',', false, names,
                    List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")).withName("digits");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The diabetes data of Efron et al. (2004), unscaled: 442 patients, 10 baseline variables
     * (age, sex, body mass index, mean blood pressure, six blood serum measurements) and a
     * quantitative measure of disease progression one year later.
     *
     * @return a regression dataset
     */
    public static Dataset diabetes() {
        try (Reader xr = reader("diabetes_data_raw.csv.gz", true);
             Reader yr = reader("diabetes_target.csv.gz", true)) {
            double[][] x = Csv.readMatrix(xr, ' ', false);
            double[][] t = Csv.readMatrix(yr, ' ', false);
            double[] y = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                y[i] = t[i][0];
            }
            return Dataset.regression(x, y,
                    List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6")).withName("diabetes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * sklearn's format: a header "n_samples,n_features,class names…", then features and label;
     * {@code classNames} (if not null) replaces the header's class names.
     */
    private static Dataset load(String name, String file, boolean gz, List<String> classNames,
                                List<String> featureNames) {
        try (Reader in = reader(file, gz)) {
            java.io.BufferedReader br = new java.io.BufferedReader(in);
            String header = br.readLine();
            String[] h = header.split(",");
            List<String> classes = classNames != null ? classNames : List.of(h).subList(2, h.length);
            return Csv.readClassification(br, ',', false, featureNames, classes).withName(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String file, boolean gz) throws IOException {
        InputStream in = Datasets.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("bundled resource " + BASE + file + " is missing from the jar");
        }
        return new InputStreamReader(gz ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8);
    }
}
