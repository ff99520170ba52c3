package io.github.cact.cat.simulation;

import io.github.cact.competency.CutScores;
import io.github.cact.competency.LevelDistribution;
import io.github.cact.irt.ItemModel;
import io.github.cact.scoring.Quadrature;

/**
 * The level probabilities of the posterior on a grid after a scale's answers: weights
 * π(θ_q) ∏ P_{x_i}(θ_q), summed per level by {@link CutScores#levelProbabilities(double[], double[])}.
 * One function for the adaptive test and the fixed form, so both turn answers into levels alike.
 * Immutable and thread-safe.
 */
final class PosteriorLevels {

    private final double[] nodes;
    private final double[] logPrior;

    PosteriorLevels(Quadrature grid) {
        this.nodes = grid.nodes();
        this.logPrior = new double[nodes.length];
        for (int q = 0; q < nodes.length; q++) {
            logPrior[q] = grid.logWeight(q);
        }
    }

    /** The level probabilities after the answers {@code categories[k]} to {@code models[k]}. */
    LevelDistribution of(CutScores cuts, ItemModel[] models, int[] categories) {
        double[] log = logPrior.clone();
        int maxCategories = 2;
        for (ItemModel m : models) {
            maxCategories = Math.max(maxCategories, m.categories());
        }
        double[] logP = new double[maxCategories];
        for (int k = 0; k < models.length; k++) {
            for (int q = 0; q < nodes.length; q++) {
                models[k].logProbabilities(nodes[q], logP);
                log[q] += logP[categories[k]];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : log) {
            max = Math.max(max, v);
        }
        double[] w = new double[nodes.length];
        for (int q = 0; q < nodes.length; q++) {
            w[q] = Math.exp(log[q] - max);
        }
        return cuts.levelProbabilities(nodes, w);
    }
}
