package io.github.cact.cli.report;

import java.util.List;
import java.util.Objects;

/**
 * An adaptive-test simulation: the adaptive design beside the fixed form the same simulated people answered,
 * and the exposure rate of every item under the adaptive design.
 *
 * @param examinees the number of simulated examinees, ≥ 1
 * @param adaptive the adaptive design
 * @param fixed the fixed form
 * @param exposureRates the exposure rate of each item under the adaptive design, in any order
 */
public record AdaptiveSimulation(int examinees, SimulationDesign adaptive, SimulationDesign fixed,
        List<Double> exposureRates) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if there are no examinees or a rate is outside [0, 1]
     */
    public AdaptiveSimulation {
        if (examinees < 1) {
            throw new IllegalArgumentException("examinees must be >= 1, got " + examinees);
        }
        Objects.requireNonNull(adaptive, "adaptive");
        Objects.requireNonNull(fixed, "fixed");
        exposureRates = Checks.finiteList(exposureRates, "exposureRates");
        for (int i = 0; i < exposureRates.size(); i++) {
            Checks.proportion(exposureRates.get(i), "exposureRates[" + i + "]");
        }
    }
}
