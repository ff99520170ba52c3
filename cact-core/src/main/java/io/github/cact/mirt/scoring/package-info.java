/**
 * Scoring in D correlated dimensions with a {@link io.github.cact.mirt.MultidimensionalBank}: the MAP
 * estimate with its posterior covariance, the EAP estimate by quasi-Monte Carlo integration, the
 * per-scale marginal posterior on the level cuts, and competency profiles built from it
 * (docs/mirt-scoring.md).
 */
package io.github.cact.mirt.scoring;
