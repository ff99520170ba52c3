package io.github.cact.calibration;

import io.github.cact.irt.ItemBank;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a {@link MultipleGroupCalibrator}: per group its items (identical across groups except
 * the freed ones) and its latent mean and variance (the reference group's as fixed), the marginal
 * log-likelihood summed over the groups, and diagnostics. Non-convergence is reported by
 * {@link #converged()} and a warning; every estimate is finite. Immutable and thread-safe.
 */
public final class MultipleGroupResult {

    private final List<ItemBank> banks;
    private final double[] means;
    private final double[] variances;
    private final int[] examinees;
    private final double logLikelihood;
    private final int parameterCount;
    private final int cycles;
    private final boolean converged;
    private final List<String> warnings;

    MultipleGroupResult(List<ItemBank> banks, double[] means, double[] variances, int[] examinees,
            double logLikelihood, int parameterCount, int cycles, boolean converged, List<String> warnings) {
        this.banks = List.copyOf(banks);
        this.means = means.clone();
        this.variances = variances.clone();
        this.examinees = examinees.clone();
        this.logLikelihood = logLikelihood;
        this.parameterCount = parameterCount;
        this.cycles = cycles;
        this.converged = converged;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Returns the number of groups.
     *
     * @return the count, at least 1
     */
    public int groups() {
        return banks.size();
    }

    /**
     * Returns the items of a group.
     *
     * @param group the group, 0 for the reference group
     * @return the calibrated items, in column order
     * @throws IndexOutOfBoundsException if the group is out of range
     */
    public ItemBank bank(int group) {
        return banks.get(Objects.checkIndex(group, banks.size()));
    }

    /**
     * Returns the latent mean of a group.
     *
     * @param group the group, 0 for the reference group (its fixed mean)
     * @return μ_g
     * @throws IndexOutOfBoundsException if the group is out of range
     */
    public double latentMean(int group) {
        return means[Objects.checkIndex(group, means.length)];
    }

    /**
     * Returns the latent variance of a group.
     *
     * @param group the group, 0 for the reference group (its fixed variance)
     * @return σ²_g
     * @throws IndexOutOfBoundsException if the group is out of range
     */
    public double latentVariance(int group) {
        return variances[Objects.checkIndex(group, variances.length)];
    }

    /**
     * Returns the number of examinees of a group used (those with at least one response).
     *
     * @param group the group
     * @return the count
     * @throws IndexOutOfBoundsException if the group is out of range
     */
    public int examinees(int group) {
        return examinees[Objects.checkIndex(group, examinees.length)];
    }

    /**
     * Returns the marginal log-likelihood, summed over the groups, at the estimates.
     *
     * @return the log-likelihood
     */
    public double logLikelihood() {
        return logLikelihood;
    }

    /**
     * Returns the number of estimated parameters: the items' (a freed item's once per group) and the mean
     * and variance of every group but the reference.
     *
     * @return the count
     */
    public int parameterCount() {
        return parameterCount;
    }

    /**
     * Returns the number of EM cycles.
     *
     * @return the count
     */
    public int cycles() {
        return cycles;
    }

    /**
     * Tells whether EM converged.
     *
     * @return true if converged
     */
    public boolean converged() {
        return converged;
    }

    /**
     * Returns the warnings.
     *
     * @return an unmodifiable list
     */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "MultipleGroupResult[" + banks.size() + " groups, " + banks.get(0).size() + " items, log-likelihood "
                + logLikelihood + ", converged " + converged + "]";
    }
}
