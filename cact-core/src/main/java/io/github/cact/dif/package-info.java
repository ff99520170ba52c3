/**
 * Differential item functioning (DIF) between a reference and a focal group: Mantel–Haenszel (Mantel for
 * polytomous items), logistic and ordinal logistic regression, and IRT likelihood-ratio tests on a
 * multiple-group calibration, with Benjamini–Hochberg adjusted p-values and the purification of the
 * matching score. Entry point: {@link io.github.cact.dif.DifAnalysis}.
 */
package io.github.cact.dif;
