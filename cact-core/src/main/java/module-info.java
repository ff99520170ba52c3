/**
 * cact-core: IRT item models, response data, calibration, ability scoring and competency aggregation.
 *
 * <p>Only API packages are exported; {@code io.github.cact.internal} holds numerics and readers shared
 * between packages and is not part of the API (it is opened to the project's own modules only).
 */
module io.github.cact.core {
    requires org.slf4j;
    requires commons.math3;

    exports io.github.cact.irt;
    exports io.github.cact.data;
    exports io.github.cact.scoring;
    exports io.github.cact.calibration;
    exports io.github.cact.simulation;
    exports io.github.cact.competency;
    exports io.github.cact.internal to io.github.cact.ninebox, io.github.cact.cli;
}
