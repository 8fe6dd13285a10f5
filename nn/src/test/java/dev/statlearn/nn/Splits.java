package dev.statlearn.nn;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.preprocess.StandardScaler;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Test helper: seeded stratified hold-out split and standardisation fit on the training part. */
public final class Splits {

    public final Dataset train;
    public final Dataset test;

    private Splits(Dataset train, Dataset test) {
        this.train = train;
        this.test = test;
    }

    /** Stratified (classification) or plain random (regression) split; {@code testFraction} per class. */
    public static Splits holdOut(Dataset data, double testFraction, long seed) {
        RandomGenerator rng = Randomness.seeded(seed);
        int[] perm = Randomness.permutation(data.size(), rng);
        List<Integer> tr = new ArrayList<>();
        List<Integer> te = new ArrayList<>();
        if (data.isClassification()) {
            int[] counts = data.classCounts();
            int[] taken = new int[counts.length];
            for (int r : perm) {
                int c = data.label(r);
                if (taken[c] < Math.round(testFraction * counts[c])) {
                    taken[c]++;
                    te.add(r);
                } else {
                    tr.add(r);
                }
            }
        } else {
            long nTest = Math.round(testFraction * data.size());
            for (int i = 0; i < perm.length; i++) {
                (i < nTest ? te : tr).add(perm[i]);
            }
        }
        return new Splits(data.select(tr.stream().mapToInt(Integer::intValue).toArray()),
                data.select(te.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Standardises both parts with a scaler fit on the training part only. */
    public Splits standardized() {
        StandardScaler s = StandardScaler.fit(train.features());
        return new Splits(train.withFeatures(s.transform(train.features())),
                test.withFeatures(s.transform(test.features())));
    }

    public static double accuracy(int[] predicted, int[] truth) {
        int c = 0;
        for (int i = 0; i < truth.length; i++) {
            c += predicted[i] == truth[i] ? 1 : 0;
        }
        return (double) c / truth.length;
    }
}
