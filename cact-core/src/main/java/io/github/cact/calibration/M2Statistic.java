package io.github.cact.calibration;

import io.github.cact.internal.fit.LimitedInformation;
import io.github.cact.irt.ItemModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes {@link LimitedInformationFit} at the estimates of an EM run: the algebra of
 * {@link LimitedInformation} on the engine's quadrature grid, the estimated parameter vector being the
 * engine's. Confined to one calibration.
 */
final class M2Statistic implements LimitedInformation.Model {

    private final EmEngine engine;
    private final int items;

    private M2Statistic(EmEngine engine) {
        this.engine = engine;
        this.items = engine.layout().items();
    }

    /**
     * M2 (C2 with polytomous items) at the engine's current estimates, or null with a warning where it
     * cannot be computed.
     *
     * @param engine the engine after its final E-step
     * @param maxMoments the size limit ({@link CalibrationOptions#m2MaxMoments()}); null above it
     * @param warnings receives the reason when the statistic is not computed
     * @return the fit, or null
     */
    static LimitedInformationFit compute(EmEngine engine, int maxMoments, List<String> warnings) {
        int items = engine.layout().items();
        if (items < 2) {
            return null;
        }
        int[] categories = new int[items];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            categories[i] = engine.layout().state(i).categories;
            ids.add(engine.layout().state(i).id);
        }
        long moments = LimitedInformation.momentCount(categories);
        if (moments > maxMoments) {
            warnings.add(LimitedInformation.tooManyMoments(items, moments, maxMoments,
                    "CalibrationOptions.m2MaxMoments"));
            return null;
        }
        PatternData data = engine.data();
        LimitedInformation.Patterns patterns = new LimitedInformation.Patterns() {
            @Override
            public int count() {
                return data.patterns;
            }

            @Override
            public double weight(int p) {
                return data.weights[p];
            }

            @Override
            public int response(int p, int item) {
                return data.rows[p * items + item];
            }
        };
        LimitedInformation.Statistic s = new LimitedInformation(categories).compute(new M2Statistic(engine),
                engine.pack(), engine.layout().size(), patterns, ids, data.total, warnings);
        return s == null ? null : of(s);
    }

    /** The public record of a statistic. */
    static LimitedInformationFit of(LimitedInformation.Statistic s) {
        return new LimitedInformationFit(s.m2(), s.df(), s.pValue(), s.rmsea(), s.rmseaLower(), s.rmseaUpper(),
                s.srmsr(), (int) Math.round(s.examinees()), s.collapsed());
    }

    /** E[f(X_i) | θ_q] at {@code [i][f][q]} for every basis function f, at parameter vector x. */
    @Override
    public double[][][] conditionalMoments(double[] x) {
        engine.unpack(x);
        List<ItemModel> models = engine.models();
        int nodes = engine.latent().nodes();
        double[] theta = engine.latent().theta();
        double[][][] c = new double[items][][];
        for (int i = 0; i < items; i++) {
            ItemModel model = models.get(i);
            int k0 = model.categories();
            c[i] = new double[LimitedInformation.INDICATOR + k0 - 1][nodes];
            double[] p = new double[k0];
            for (int q = 0; q < nodes; q++) {
                model.probabilities(theta[q], p);
                LimitedInformation.basisAt(p, k0, c[i], q);
            }
        }
        return c;
    }

    /** The normalised latent weights w_q at parameter vector x. */
    @Override
    public double[] weights(double[] x) {
        double mean = engine.layout().meanFree() ? x[engine.layout().meanIndex()] : engine.latent().mean();
        double variance = engine.layout().varFree() ? x[engine.layout().varIndex()] : engine.latent().variance();
        double[] w = engine.latent().logWeights(mean, variance);
        for (int q = 0; q < w.length; q++) {
            w[q] = Math.exp(w[q]);
        }
        return w;
    }

    @Override
    public boolean valid(double[] x) {
        return engine.valid(x);
    }
}
