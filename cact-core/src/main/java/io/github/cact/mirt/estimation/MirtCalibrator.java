package io.github.cact.mirt.estimation;

import io.github.cact.data.ResponseMatrix;
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
        throw new UnsupportedOperationException("multidimensional calibration is being implemented");
    }
}
