package dev.statlearn.nn.internal;

import java.util.random.RandomGenerator;

/**
 * Forward and backward passes of a multilayer perceptron over a batch of rows, with workspace
 * buffers allocated once for a maximum batch size and reused (no allocation per batch).
 * Mutable and not thread-safe: one engine per thread. Not part of the public API.
 *
 * <p>Layout: layer {@code l} ({@code 1..L}) has {@code sizes[l]} units; its weights are a flat
 * row-major {@code sizes[l] × sizes[l-1]} matrix \( W_l \) and the forward pass computes
 * \( A_l = f_l(A_{l-1} W_l^\top + b_l) \) with rows = samples. The caller passes the transposed
 * weights \( W_l^\top \) for the forward pass (so that the product is an i-k-j loop) and the
 * weights themselves for the backward pass.
 */
public final class Engine {

    /** Largest buffer, in doubles (the largest Java array). */
    public static final int MAX_BUFFER = Integer.MAX_VALUE - 8;

    private final int layers;
    private final int[] sizes;
    private final int[] activations;
    private final int output;
    private final int capacity;
    private final double[][] a;
    private final double[][] d;
    private final double[][] delta;
    private double[] input;
    private int rows;

    /**
     * Creates an engine.
     *
     * @param sizes       units per layer, {@code sizes[0]} = inputs
     * @param activations activation code of each hidden layer ({@code sizes.length - 2} entries)
     * @param output      output code ({@link Losses#SOFTMAX} …)
     * @param capacity    maximum batch rows
     * @param training    whether to allocate the buffers of the backward pass
     * @throws IllegalArgumentException if {@code capacity} times a layer's width exceeds
     *                                  {@link #MAX_BUFFER} (checked before allocating)
     */
    public Engine(int[] sizes, int[] activations, int output, int capacity, boolean training) {
        for (int l = 0; l < sizes.length; l++) {
            if ((long) capacity * sizes[l] > MAX_BUFFER) {
                throw new IllegalArgumentException("a batch of " + capacity + " rows times the " + sizes[l]
                        + (l == 0 ? " inputs" : " units of layer " + l) + " needs " + (long) capacity * sizes[l]
                        + " values, more than an array holds (" + MAX_BUFFER + "); use smaller batches");
            }
        }
        this.layers = sizes.length - 1;
        this.sizes = sizes.clone();
        this.activations = activations.clone();
        this.output = output;
        this.capacity = capacity;
        this.a = new double[layers + 1][];
        this.d = new double[layers][];
        this.delta = new double[layers + 1][];
        for (int l = 1; l <= layers; l++) {
            a[l] = new double[capacity * sizes[l]];
            if (training) {
                delta[l] = new double[capacity * sizes[l]];
                if (l < layers) {
                    d[l] = new double[capacity * sizes[l]];
                }
            }
        }
    }

    /**
     * Maximum batch size.
     *
     * @return capacity in rows
     */
    public int capacity() {
        return capacity;
    }

    /**
     * Forward pass; the logits end up in {@link #logits()}.
     *
     * @param wt      transposed weights per layer ({@code sizes[l-1] × sizes[l]}), not modified
     * @param b       biases per layer, not modified
     * @param x       input rows, flat {@code n × sizes[0]}, not modified (kept for the backward pass)
     * @param n       number of rows, at most the capacity
     * @param train   whether to keep activation derivatives for a backward pass
     * @param dropout probability of zeroing a hidden unit (training only; 0 = off)
     * @param rng     random source of the dropout masks (unused when dropout is 0)
     */
    public void forward(double[][] wt, double[][] b, double[] x, int n, boolean train, double dropout,
                        RandomGenerator rng) {
        this.input = x;
        this.rows = n;
        double[] prev = x;
        double keep = 1.0 - dropout;
        double scale = 1.0 / keep;
        for (int l = 1; l <= layers; l++) {
            int in = sizes[l - 1];
            int out = sizes[l];
            double[] cur = a[l];
            Dense.mulAB(prev, n, in, wt[l - 1], out, cur);
            if (l < layers) {
                int code = activations[l - 1];
                Dense.biasActivate(cur, n, out, b[l - 1], code);
                if (train) {
                    double[] dl = d[l];
                    Dense.derivativeFromOutput(cur, n * out, code, dl);
                    if (dropout > 0.0) {
                        for (int i = 0; i < n * out; i++) {
                            if (rng.nextDouble() < dropout) {
                                cur[i] = 0.0;
                                dl[i] = 0.0;
                            } else {
                                cur[i] *= scale;
                                dl[i] *= scale;
                            }
                        }
                    }
                }
            } else {
                Dense.biasActivate(cur, n, out, b[l - 1], Dense.IDENTITY);
            }
            prev = cur;
        }
    }

    /**
     * Logits of the last forward pass, flat {@code n × sizes[L]} (the buffer holds
     * {@code capacity} rows; only the first {@code n} are valid).
     *
     * @return the internal buffer (do not keep)
     */
    public double[] logits() {
        return a[layers];
    }

    /**
     * Loss of the last forward pass and, optionally, the output delta for {@link #backward}.
     *
     * @param y            labels or null
     * @param yOffset      index of the batch's first label in {@code y}
     * @param t            targets {@code n × m} or null
     * @param classWeights class weights or null
     * @param gamma        focal exponent
     * @param withDelta    whether to compute the output delta
     * @return the mean loss
     */
    public double loss(int[] y, int yOffset, double[] t, double[] classWeights, double gamma, boolean withDelta) {
        return Losses.lossAndDelta(output, a[layers], rows, sizes[layers], y, yOffset, t, classWeights, gamma,
                withDelta ? delta[layers] : null);
    }

    /**
     * Backward pass after {@link #forward} (with {@code train = true}) and {@link #loss} (with
     * delta): writes \( \partial L/\partial W_l = \delta_l^\top A_{l-1} \) and
     * \( \partial L/\partial b_l = \sum_i \delta_{l,i} \), and propagates
     * \( \delta_{l-1} = (\delta_l W_l) \odot f'_{l-1} \).
     *
     * @param w  weights per layer ({@code sizes[l] × sizes[l-1]}), not modified
     * @param gw weight gradients, overwritten
     * @param gb bias gradients, overwritten
     */
    public void backward(double[][] w, double[][] gw, double[][] gb) {
        int n = rows;
        for (int l = layers; l >= 1; l--) {
            int in = sizes[l - 1];
            int out = sizes[l];
            double[] prev = l == 1 ? input : a[l - 1];
            Dense.mulAtB(delta[l], n, out, prev, in, gw[l - 1]);
            Dense.columnSums(delta[l], n, out, gb[l - 1]);
            if (l > 1) {
                double[] dPrev = delta[l - 1];
                Dense.mulAB(delta[l], n, out, w[l - 1], in, dPrev);
                Dense.multiplyInPlace(dPrev, d[l - 1], n * in);
            }
        }
    }
}
