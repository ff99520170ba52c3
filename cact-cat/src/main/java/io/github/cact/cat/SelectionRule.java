package io.github.cact.cat;

/**
 * How the next item of a scale is chosen among the items still eligible. Every rule scores each eligible
 * item; the exposure control then picks one of the best scored (docs/cat.md#item-selection).
 */
public sealed interface SelectionRule permits SelectionRule.MaximumInformation, SelectionRule.KullbackLeibler,
        SelectionRule.PosteriorWeightedInformation, SelectionRule.AStratified, SelectionRule.Random,
        SelectionRule.Switching, SelectionRule.CutInformation {

    /**
     * Maximum Fisher information at the scale's current θ̂ (Lord 1980): score I_i(θ̂), with I_i tabulated on
     * the quadrature grid and interpolated linearly between nodes.
     *
     * @return the rule
     */
    static SelectionRule maximumInformation() {
        return new MaximumInformation();
    }

    /**
     * Kullback–Leibler global information (Chang &amp; Ying 1996): score
     * ∫_{θ̂−δ}^{θ̂+δ} Σ_k P_k(θ̂) log(P_k(θ̂) / P_k(θ)) dθ with δ = width / √n after n items of the scale
     * (n = 1 for the first item).
     *
     * @param width the constant c of δ = c/√n, finite and &gt; 0; Chang and Ying use 3
     * @return the rule
     * @throws IllegalArgumentException for a width that is not finite and positive
     */
    static SelectionRule kullbackLeibler(double width) {
        return new KullbackLeibler(width);
    }

    /**
     * Posterior-weighted Fisher information (van der Linden 1998): score Σ_q I_i(θ_q) π_q over the grid,
     * with π the scale's current posterior.
     *
     * @return the rule
     */
    static SelectionRule posteriorWeightedInformation() {
        return new PosteriorWeightedInformation();
    }

    /**
     * a-stratified selection with b-blocking (Chang &amp; Ying 1999; Chang, Qian &amp; Ying 2001): the
     * scale's items are split into strata of rising discrimination, each spanning the whole difficulty
     * range; the test's items are spent stratum by stratum, and within a stratum the item whose location
     * is nearest θ̂ scores best.
     *
     * @param strata the number of strata, ≥ 1
     * @return the rule
     * @throws IllegalArgumentException for fewer than one stratum
     */
    static SelectionRule aStratified(int strata) {
        return new AStratified(strata);
    }

    /**
     * Random selection among the eligible items, a baseline: each item scores an independent uniform draw.
     *
     * @return the rule
     */
    static SelectionRule random() {
        return new Random();
    }

    /**
     * One rule for the first items of each scale, another after them; e.g. Kullback–Leibler for the first
     * five items, where θ̂ is still far from the truth, then maximum information.
     *
     * @param early the rule for the scale's first {@code earlyItems} items
     * @param earlyItems how many items use {@code early}, ≥ 1
     * @param later the rule for the rest
     * @return the rule
     * @throws IllegalArgumentException for fewer than one early item
     */
    static SelectionRule switching(SelectionRule early, int earlyItems, SelectionRule later) {
        return new Switching(early, earlyItems, later);
    }

    /**
     * Fisher information at the decision (Spray &amp; Reckase 1994; Eggen 1999): score I_i(c) at the cut c
     * of the scale's classification nearest θ̂ (for a scale classified against a standard level S, the cut
     * c_{S−1} of that decision). A scale without cut scores in the design's classification rule is scored
     * at θ̂, as by {@link #maximumInformation()}.
     *
     * @return the rule
     */
    static SelectionRule cutInformation() {
        return new CutInformation();
    }

    /** Maximum Fisher information at θ̂. */
    record MaximumInformation() implements SelectionRule {
    }

    /** Fisher information at the cut nearest θ̂. */
    record CutInformation() implements SelectionRule {
    }

    /**
     * Kullback–Leibler global information over θ̂ ± width/√n.
     *
     * @param width the constant c of δ = c/√n
     */
    record KullbackLeibler(double width) implements SelectionRule {
        /**
         * Validates the width.
         *
         * @param width finite and &gt; 0
         */
        public KullbackLeibler {
            if (!(width > 0) || !Double.isFinite(width)) {
                throw new IllegalArgumentException("the Kullback-Leibler width must be finite and > 0, got " + width);
            }
        }
    }

    /** Posterior-weighted Fisher information. */
    record PosteriorWeightedInformation() implements SelectionRule {
    }

    /**
     * a-stratified selection with b-blocking.
     *
     * @param strata the number of strata
     */
    record AStratified(int strata) implements SelectionRule {
        /**
         * Validates the number of strata.
         *
         * @param strata ≥ 1
         */
        public AStratified {
            if (strata < 1) {
                throw new IllegalArgumentException("a-stratified selection needs at least 1 stratum, got " + strata);
            }
        }
    }

    /** Random selection. */
    record Random() implements SelectionRule {
    }

    /**
     * One rule for the first items of a scale, another after them.
     *
     * @param early the rule for the first items
     * @param earlyItems how many items use it
     * @param later the rule for the rest
     */
    record Switching(SelectionRule early, int earlyItems, SelectionRule later) implements SelectionRule {
        /**
         * Validates the parts.
         *
         * @param early not null
         * @param earlyItems ≥ 1
         * @param later not null
         */
        public Switching {
            java.util.Objects.requireNonNull(early, "early");
            java.util.Objects.requireNonNull(later, "later");
            if (earlyItems < 1) {
                throw new IllegalArgumentException("a switching rule needs at least 1 early item, got " + earlyItems);
            }
        }

        /**
         * Returns the rule that chooses the next item after {@code administered} items of the scale.
         *
         * @param administered the items of the scale so far
         * @return {@code early} before {@code earlyItems} items, {@code later} after
         */
        public SelectionRule ruleAfter(int administered) {
            return administered < earlyItems ? early : later;
        }
    }
}
