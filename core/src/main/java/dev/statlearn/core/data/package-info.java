/**
 * Immutable {@link dev.statlearn.core.data.Dataset datasets}, {@link dev.statlearn.core.data.Csv CSV
 * loading} with errors that name the line and column, and the bundled real
 * {@link dev.statlearn.core.data.Datasets datasets} (iris, wine, breast cancer, digits, diabetes), and
 * {@link dev.statlearn.core.data.EjmlMatrices} for data held in EJML matrices, and
 * {@link dev.statlearn.core.data.ClassBalance} (rows by class, balanced class weights
 * \( n / (k\, n_c) \), the stratified hold-out) shared by evaluation and training.
 *
 * @since 0.1
 */
package dev.statlearn.core.data;
