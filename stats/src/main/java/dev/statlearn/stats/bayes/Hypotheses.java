package dev.statlearn.stats.bayes;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Numerics;
import dev.statlearn.core.internal.Format;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable probability distribution over a finite set of named hypotheses, updated by
 * Bayes' theorem. Yesterday's posterior is today's prior: {@link #update(double...)} returns a new
 * {@code Hypotheses} and leaves this one unchanged.
 *
 * <p>For hypotheses \(H_1, \dots, H_k\) with prior \(P(H_i)\) and likelihoods \(P(D \mid H_i)\):
 * \[ P(H_i \mid D) = \frac{P(D \mid H_i)\,P(H_i)}{P(D)}, \qquad
 *    P(D) = \sum_{j} P(D \mid H_j)\,P(H_j) \quad\text{(the evidence).} \]
 *
 * <p>Probabilities are stored as logarithms and every update uses log-sum-exp, so a thousand
 * updates with small likelihoods neither underflow nor drift: the probabilities always sum to 1
 * within a few ulps. {@link #logMarginalLikelihood()} accumulates the log evidence of every update
 * since the original prior, \(\log P(D_1, \dots, D_t)\), so two priors (models) fed the same data can
 * be compared with a Bayes factor.
 *
 * <ul>
 *   <li>Likelihoods may be densities (greater than 1) but must be finite and non-negative.</li>
 *   <li>A hypothesis with probability 0 stays at 0 forever.</li>
 *   <li>Data impossible under every hypothesis with positive probability (evidence 0) is rejected.</li>
 * </ul>
 *
 * <pre>{@code
 * Hypotheses coin = Hypotheses.uniform("fair", "biased");
 * Hypotheses after = coin.update(0.5, 0.9).update(0.5, 0.9);   // two heads
 * after.probability("biased");                                  // 0.7642...
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Hypotheses {

    private final List<String> names;
    private final Map<String, Integer> index;
    private final double[] logProbabilities;
    private final double logEvidence;
    private final double logMarginalLikelihood;

    private Hypotheses(List<String> names, Map<String, Integer> index, double[] logProbabilities,
                       double logEvidence, double logMarginalLikelihood) {
        this.names = names;
        this.index = index;
        this.logProbabilities = logProbabilities;
        this.logEvidence = logEvidence;
        this.logMarginalLikelihood = logMarginalLikelihood;
    }

    /**
     * Equally likely hypotheses.
     *
     * @param names distinct, non-null names, at least one
     * @return the uniform prior
     * @throws NullPointerException     if {@code names} or a name is null
     * @throws IllegalArgumentException if there are no names or a name repeats
     */
    public static Hypotheses uniform(String... names) {
        Checks.notNull(names, "names");
        double[] p = new double[names.length];
        Arrays.fill(p, 1.0 / Math.max(1, names.length));
        return of(names, p);
    }

    /**
     * A prior with the given probabilities.
     *
     * @param names         distinct, non-null names. Not modified.
     * @param probabilities prior probabilities in [0, 1] summing to 1 within 1e-9; they are
     *                      renormalized to sum to 1 exactly. Not modified.
     * @return the prior
     * @throws NullPointerException     if an argument or a name is null
     * @throws IllegalArgumentException on repeated names, different lengths or invalid probabilities
     */
    public static Hypotheses of(String[] names, double[] probabilities) {
        Checks.notNull(names, "names");
        Checks.notNull(probabilities, "probabilities");
        if (names.length == 0) {
            throw new IllegalArgumentException("names must not be empty");
        }
        Checks.sameLength(names.length, "names", probabilities.length, "probabilities");
        Checks.probabilityVector(probabilities, 1e-9, "probabilities");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            Checks.notNull(names[i], "names[" + i + "]");
            if (index.put(names[i], i) != null) {
                throw new IllegalArgumentException("names must be distinct, '" + names[i] + "' repeats");
            }
        }
        double total = Numerics.sum(probabilities);
        double[] logP = new double[names.length];
        for (int i = 0; i < logP.length; i++) {
            logP[i] = Math.log(probabilities[i] / total);
        }
        return new Hypotheses(List.of(names), Collections.unmodifiableMap(index), logP, 0.0, 0.0);
    }

    /**
     * A prior from a map from name to probability, in the map's iteration order.
     *
     * @param prior names and probabilities summing to 1 within 1e-9. Not modified.
     * @return the prior
     * @throws NullPointerException     if {@code prior}, a key or a value is null
     * @throws IllegalArgumentException on invalid probabilities
     */
    public static Hypotheses of(Map<String, Double> prior) {
        Checks.notNull(prior, "prior");
        String[] n = new String[prior.size()];
        double[] p = new double[prior.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : prior.entrySet()) {
            n[i] = e.getKey();
            p[i] = Checks.notNull(e.getValue(), "prior[" + e.getKey() + "]");
            i++;
        }
        return of(n, p);
    }

    /**
     * Bayes' rule with one likelihood per hypothesis, in the order of {@link #names()}.
     *
     * @param likelihoods \(P(D \mid H_i)\), finite and non-negative. Not modified.
     * @return the posterior, whose {@link #evidence()} is \(P(D)\)
     * @throws NullPointerException     if {@code likelihoods} is null
     * @throws IllegalArgumentException on a wrong length, a negative, NaN or infinite likelihood,
     *                                  or evidence 0
     */
    public Hypotheses update(double... likelihoods) {
        Checks.notNull(likelihoods, "likelihoods");
        Checks.sameLength(likelihoods.length, "likelihoods", size(), "hypotheses");
        double[] logL = new double[likelihoods.length];
        for (int i = 0; i < logL.length; i++) {
            double l = likelihoods[i];
            if (!(l >= 0 && l < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("likelihoods[" + i + "] must be >= 0 and finite, was " + l);
            }
            logL[i] = Math.log(l);
        }
        return apply(logL);
    }

    /**
     * Bayes' rule with log-likelihoods, for likelihoods too small to represent (e.g. a product
     * over many observations).
     *
     * @param logLikelihoods \(\log P(D \mid H_i)\), each finite or \(-\infty\). Not modified.
     * @return the posterior
     * @throws NullPointerException     if {@code logLikelihoods} is null
     * @throws IllegalArgumentException on a wrong length, NaN or \(+\infty\), or evidence 0
     */
    public Hypotheses updateLog(double... logLikelihoods) {
        Checks.notNull(logLikelihoods, "logLikelihoods");
        Checks.sameLength(logLikelihoods.length, "logLikelihoods", size(), "hypotheses");
        for (int i = 0; i < logLikelihoods.length; i++) {
            double l = logLikelihoods[i];
            if (!(l < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("logLikelihoods[" + i + "] must be finite or -Infinity, was " + l);
            }
        }
        return apply(logLikelihoods.clone());
    }

    /**
     * Bayes' rule with likelihoods given by name; every hypothesis must be present.
     *
     * @param likelihoods name to \(P(D \mid H)\). Not modified.
     * @return the posterior
     * @throws NullPointerException     if the map or a value is null
     * @throws IllegalArgumentException if a hypothesis is missing or unknown, or as {@link #update(double...)}
     */
    public Hypotheses update(Map<String, Double> likelihoods) {
        Checks.notNull(likelihoods, "likelihoods");
        for (String key : likelihoods.keySet()) {
            if (!index.containsKey(key)) {
                throw new IllegalArgumentException("likelihoods has unknown hypothesis '" + key + "'");
            }
        }
        double[] l = new double[size()];
        for (int i = 0; i < l.length; i++) {
            Double v = likelihoods.get(names.get(i));
            if (v == null) {
                throw new IllegalArgumentException("likelihoods is missing hypothesis '" + names.get(i) + "'");
            }
            l[i] = v;
        }
        return update(l);
    }

    private Hypotheses apply(double[] logL) {
        double[] joint = new double[logL.length];
        for (int i = 0; i < joint.length; i++) {
            // 0 * anything: a hypothesis with prior 0 stays at 0
            joint[i] = logProbabilities[i] == Double.NEGATIVE_INFINITY
                    ? Double.NEGATIVE_INFINITY : logProbabilities[i] + logL[i];
        }
        double logZ = Numerics.logSumExp(joint);
        if (logZ == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "evidence must be > 0: the data has likelihood 0 under every hypothesis with positive probability");
        }
        double[] posterior = new double[joint.length];
        for (int i = 0; i < joint.length; i++) {
            posterior[i] = joint[i] - logZ;
        }
        // renormalise in log space so that rounding does not accumulate over many updates
        double drift = Numerics.logSumExp(posterior);
        for (int i = 0; i < posterior.length; i++) {
            posterior[i] -= drift;
        }
        return new Hypotheses(names, index, posterior, logZ, logMarginalLikelihood + logZ);
    }

    /**
     * Number of hypotheses.
     *
     * @return k
     */
    public int size() {
        return names.size();
    }

    /**
     * The hypothesis names in order.
     *
     * @return an unmodifiable list
     */
    public List<String> names() {
        return names;
    }

    /**
     * The probabilities, in the order of {@link #names()}.
     *
     * @return a new array summing to 1
     */
    public double[] probabilities() {
        double[] p = new double[size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logProbabilities[i]);
        }
        return p;
    }

    /**
     * The natural logarithms of the probabilities.
     *
     * @return a new array
     */
    public double[] logProbabilities() {
        return logProbabilities.clone();
    }

    /**
     * Probability of hypothesis {@code i}.
     *
     * @param i index in [0, size)
     * @return its probability
     * @throws IllegalArgumentException if {@code i} is out of range
     */
    public double probability(int i) {
        Checks.index(i, size(), "i");
        return Math.exp(logProbabilities[i]);
    }

    /**
     * Probability of the named hypothesis.
     *
     * @param name a hypothesis name
     * @return its probability
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if there is no such hypothesis
     */
    public double probability(String name) {
        return Math.exp(logProbabilities[indexOf(name)]);
    }

    /**
     * Position of the named hypothesis.
     *
     * @param name a hypothesis name
     * @return its index
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if there is no such hypothesis
     */
    public int indexOf(String name) {
        Checks.notNull(name, "name");
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("name must be one of " + names + ", was '" + name + "'");
        }
        return i;
    }

    /**
     * The most probable hypothesis (the first one on ties): the maximum a posteriori choice.
     *
     * @return its name
     */
    public String mostProbable() {
        int best = 0;
        for (int i = 1; i < logProbabilities.length; i++) {
            if (logProbabilities[i] > logProbabilities[best]) {
                best = i;
            }
        }
        return names.get(best);
    }

    /**
     * The evidence \(P(D)\) of the update that produced this distribution (1 for a prior).
     * It may underflow to 0 for very unlikely data; use {@link #logEvidence()} then.
     *
     * @return the evidence
     */
    public double evidence() {
        return Math.exp(logEvidence);
    }

    /**
     * Natural logarithm of {@link #evidence()}.
     *
     * @return \(\log P(D)\) of the last update, 0 for a prior
     */
    public double logEvidence() {
        return logEvidence;
    }

    /**
     * Sum of the log evidences of all updates since the original prior,
     * \(\log P(D_1, \dots, D_t)\) (0 for a prior). Two models' difference is a log Bayes factor.
     *
     * @return the log marginal likelihood of all data seen
     */
    public double logMarginalLikelihood() {
        return logMarginalLikelihood;
    }

    /**
     * The distribution as an ordered map from name to probability.
     *
     * @return a new unmodifiable map
     */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < size(); i++) {
            m.put(names.get(i), Math.exp(logProbabilities[i]));
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The posterior probability of each hypothesis to 4 significant digits, e.g.
     * {@code Hypotheses(fair=0.2, biased=0.8)}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Hypotheses(");
        for (int i = 0; i < size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(names.get(i)).append('=').append(Format.sig(Math.exp(logProbabilities[i])));
        }
        return sb.append(')').toString();
    }
}
