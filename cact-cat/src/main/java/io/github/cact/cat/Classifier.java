package io.github.cact.cat;

import io.github.cact.competency.CutScores;
import io.github.cact.competency.LevelDistribution;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/**
 * Decides, for each scale with cut scores, whether its level (or the side of its standard) is known: by the
 * SPRT ratios a scale's state carries, by its posterior level probabilities, or by the one-item look-ahead
 * over the items the scale could still take (docs/cat.md#classification-stopping). Immutable and thread-safe.
 */
final class Classifier {

    /** The SPRT's decision at one cut. */
    enum Side { BELOW, ABOVE, UNDECIDED }

    private final ClassificationStop rule;
    private final CutScores[] cuts;
    private final int[] standard;
    private final double[] nodes;
    private final double upper;
    private final double lower;
    private final LookAhead lookAhead;

    Classifier(CatDesign design, ItemTables tables) {
        this.rule = design.stopping().classification().orElse(null);
        List<String> scales = design.scales();
        this.cuts = new CutScores[scales.size()];
        this.standard = new int[scales.size()];
        for (int s = 0; s < scales.size(); s++) {
            if (rule != null) {
                cuts[s] = rule.cutScores(scales.get(s)).orElse(null);
                standard[s] = rule.standard(scales.get(s)).orElse(0);
            }
        }
        this.nodes = tables.nodes;
        this.lookAhead = rule == null || rule.method() != ClassificationStop.Method.LOOK_AHEAD ? null
                : new LookAhead(design, tables, rule);
        this.upper = rule == null || rule.method() != ClassificationStop.Method.SPRT ? Double.NaN
                : Math.log((1 - rule.beta()) / rule.alpha());
        this.lower = rule == null || rule.method() != ClassificationStop.Method.SPRT ? Double.NaN
                : Math.log(rule.beta() / (1 - rule.alpha()));
    }

    /**
     * Whether scale s is classified by the design's rule, {@code eligible} telling which items it could
     * still take (read by the look-ahead only); false without cut scores.
     */
    boolean decided(int s, ScaleState state, IntPredicate eligible) {
        if (cuts[s] == null) {
            return false;
        }
        if (lookAhead != null) {
            double gain = lookAhead.bestGain(s, state, eligible);
            return gain >= 0 && gain <= rule.minimumGain();
        }
        if (rule.method() == ClassificationStop.Method.SPRT) {
            return standard[s] > 0 ? standard[s] == 1 || side(state, standard[s] - 1) != Side.UNDECIDED
                    : sprtLevel(state) > 0;
        }
        LevelDistribution d = levels(s, state).orElseThrow();
        if (standard[s] > 0) {
            double reach = d.atLeast(standard[s]);
            return Math.max(reach, 1 - reach) >= rule.confidence();
        }
        return d.probability(d.mostLikely()) >= rule.confidence();
    }

    /** The level probabilities of scale s from its posterior on the grid, if it has cut scores. */
    Optional<LevelDistribution> levels(int s, ScaleState state) {
        return cuts[s] == null ? Optional.empty()
                : Optional.of(cuts[s].levelProbabilities(nodes, state.posteriorWeights()));
    }

    /**
     * The reported level of scale s: the SPRT's level when it is decided, otherwise the level of θ̂; empty
     * without cut scores.
     */
    OptionalInt level(int s, ScaleState state) {
        if (cuts[s] == null) {
            return OptionalInt.empty();
        }
        if (rule.method() == ClassificationStop.Method.SPRT) {
            int level = sprtLevel(state);
            if (level > 0) {
                return OptionalInt.of(level);
            }
        }
        return OptionalInt.of(cuts[s].level(state.theta));
    }

    /** The standard level of scale s, if it is classified against one. */
    OptionalInt standard(int s) {
        return standard[s] > 0 ? OptionalInt.of(standard[s]) : OptionalInt.empty();
    }

    /**
     * Whether scale s reaches its standard: the SPRT's decision at the standard's cut when decided,
     * otherwise whether the level of θ̂ is at least the standard; empty without a standard.
     */
    Optional<Boolean> meetsStandard(int s, ScaleState state) {
        if (standard[s] == 0) {
            return Optional.empty();
        }
        if (standard[s] == 1) {
            return Optional.of(true);
        }
        if (rule.method() == ClassificationStop.Method.SPRT) {
            Side side = side(state, standard[s] - 1);
            if (side != Side.UNDECIDED) {
                return Optional.of(side == Side.ABOVE);
            }
        }
        return Optional.of(cuts[s].level(state.theta) >= standard[s]);
    }

    /** The SPRT's decision at cut k (1-based) of a scale. */
    Side side(ScaleState state, int k) {
        double llr = state.logLikelihoodRatio[k - 1];
        if (llr >= upper) {
            return Side.ABOVE;
        }
        return llr <= lower ? Side.BELOW : Side.UNDECIDED;
    }

    /**
     * The level L the SPRT has decided: "above" at the cut below L (if L &gt; 1) and "below" at the cut above
     * L (if L &lt; 5); 0 while no level is decided.
     */
    private int sprtLevel(ScaleState state) {
        int cutCount = state.logLikelihoodRatio.length;
        for (int level = 1; level <= cutCount + 1; level++) {
            boolean aboveLower = level == 1 || side(state, level - 1) == Side.ABOVE;
            boolean belowUpper = level == cutCount + 1 || side(state, level) == Side.BELOW;
            if (aboveLower && belowUpper) {
                return level;
            }
        }
        return 0;
    }
}
