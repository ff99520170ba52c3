/**
 * Item calibration by marginal maximum likelihood (Bock-Aitkin EM), with priors, standard errors,
 * item and model fit, fixed-parameter calibration and linking.
 */
package io.github.cact.calibration;
