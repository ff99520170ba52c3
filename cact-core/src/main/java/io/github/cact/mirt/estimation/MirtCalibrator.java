package io.github.cact.mirt.estimation;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.mirt.MultidimensionalBank;
import java.util.ArrayList;
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
     *     an item has a category nobody chose or fewer than two, a model is not supported, or there is no
     *     examinee
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

    private static MirtResult result(Problem problem, ParameterState state, EstimationMethod method, int cycles,
            boolean converged, double logLikelihood, double variance, double[] covariance, String errorProblem,
            double acceptance, List<Double> changeList, List<String> warnings) {
        MultidimensionalBank bank = state.bank();
        double[] errors = null;
        if (covariance != null) {
            errors = Results.standardErrors(bank, covariance);
        } else if (errorProblem != null) {
            warnings.add(errorProblem);
        }
        double[] changes = changeList.stream().mapToDouble(Double::doubleValue).toArray();
        return new MirtResult(bank, method, problem.examinees, cycles, converged, logLikelihood,
                Math.sqrt(variance), Results.names(bank), Results.estimates(bank), errors, acceptance, changes,
                warnings);
    }
}
