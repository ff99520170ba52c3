package io.github.cact.dif;

/**
 * The size class of an item's DIF: negligible (A), moderate (B) or large (C). For the Mantel–Haenszel
 * test it is the ETS class (Holland &amp; Thayer 1988; Zwick 2012, ETS RR-12-08; AA/BB/CC for polytomous
 * items), for logistic regression the Jodoin &amp; Gierl (2001) class; the rules are in {@code docs/dif.md}.
 */
public enum DifClass {
    /** Negligible DIF. */
    A,
    /** Moderate DIF. */
    B,
    /** Large DIF. */
    C
}
