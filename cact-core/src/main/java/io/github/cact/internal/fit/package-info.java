/**
 * The algebra of limited-information goodness of fit (M2, C2) shared by the unidimensional and the
 * multidimensional calibration: the first- and second-order moments, their covariance and Jacobian under a
 * model given on a set of weighted latent points, the quadratic form, RMSEA and SRMSR. Depends on the
 * numerics only. Not exported.
 */
package io.github.cact.internal.fit;
