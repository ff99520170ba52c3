/**
 * Multidimensional item banks in files: the items CSV with {@code a1..aD} slope columns and the latent
 * CSV with the factor names and correlations (docs/mirt-scoring.md#bank-files).
 */
package io.github.cact.mirt.files;
