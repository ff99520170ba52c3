package io.github.cact.cli.report;

import java.util.List;

/**
 * The results of one design of an adaptive-test simulation (the adaptive test or the fixed form).
 *
 * @param nameId the Indonesian name of the design
 * @param nameEn the English name
 * @param meanItems the mean number of items per examinee
 * @param rmse the root mean squared error of θ̂
 * @param classificationAccuracy the share of (person, scale) pairs classified at their true level
 * @param maxExposure the largest exposure rate of an item
 * @param overlapRate the test-overlap rate, NaN when undefined (one examinee)
 * @param lengths how many examinees answered 0, 1, 2, … items in all
 * @param theta the centres of the bins of true θ that hold people, increasing
 * @param se the mean standard error in each of those bins
 */
public record SimulationDesign(String nameId, String nameEn, double meanItems, double rmse,
        double classificationAccuracy, double maxExposure, double overlapRate, List<Integer> lengths,
        List<Double> theta, List<Double> se) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a number is out of its range or the curve's lists differ in length
     */
    public SimulationDesign {
        Checks.nonBlank(nameId, "nameId");
        Checks.text(nameEn, "nameEn");
        Checks.finite(meanItems, "meanItems");
        Checks.finite(rmse, "rmse");
        Checks.proportion(classificationAccuracy, "classificationAccuracy");
        Checks.proportion(maxExposure, "maxExposure");
        if (!Double.isNaN(overlapRate)) {
            Checks.proportion(overlapRate, "overlapRate");
        }
        lengths = Checks.countList(lengths, "lengths");
        theta = Checks.finiteList(theta, "theta");
        se = Checks.finiteList(se, "se");
        if (theta.size() != se.size()) {
            throw new IllegalArgumentException(nameEn + ": " + theta.size() + " bins of θ but " + se.size() + " SEs");
        }
    }
}
