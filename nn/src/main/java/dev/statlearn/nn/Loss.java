package dev.statlearn.nn;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Numerics;
import dev.statlearn.core.data.ClassBalance;
import dev.statlearn.core.internal.Format;
import dev.statlearn.core.internal.kernel.Kernels;
import dev.statlearn.nn.internal.Losses;

/**
 * The training loss of an {@link Mlp}: the loss that matches its {@link Output}, with optional
 * per-class weights and focal modulation. Immutable.
 *
 * <p>For a sample with logits \( z \), label \( y \), class weight \( w_y \) and
 * \( p_t \) the predicted probability of the true class
 * (\( p_t = \mathrm{softmax}(z)_y \) for {@link Output#SOFTMAX}, \( \sigma(z) \) or \( 1-\sigma(z) \) for
 * {@link Output#SIGMOID}), the per-sample loss is
 * \[ \ell = -(1-p_t)^{\gamma} \log p_t, \]
 * computed from the logits by log-sum-exp (\( \gamma = 0 \), the default, gives plain
 * cross-entropy; \( \gamma &gt; 0 \) is the focal loss of Lin et al. 2017,
 * <a href="https://arxiv.org/abs/1708.02002">arXiv:1708.02002</a>). The batch loss is the weighted mean
 * \[ L = \frac{\sum_i w_{y_i} \ell_i}{\sum_i w_{y_i}}, \]
 * PyTorch's {@code CrossEntropyLoss(weight=w)} convention; without class weights it is the plain mean.
 * For {@link Output#LINEAR} the loss is the mean squared error over all \( n m \) entries
 * (PyTorch's {@code MSELoss()}); class weights and focal modulation do not apply to it.
 *
 * @since 0.1
 */
public final class Loss {

    private static final Loss STANDARD = new Loss(null, 0.0);

    private final double[] classWeights;
    private final double focalGamma;

    private Loss(double[] classWeights, double focalGamma) {
        this.classWeights = classWeights;
        this.focalGamma = focalGamma;
    }

    /**
     * The unweighted, non-focal loss: cross-entropy for classification, MSE for regression.
     *
     * @return the standard loss
     */
    public static Loss standard() {
        return STANDARD;
    }

    /**
     * Returns a copy with per-class weights (one per class; 2 for a sigmoid output).
     *
     * @param weights positive, finite weights, not modified
     * @return a new loss
     * @throws NullPointerException     if {@code weights} is null
     * @throws IllegalArgumentException if empty or a weight is not positive and finite
     */
    public Loss withClassWeights(double... weights) {
        Checks.nonEmpty(weights, "weights");
        for (int i = 0; i < weights.length; i++) {
            Checks.positive(weights[i], "weights[" + i + "]");
        }
        return new Loss(weights.clone(), focalGamma);
    }

    /**
     * Returns a copy with the focal exponent \( \gamma \).
     *
     * @param gamma exponent \( \ge 0 \) (0 = plain cross-entropy; 2 is the usual focal choice)
     * @return a new loss
     * @throws IllegalArgumentException if {@code gamma} is negative or not finite
     */
    public Loss withFocalGamma(double gamma) {
        Checks.finite(gamma, "gamma");
        Checks.nonNegative(gamma, "gamma");
        return new Loss(classWeights, gamma);
    }

    /**
     * The class weights, or an empty array when every class has weight 1.
     *
     * @return a copy of the weights
     */
    public double[] classWeights() {
        return classWeights == null ? new double[0] : classWeights.clone();
    }

    /**
     * The focal exponent.
     *
     * @return \( \gamma \)
     */
    public double focalGamma() {
        return focalGamma;
    }

    /** Weights for internal use (may be null). */
    double[] weightsOrNull() {
        return classWeights;
    }

    /**
     * Checks that this loss applies to a network: no class weights or focal exponent for a
     * regression output, one class weight per class otherwise.
     *
     * @param model the network (an {@link Mlp} or any other model with an {@link Output})
     * @throws NullPointerException     if {@code model} is null
     * @throws IllegalArgumentException if the loss does not fit the network
     */
    public void requireCompatible(InferenceModel model) {
        Output output = model.output();
        checkCompatible(output, output.classes(model.numOutputs()));
    }

