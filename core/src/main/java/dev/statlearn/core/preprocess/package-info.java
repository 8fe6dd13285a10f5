/**
 * Preprocessing fitted on training data only and applied unchanged to other data: a
 * {@link dev.statlearn.core.preprocess.Preprocessor} learns an immutable
 * {@link dev.statlearn.core.preprocess.Transformer} (standardization, min-max scaling, imputation
 * of missing values, one-hot encoding with a "missing" category, principal component analysis
 * by EJML's SVD).
 *
 * @since 0.1
 */
package dev.statlearn.core.preprocess;
