package io.github.cact.mirt.estimation;

/** How a multidimensional model is estimated. */
public enum EstimationMethod {
    /**
     * Metropolis–Hastings Robbins–Monro (Cai 2010, Psychometrika 75(1)): θ imputed by Metropolis–Hastings,
     * parameters moved by stochastic-approximation Newton steps. Cost per cycle grows linearly with D: the
     * method for many factors.
     */
    MHRM,
    /**
     * Quasi-Monte Carlo EM: the E-step integrates over a fixed Halton point set mapped to N(0, R) by the
     * Cholesky factor of R. Deterministic, but the points needed grow quickly with D: for a few factors.
     */
    QMCEM
}
