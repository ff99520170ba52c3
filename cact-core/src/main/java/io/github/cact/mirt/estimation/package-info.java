/**
 * Calibration of multidimensional models with correlated factors: Metropolis–Hastings Robbins–Monro and
 * quasi-Monte Carlo EM, with standard errors, the log-likelihood and its Monte Carlo error, and AIC/BIC.
 */
package io.github.cact.mirt.estimation;
