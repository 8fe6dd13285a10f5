package dev.statlearn.eval.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.eval.testing.ReferenceTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fold allocation against scikit-learn 1.2.1 (tools/reference/eval_protocols.py, "folds" lines).
 * The shuffles differ from numpy's, but how many rows of each class each test fold receives does
 * not depend on the shuffle: it equals {@code StratifiedKFold}'s allocation when the classes first
 * appear in label order (true of these datasets), and k-fold sizes equal {@code KFold}'s.
 */
class SplitsReferenceTest {

    private static final ReferenceTable REF = ReferenceTable.load(SplitsReferenceTest.class,
            "/dev/statlearn/eval/resample/eval_protocols.txt");

    @Test
    void perFoldClassCountsEqualStratifiedKFold() {
        Dataset wine = Datasets.wine();
        Dataset digits = Datasets.digits();
        Map<String, Dataset> data = Map.of("wine3.4", wine, "digits10.5", digits, "digits10.7", digits,
                "breast.10", Datasets.breastCancer(), "iris.3", Datasets.iris());
        for (Map.Entry<String, Dataset> e : data.entrySet()) {
            int folds = Integer.parseInt(e.getKey().substring(e.getKey().indexOf('.') + 1));
            int[] y = e.getValue().labels();
            int k = e.getValue().numClasses();
            for (long seed = 0; seed < 3; seed++) {
                List<Split> splits = Splits.stratifiedKFold(y, folds, Randomness.seeded(seed));
                int[] counts = new int[folds * k];
                int[] sizes = new int[folds];
                for (Split s : splits) {
                    for (int i : s.test()) {
                        counts[s.fold() * k + y[i]]++;
                    }
                }
                assertArrayEquals(REF.ints("folds.stratified." + e.getKey()), counts, e.getKey());
                for (Split s : Splits.kFold(y.length, folds, Randomness.seeded(seed))) {
                    sizes[s.fold()] = s.test().length;
                }
                assertArrayEquals(REF.ints("folds.kfold." + e.getKey()), sizes, e.getKey());
            }
        }
    }
}
