package io.github.cact.dif;

/** A DIF test of {@link DifAnalysis}. */
public enum DifMethod {
    /** Mantel–Haenszel (dichotomous items) or Mantel (polytomous items) on the matching score. */
    MANTEL_HAENSZEL,
    /** Logistic (dichotomous) or cumulative-logit (polytomous) regression on the matching score. */
    LOGISTIC,
    /** IRT likelihood ratio on a multiple-group calibration. */
    IRT_LIKELIHOOD_RATIO
}
