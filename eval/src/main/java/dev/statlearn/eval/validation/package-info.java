/**
 * Validation protocols: seeded index {@link dev.statlearn.eval.validation.Splits splits}
 * (hold-out, stratified hold-out, k-fold, stratified and repeated k-fold) and
 * {@link dev.statlearn.eval.validation.CrossValidation cross-validation} of a user's
 * {@link dev.statlearn.eval.validation.Learner learner}, with preprocessing and resampling fitted on
 * the training folds only and {@link dev.statlearn.eval.validation.Baselines baselines} run on the
 * same folds.
 *
 * @since 0.1
 */
package dev.statlearn.eval.validation;
