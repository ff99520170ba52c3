/**
 * cact-core: IRT item models, response data, calibration, ability scoring and competency aggregation.
 *
 * <p>Only API packages are exported. Of the internal packages, none part of the API,
 * {@code io.github.cact.internal.text} (the CSV and JSON readers and number text) is exported to the
 * command-line and adaptive-testing modules only; {@code io.github.cact.internal.numerics} (the scalar
 * numerics below the item models), {@code io.github.cact.internal.tables} (the tables built over them),
 * {@code io.github.cact.internal.parallel}, {@code io.github.cact.internal.options} (the range checks of
 * the options builders) and {@code io.github.cact.internal.scales} (analyses run scale by scale) are not
 * exported at all. The only runtime dependency is slf4j-api, an explicit module.
 */
module io.github.cact.core {
    requires org.slf4j;

    exports io.github.cact.irt;
    exports io.github.cact.data;
    exports io.github.cact.scoring;
    exports io.github.cact.calibration;
    exports io.github.cact.simulation;
    exports io.github.cact.competency;
    exports io.github.cact.mirt;
    exports io.github.cact.mirt.estimation;
    exports io.github.cact.mirt.scoring;
    exports io.github.cact.dif;
    exports io.github.cact.personfit;
    exports io.github.cact.dependence;
    exports io.github.cact.ctt;
    exports io.github.cact.mirt.files;
    exports io.github.cact.internal.text to io.github.cact.cli, io.github.cact.cat;
}
