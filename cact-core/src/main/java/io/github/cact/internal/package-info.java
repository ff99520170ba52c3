/**
 * Numerics shared between packages (stable logistic, log-sum-exp, quadrature). Not exported: not
 * part of the API.
 */
package io.github.cact.internal;
