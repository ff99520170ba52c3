package io.github.cact.irt;

import java.util.Locale;
import java.util.Objects;

/**
 * The item response models, with the names used in item-bank files ({@code rasch, 1pl, 2pl, 3pl, 4pl,
 * grm, gpcm, pcm}).
 */
public enum ModelType {
    /** Rasch: slope fixed at 1, the latent variance free in calibration. */
    RASCH("rasch", true),
    /** One-parameter logistic: a slope common to all 1PL items, θ ~ N(0, 1). */
    ONE_PL("1pl", true),
    /** Two-parameter logistic: slope and intercept. */
    TWO_PL("2pl", true),
    /** Three-parameter logistic: adds a lower asymptote g. */
    THREE_PL("3pl", true),
    /** Four-parameter logistic: adds an upper asymptote u. */
    FOUR_PL("4pl", true),
    /** Samejima's graded response model with ordered thresholds. */
    GRM("grm", false),
    /** Muraki's generalized partial credit model. */
    GPCM("gpcm", false),
    /** Masters' partial credit model: the GPCM with its slope fixed at 1. */
    PCM("pcm", false);

    private final String code;
    private final boolean dichotomous;

    ModelType(String code, boolean dichotomous) {
        this.code = code;
        this.dichotomous = dichotomous;
    }

    /**
     * Returns the name used in files.
     *
     * @return the lower-case file name of the model, e.g. {@code "2pl"}
     */
    public String code() {
        return code;
    }

    /**
     * Tells whether items of this model have exactly two categories.
     *
     * @return true for Rasch and 1PL–4PL
     */
    public boolean isDichotomous() {
        return dichotomous;
    }

    /**
     * Parses a model name as written in files, ignoring case and surrounding blanks.
     *
     * @param code the name, e.g. {@code "gpcm"}
     * @return the model
     * @throws IllegalArgumentException if no model has that name; the message lists the valid names
     */
    public static ModelType fromCode(String code) {
        Objects.requireNonNull(code, "code");
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (ModelType type : values()) {
            if (type.code.equals(wanted)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown item model '" + code
                + "'; expected one of rasch, 1pl, 2pl, 3pl, 4pl, grm, gpcm, pcm");
    }
}
