/**
 * Ability scoring: EAP, MAP, ML, WLE and EAPsum with standard errors, for one pattern or a whole
 * response matrix in parallel, with the posterior on the quadrature grid available to callers.
 */
package io.github.cact.scoring;
