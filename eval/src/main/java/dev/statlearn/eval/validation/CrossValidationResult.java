package dev.statlearn.eval.validation;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import dev.statlearn.eval.ConfusionMatrix;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a {@link CrossValidation} run: each metric's per-fold values, mean and sd for the
 * model and for each baseline run on the same folds, the improvement of the model over the
 * baselines, and (for classification) the confusion matrix pooled over every test fold.
 *
 * <p>Immutable.
 *
 * @since 0.1
 */
public final class CrossValidationResult {

    private final String protocol;
    private final List<MetricSummary> model;
    private final Map<String, List<MetricSummary>> baselines;
    private final ConfusionMatrix pooled;

    CrossValidationResult(String protocol, List<MetricSummary> model,
                          Map<String, List<MetricSummary>> baselines, ConfusionMatrix pooled) {
        this.protocol = protocol;
        this.model = List.copyOf(model);
        Map<String, List<MetricSummary>> b = new LinkedHashMap<>();
        baselines.forEach((k, v) -> b.put(k, List.copyOf(v)));
        this.baselines = Collections.unmodifiableMap(b);
        this.pooled = pooled;
    }

    /**
     * A description of the protocol, e.g. {@code "stratified 5-fold x 2 repeats"}.
     *
     * @return the protocol
     */
    public String protocol() {
        return protocol;
    }

    /**
     * The model's metrics, in the order they were requested.
     *
     * @return unmodifiable list
     */
    public List<MetricSummary> metrics() {
        return model;
    }

    /**
     * One of the model's metrics by name.
     *
     * @param name metric name
     * @return its summary
     * @throws IllegalArgumentException if there is no such metric
     */
    public MetricSummary metric(String name) {
        return find(model, name);
    }

    /**
     * The baselines' metrics, by baseline name ({@code "majority"}, {@code "stratified"},
     * {@code "mean"}); empty if baselines were turned off.
     *
     * @return unmodifiable map in insertion order
     */
    public Map<String, List<MetricSummary>> baselines() {
        return baselines;
    }

    /**
     * One baseline's metric.
     *
     * @param baseline baseline name
     * @param metric   metric name
     * @return its summary
     * @throws IllegalArgumentException if there is no such baseline or metric
     */
    public MetricSummary baseline(String baseline, String metric) {
        List<MetricSummary> b = baselines.get(Checks.notNull(baseline, "baseline"));
        if (b == null) {
            throw new IllegalArgumentException("baseline must be one of " + baselines.keySet() + ", was " + baseline);
        }
        return find(b, metric);
    }

    /**
     * How much the model's mean beats the best baseline's mean on a metric: \( \bar m - \bar b \)
     * for a higher-is-better metric, \( \bar b - \bar m \) otherwise, where \( \bar b \) is the
     * best baseline mean. Positive means the model is better.
     *
     * @param metric metric name
     * @return the improvement, {@code NaN} if there are no baselines
     * @throws IllegalArgumentException if there is no such metric
     */
    public double improvement(String metric) {
        MetricSummary m = metric(metric);
        double best = Double.NaN;
        for (String b : baselines.keySet()) {
            double v = baseline(b, metric).mean();
            if (Double.isNaN(best) || (m.higherIsBetter() ? v > best : v < best)) {
                best = v;
            }
        }
        return m.higherIsBetter() ? m.mean() - best : best - m.mean();
    }

    /**
     * The confusion matrix pooled over every test fold of every repeat (each row counted once per
     * repeat).
     *
     * @return the pooled matrix
     * @throws IllegalStateException for a regression run
     */
    public ConfusionMatrix pooledConfusion() {
        if (pooled == null) {
            throw new IllegalStateException("a regression run has no confusion matrix");
        }
        return pooled;
    }

    private static MetricSummary find(List<MetricSummary> list, String name) {
        Checks.notNull(name, "name");
        List<String> names = new ArrayList<>();
        for (MetricSummary s : list) {
            if (s.name().equals(name)) {
                return s;
            }
            names.add(s.name());
        }
        throw new IllegalArgumentException("metric must be one of " + names + ", was " + name);
    }

    /**
     * A table: one line per metric with the model's mean ± sd, each baseline's mean and the
     * improvement over the best baseline.
     *
     * @return a readable table
     */
    @Override
    public String toString() {
        List<String> names = new ArrayList<>(baselines.keySet());
        String[] head = new String[names.size() + 3];
        head[0] = "metric";
        head[1] = "model (mean ± sd)";
        for (int b = 0; b < names.size(); b++) {
            head[b + 2] = names.get(b);
        }
        head[head.length - 1] = names.isEmpty() ? null : "gain vs best baseline";
        Format.Table t = Format.table(head);
        for (MetricSummary s : model) {
            String[] row = new String[head.length];
            row[0] = s.name();
            row[1] = Format.sig(s.mean()) + " ± " + Format.sig(s.sd(), 2);
            for (int b = 0; b < names.size(); b++) {
                row[b + 2] = Format.sig(baseline(names.get(b), s.name()).mean());
            }
            row[head.length - 1] = names.isEmpty() ? null : Format.signed(improvement(s.name()), 4);
            t.row(row);
        }
        return "cross-validation: " + protocol + "\n" + t;
    }
}
