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
        List<String> warnings = new ArrayList<>();
        MhRm engine = new MhRm(problem, options);
        engine.run();
        if (!engine.converged) {
            warnings.add("MH-RM did not converge in " + options.maxCycles() + " stage-3 cycles (tolerance "
                    + options.tolerance() + ")");
        }
        PosteriorStage posterior = new PosteriorStage(problem, engine.state, options);
        posterior.run(engine.runner, engine.thetas, engine.scale, engine.maxParameters);
        MultidimensionalBank bank = engine.state.bank();
        double[] errors = null;
        if (posterior.covariance != null) {
            errors = Results.standardErrors(bank, posterior.covariance);
        } else if (posterior.problemWithErrors != null) {
            warnings.add(posterior.problemWithErrors);
        }
        double[] changes = engine.changes.stream().mapToDouble(Double::doubleValue).toArray();
        return new MirtResult(bank, EstimationMethod.MHRM, problem.examinees, engine.cycles, engine.converged,
                posterior.logLikelihood, Math.sqrt(posterior.logLikelihoodVariance), Results.names(bank),
                Results.estimates(bank), errors, engine.acceptance, changes, warnings);
    }
}
