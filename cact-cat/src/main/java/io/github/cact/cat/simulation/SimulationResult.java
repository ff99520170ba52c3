package io.github.cact.cat.simulation;

import java.util.List;

/**
 * The simulated examinees and what the adaptive test and the fixed form gave each of them. Examinee n is
 * the n-th id, scale s the s-th scale code (bank order). Immutable and thread-safe.
 */
public final class SimulationResult {

    private final List<String> ids;
    private final List<String> fixedForm;
    private final DesignOutcome adaptive;
    private final DesignOutcome fixed;

    SimulationResult(List<String> ids, List<String> fixedForm, DesignOutcome adaptive, DesignOutcome fixed) {
        this.ids = List.copyOf(ids);
        this.fixedForm = List.copyOf(fixedForm);
        this.adaptive = adaptive;
        this.fixed = fixed;
    }

    /** @return the examinee ids */
    public List<String> ids() {
        return ids;
    }

    /** @return the scale codes, in bank order */
    public List<String> scales() {
        return adaptive.scales();
    }

    /** @return the item ids of the fixed form */
    public List<String> fixedForm() {
        return fixedForm;
    }

    /** @return the adaptive test's outcome */
    public DesignOutcome adaptive() {
        return adaptive;
    }

    /** @return the fixed form's outcome */
    public DesignOutcome fixed() {
        return fixed;
    }

    /**
     * Returns the share of items the adaptive test saved: 1 − L̄_adaptive / L̄_fixed.
     *
     * @return the saving; negative if the adaptive test was longer
     */
    public double saving() {
        return 1 - adaptive.summary().meanItems() / fixed.summary().meanItems();
    }
}
