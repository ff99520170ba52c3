/**
 * cact-core: IRT item models, response data, calibration, ability scoring and competency aggregation.
 *
 * <p>Only API packages are exported; {@code io.github.cact.internal} holds numerics and readers shared
 * between packages and is not part of the API (it is opened to the project's own modules only), and
 * {@code io.github.cact.internal.numerics}, the scalar numerics below the item models, is not exported at
 * all. The only runtime dependency is slf4j-api, an explicit module.
 */
module io.github.cact.core {
    requires org.slf4j;

    exports io.github.cact.irt;
    exports io.github.cact.data;
    exports io.github.cact.scoring;
    exports io.github.cact.calibration;
    exports io.github.cact.simulation;
    exports io.github.cact.competency;
    exports io.github.cact.internal to io.github.cact.ninebox, io.github.cact.cli;
}