    /**
     * Checks that this loss applies to a network's output.
     *
     * @param output  the output kind
     * @param classes number of classes (ignored for regression)
     */
    void checkCompatible(Output output, int classes) {
        if (output == Output.LINEAR) {
            if (classWeights != null || focalGamma != 0.0) {
                throw new IllegalArgumentException(
                        "class weights and focal gamma apply to classification outputs, not " + output);
            }
        } else if (classWeights != null && classWeights.length != classes) {
            throw new IllegalArgumentException("loss has " + classWeights.length
                    + " class weights but the network predicts " + classes + " classes");
        }
    }

    /**
     * "Balanced" class weights \( w_c = n / (k\, n_c) \), scikit-learn's
     * {@code compute_class_weight("balanced")}: the one definition,
     * {@link ClassBalance#balancedWeights(int[], int)}, shared with {@code eval}'s
     * {@code ClassWeights.balanced}. A class absent from {@code y} is rejected (its weight would be
     * infinite; scikit-learn raises too), so {@code k <= y.length}.
     *
     * @param y labels in {@code [0, k)}, not modified
     * @param k number of classes, in {@code [1, y.length]} (one output unit per class); checked
     *          before anything is allocated
     * @return one weight per class
     * @throws NullPointerException     if {@code y} is null
     * @throws IllegalArgumentException if {@code y} is empty, {@code k} is out of range, a label is
     *                                  out of range or a class does not occur in {@code y}
     */
    public static double[] balancedClassWeights(int[] y, int k) {
        return ClassBalance.balancedWeights(y, k);
    }

    /**
     * Softmax cross-entropy of one sample from its logits:
     * \( \log\sum_j e^{z_j} - z_y \).
     *
     * @param logits logits, not modified
     * @param label  true class
     * @return the loss: finite for finite logits, except {@code +inf} when
     *         \( \max_j z_j - z_y \) exceeds {@code Double.MAX_VALUE} (never NaN)
     * @throws NullPointerException     if {@code logits} is null
     * @throws IllegalArgumentException if empty, non-finite, or {@code label} is out of range
     */
    public static double crossEntropy(double[] logits, int label) {
        Checks.finiteNonEmpty(logits, "logits");
        if (label < 0 || label >= logits.length) {
            throw new IllegalArgumentException("label must be a class index in [0, " + (logits.length - 1)
                    + "] (one per logits entry), was " + label);
        }
        // The log-sum-exp of core's kernel layer that the batch loss (Losses) uses too, so a
        // sample's loss here has the bits of its term there. This kernel runs the same scalar loop
        // on both kernel paths (m + log of the sequential sum of e^(z - m), Numerics.logSumExp's
        // expression), so the result does not depend on the path; logSoftmaxRows would sum the
        // exponentials in vector lanes on the Vector API path. The probabilities it also writes
        // are not needed here.
        int k = logits.length;
        double[] work = new double[k + 1]; // probabilities, then the log-sum-exp
        Kernels.softmaxRowsWithLogSumExp(1, k, logits, 0, work, 0, work, k);
        return work[k] - logits[label];
    }

    /**
     * Binary cross-entropy of one sample from its logit:
     * \( \log(1+e^{-z}) \) for \( y=1 \), \( \log(1+e^{z}) \) for \( y=0 \).
     *
     * @param logit logit \( z \)
     * @param label 0 or 1
     * @return the loss
     * @throws IllegalArgumentException if {@code logit} is not finite or {@code label} is not 0 or 1
     */
    public static double binaryCrossEntropy(double logit, int label) {
        Checks.finite(logit, "logit");
        Checks.index(label, 2, "label");
        return Numerics.log1pExp(label == 1 ? -logit : logit);
    }

    /**
     * Mean squared error \( \frac1m \sum_j (\hat y_j - y_j)^2 \) of one sample, summed with
     * compensation as the training loss of a {@link Output#LINEAR} network is (so it equals that
     * loss on the one row); {@code +inf} if a square overflows.
     *
     * @param prediction predictions, not modified
     * @param target     targets, not modified
     * @return the loss
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if lengths differ, are 0, or a value is not finite
     */
    public static double squaredError(double[] prediction, double[] target) {
        Checks.finiteNonEmpty(prediction, "prediction");
        Checks.finiteNonEmpty(target, "target");
        Checks.sameLength(prediction.length, "prediction", target.length, "target");
        return Losses.squaredError(prediction, 1, prediction.length, target, 0, null, false);
    }

    @Override
    public String toString() {
        return "Loss[classWeights=" + (classWeights == null ? "none" : Format.list(classWeights))
                + ", focalGamma=" + Format.sig(focalGamma) + "]";
    }
}
