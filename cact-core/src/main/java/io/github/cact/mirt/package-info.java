/**
 * Multidimensional item response models: compensatory items in slope-intercept form
 * ({@link io.github.cact.mirt.MultidimensionalItem}, every unidimensional model of cact given the linear
 * predictor a·θ), the latent distribution N(0, R) with unit variances and a positive-definite correlation
 * matrix ({@link io.github.cact.mirt.LatentNormal}), and banks of named correlated factors
 * ({@link io.github.cact.mirt.MultidimensionalBank}). Every type here is immutable and thread-safe.
 */
package io.github.cact.mirt;
