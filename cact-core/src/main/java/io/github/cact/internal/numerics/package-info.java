/**
 * Scalar numerics below the item models: the stable logistic function and log-sum-exp, the normal, χ² and F
 * distribution functions, the gamma function, Brent's root finder, Cholesky and LU factorisations,
 * Nelder–Mead and Gauss–Legendre rules. Each class names its algorithm and source. Nothing here depends
 * on the rest of the library. Not exported.
 */
package io.github.cact.internal.numerics;
