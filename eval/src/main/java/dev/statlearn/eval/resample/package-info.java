/**
 * Remedies for class imbalance: data-level resampling of a training set
 * ({@link dev.statlearn.eval.resample.Resampling random over- and under-sampling, SMOTE, Tomek
 * links}, each returning a {@link dev.statlearn.eval.resample.Resampled} dataset that records which
 * rows are synthetic) and algorithm-level {@link dev.statlearn.eval.resample.ClassWeights class
 * weights}.
 *
 * <p>Resample the training data only, never the data a model is evaluated on:
 * {@link dev.statlearn.eval.validation.CrossValidation} takes a
 * {@link dev.statlearn.eval.resample.Resampler} and applies it to each training fold.
 *
 * @since 0.1
 */
package dev.statlearn.eval.resample;
