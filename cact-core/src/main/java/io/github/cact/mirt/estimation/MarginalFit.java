package io.github.cact.mirt.estimation;

import io.github.cact.calibration.LimitedInformationFit;
import io.github.cact.internal.fit.LimitedInformation;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import java.util.Arrays;
import java.util.List;

/**
 * M2 (C2 with polytomous items) of a fitted multidimensional model: the algebra of {@link LimitedInformation}
 * on Q fixed Halton normal points z_q with equal weights 1/Q, θ_q = L z_q for the Cholesky factor L of the
 * correlation matrix at the parameters (quasi-Monte Carlo integration of the margins; the same points at
 * every parameter value, so that the central differences of Δ are smooth). The parameters are the free ones
 * of the calibration (a shared slope once), and df = moments − free parameters.
 */
final class MarginalFit implements LimitedInformation.Model {

    private final Problem problem;
    private final ParameterState state;
    private final double[] normalPoints;
    private final int points;
    /** The correlation parameters, appended to the free item parameters when the correlations are held. */
    private final double[] heldCorrelations;

    private MarginalFit(Problem problem, MultidimensionalBank estimate, int points, boolean correlationsFree) {
        this.problem = problem;
        this.state = new ParameterState(problem, estimate);
        this.points = points;
        this.normalPoints = Halton.normal(points, problem.dimensions);
        this.heldCorrelations = correlationsFree ? null : state.latent.parameters();
    }

    /**
     * M2 at the estimates, or null with a warning saying why it is not computed.
     *
     * @param problem the calibration's data and structure
     * @param estimate the estimated bank (in the calibration's parameterisation)
     * @param options the moment limit and the points
     * @param warnings receives the reason when it is not computed
     * @return the fit, or null
     */
    static LimitedInformationFit compute(Problem problem, MultidimensionalBank estimate, MirtOptions options,
            List<String> warnings) {
        return compute(problem, estimate, options, true, warnings);
    }

    /**
     * M2 of a model whose correlations were not estimated (the separate scales: R = I); the parameters are
     * the items' only.
     */
    static LimitedInformationFit computeUncorrelated(Problem problem, MultidimensionalBank estimate,
            MirtOptions options, List<String> warnings) {
        return compute(problem, estimate, options, false, warnings);
    }

    private static LimitedInformationFit compute(Problem problem, MultidimensionalBank estimate, MirtOptions options,
            boolean correlationsFree, List<String> warnings) {
        if (problem.items < 2 || options.m2MaxMoments() == 0) {
            return null;
        }
        long moments = LimitedInformation.momentCount(problem.categories);
        if (moments > options.m2MaxMoments()) {
            warnings.add(LimitedInformation.tooManyMoments(problem.items, moments, options.m2MaxMoments(),
                    "MirtOptions.m2MaxMoments"));
            return null;
        }
        MarginalFit model = new MarginalFit(problem, estimate, options.m2Points(), correlationsFree);
        LimitedInformation.Patterns patterns = new LimitedInformation.Patterns() {
            @Override
            public int count() {
                return problem.examinees;
            }

            @Override
            public double weight(int p) {
                return 1;
            }

            @Override
            public int response(int p, int item) {
                return problem.response(p, item);
            }
        };
        double[] x = correlationsFree ? model.state.vector()
                : Arrays.copyOf(model.state.vector(), model.state.itemParameterCount);
        LimitedInformation.Statistic s = new LimitedInformation(problem.categories).compute(model, x, x.length,
                patterns, problem.ids, problem.examinees, warnings);
        return s == null ? null : new LimitedInformationFit(s.m2(), s.df(), s.pValue(), s.rmsea(), s.rmseaLower(),
                s.rmseaUpper(), s.srmsr(), (int) Math.round(s.examinees()), s.collapsed());
    }

    /** The full parameter vector: x, with the held correlation parameters appended if they are held. */
    private double[] full(double[] x) {
        if (heldCorrelations == null) {
            return x;
        }
        double[] v = Arrays.copyOf(x, x.length + heldCorrelations.length);
        System.arraycopy(heldCorrelations, 0, v, x.length, heldCorrelations.length);
        return v;
    }

    @Override
    public double[][][] conditionalMoments(double[] x) {
        state.set(full(x));
        int d = problem.dimensions;
        double[] z = new double[d];
        double[][] theta = new double[points][d];
        for (int q = 0; q < points; q++) {
            System.arraycopy(normalPoints, q * d, z, 0, d);
            state.latent.transform(z, theta[q]);
        }
        double[][][] c = new double[problem.items][][];
        double[] p = new double[problem.maxCategories];
        for (int j = 0; j < problem.items; j++) {
            MultidimensionalItem item = state.items[j];
            int k = item.categories();
            c[j] = new double[LimitedInformation.INDICATOR + k - 1][points];
            for (int q = 0; q < points; q++) {
                item.probabilities(theta[q], p);
                LimitedInformation.basisAt(p, k, c[j], q);
            }
        }
        return c;
    }

    @Override
    public double[] weights(double[] x) {
        double[] w = new double[points];
        Arrays.fill(w, 1.0 / points);
        return w;
    }

    @Override
    public boolean valid(double[] x) {
        try {
            state.set(full(x));
            return true;
        } catch (IllegalArgumentException outside) {
            return false;
        }
    }
}
