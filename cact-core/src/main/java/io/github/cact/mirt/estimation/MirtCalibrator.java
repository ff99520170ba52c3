package io.github.cact.mirt.estimation;

import io.github.cact.calibration.LimitedInformationFit;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ModelType;
import io.github.cact.mirt.LatentNormal;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Calibrates a confirmatory multidimensional model (correlated factors, items loading on the factors a
 * {@link FactorModel} gives them) by MH-RM or QMC-EM. Immutable and thread-safe; one calibrator may run
 * several calibrations at once.
 */
public final class MirtCalibrator {

    private final MirtOptions options;

    private MirtCalibrator(MirtOptions options) {
        this.options = options;
    }

    /**
     * A calibrator with the given settings.
     *
     * @param options the settings
     * @return the calibrator
     */
    public static MirtCalibrator of(MirtOptions options) {
        return new MirtCalibrator(Objects.requireNonNull(options, "options"));
    }

    /** @return a calibrator with {@link MirtOptions#defaults()} */
    public static MirtCalibrator withDefaults() {
        return of(MirtOptions.defaults());
    }

    /** @return the settings */
    public MirtOptions options() {
        return options;
    }

    /**
     * Calibrates.
     *
     * @param data the responses; every item of the model must be a column, other columns are refused
     * @param model the factors, loadings and item models
     * @return the result; {@link MirtResult#converged()} tells whether the criterion was met
     * @throws IllegalArgumentException if the data and the model do not match (the message names the item),
     *     an item has a category nobody chose or fewer than two, a Rasch or PCM item loads on a factor of free
     *     variance and on one of unit variance, or there is no examinee
     */
    public MirtResult calibrate(ResponseMatrix data, FactorModel model) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(model, "model");
        Problem problem = Problem.of(data, model);
        if (options.method() == EstimationMethod.QMCEM && problem.dimensions > Halton.maxDimensions()) {
            throw new IllegalArgumentException("QMC-EM supports at most " + Halton.maxDimensions()
                    + " factors, got " + problem.dimensions + "; use MH-RM");
        }
        return options.method() == EstimationMethod.MHRM ? mhrm(problem) : qmcem(problem);
    }

    /**
     * Compares a fitted correlated-factor model with the D separate unidimensional scales: every factor's
     * items are calibrated on their own with these settings, and the fits are reported side by side.
     *
     * @param data the responses the model was fitted to
     * @param model the simple-structure model
     * @param fitted its calibration, {@link #calibrate(ResponseMatrix, FactorModel)}
     * @return the comparison
     * @throws IllegalArgumentException if an item loads on several factors (the scales are not separate), or
     *     as {@link #calibrate(ResponseMatrix, FactorModel)}
     */
    public ScaleComparison compareWithSeparateScales(ResponseMatrix data, FactorModel model, MirtResult fitted) {
        Objects.requireNonNull(fitted, "fitted");
        Problem problem = Problem.of(data, model);
        for (int j = 0; j < problem.items; j++) {
            if (problem.loadings[j].length > 1) {
                throw new IllegalArgumentException("item '" + problem.ids.get(j) + "' loads on several factors;"
                        + " separate scales need every item on one factor");
            }
        }
        List<MirtResult> scales = new ArrayList<>();
        double logLikelihood = 0;
        double variance = 0;
        int parameters = 0;
        List<MultidimensionalItem> items = new ArrayList<>(Collections.nCopies(problem.items, null));
        for (int f = 0; f < problem.dimensions; f++) {
            String factor = problem.factors.get(f);
            FactorModel.Builder scale = FactorModel.builder(ModelType.TWO_PL).factors(List.of(factor));
            List<String> ids = new ArrayList<>();
            for (int j : problem.itemsOn[f]) {
                String id = problem.ids.get(j);
                ids.add(id);
                scale.item(id, factor).model(id, model.type(id));
                if (model.categories(id) > 0) {
                    scale.categories(id, model.categories(id));
                }
            }
            MirtResult r = calibrate(data.selectItems(ids), scale.build());
            scales.add(r);
            logLikelihood += r.logLikelihood();
            variance += r.logLikelihoodError() * r.logLikelihoodError();
            parameters += r.parameterCount();
            for (MultidimensionalItem item : r.bank().items()) {
                double[] a = new double[problem.dimensions];
                a[f] = item.slope(0);
                items.set(problem.ids.indexOf(item.id()), MultidimensionalItem.of(item.id(), item.type(), a,
                        new int[] {f}, item.intercepts(), item.guessing(), item.upper()));
            }
        }
        List<String> warnings = new ArrayList<>();
        MultidimensionalBank separateBank = MultidimensionalBank.of(problem.factors, items,
                LatentNormal.independent(problem.dimensions));
        LimitedInformationFit m2 = MarginalFit.computeUncorrelated(problem, separateBank, options, warnings);
        return new ScaleComparison(
                ScaleComparison.fit("correlated factors", fitted.logLikelihood(), fitted.logLikelihoodError(),
                        fitted.parameterCount(), fitted.examinees(), fitted.limitedInformationFit().orElse(null)),
                ScaleComparison.fit("separate scales", logLikelihood, Math.sqrt(variance), parameters,
                        problem.examinees, m2),
                scales);
    }

    private MirtResult mhrm(Problem problem) {
        List<String> warnings = new ArrayList<>();
        MhRm engine = new MhRm(problem, options);
        engine.run();
        if (!engine.converged) {
            warnings.add("MH-RM did not converge in " + options.maxCycles() + " stage-3 cycles (tolerance "
                    + options.tolerance() + ")");
        }
        PosteriorStage posterior = new PosteriorStage(problem, engine.state, options);
        posterior.run(engine.runner, engine.thetas, engine.scale, engine.maxParameters);
        return result(problem, engine.state, EstimationMethod.MHRM, engine.cycles, engine.converged,
                posterior.logLikelihood, posterior.logLikelihoodVariance, posterior.covariance,
                posterior.problemWithErrors, engine.acceptance, engine.changes, warnings);
    }

    private MirtResult qmcem(Problem problem) {
        List<String> warnings = new ArrayList<>();
        QmcEm engine = new QmcEm(problem, options);
        engine.run();
        if (!engine.converged) {
            warnings.add("QMC-EM did not converge in " + options.maxCycles() + " cycles (tolerance "
                    + options.emTolerance() + ")");
        }
        return result(problem, engine.state, EstimationMethod.QMCEM, engine.cycles, engine.converged,
                engine.logLikelihood, engine.logLikelihoodVariance, engine.covariance, engine.problemWithErrors, 0,
                engine.changes, warnings);
    }

    private MirtResult result(Problem problem, ParameterState state, EstimationMethod method, int cycles,
            boolean converged, double logLikelihood, double variance, double[] covariance, String errorProblem,
            double acceptance, List<Double> changeList, List<String> warnings) {
        MultidimensionalBank bank = state.bank();
        double[] errors = null;
        if (covariance != null) {
            errors = Results.standardErrors(bank, covariance, state.positions, state.itemParameterCount);
        } else if (errorProblem != null) {
            warnings.add(errorProblem);
        }
        double[] changes = changeList.stream().mapToDouble(Double::doubleValue).toArray();
        double[] variances = new double[problem.dimensions];
        for (int f = 0; f < variances.length; f++) {
            double slope = problem.freeVariance[f] ? bank.item(bank.itemsOn(f)[0]).slope(f) : 1;
            variances[f] = slope * slope;
        }
        LimitedInformationFit m2 = MarginalFit.compute(problem, bank, options, warnings);
        return new MirtResult(bank, method, problem.examinees, cycles, converged, logLikelihood,
                Math.sqrt(variance), state.parameterCount, Results.names(bank), Results.estimates(bank), errors,
                variances, acceptance, changes, m2, warnings);
    }
}
