/**
 * Calibration of multidimensional models with correlated factors: Metropolis–Hastings Robbins–Monro and
 * quasi-Monte Carlo EM, for every item model of cact (Rasch and PCM items fixing their slopes, with free
 * variances for the factors only they load on; 1PL slopes common per factor), with standard errors, the
 * log-likelihood and its Monte Carlo error, AIC/BIC, M2, and the comparison with the separate scales.
 */
package io.github.cact.mirt.estimation;
