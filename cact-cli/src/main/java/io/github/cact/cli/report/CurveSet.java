package io.github.cact.cli.report;

import java.util.List;

/**
 * Item characteristic and information curves, the test information function and its standard error, all on
 * one θ grid.
 *
 * @param theta           the θ grid, strictly increasing, at least two points
 * @param items           the item curves (may be empty: then only the test curves are drawn)
 * @param testInformation the test information at each grid point
 * @param standardError   the standard error of θ at each grid point, or empty to omit it
 */
public record CurveSet(List<Double> theta, List<ItemCurve> items, List<Double> testInformation,
                       List<Double> standardError) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the grid is not strictly increasing or a curve has another length
     */
    public CurveSet {
        theta = Checks.finiteList(theta, "theta");
        if (theta.size() < 2) {
            throw new IllegalArgumentException("theta grid needs at least two points");
        }
        for (int i = 1; i < theta.size(); i++) {
            if (!(theta.get(i) > theta.get(i - 1))) {
                throw new IllegalArgumentException("theta grid must be strictly increasing at index " + i);
            }
        }
        items = List.copyOf(items);
        testInformation = Checks.finiteList(testInformation, "testInformation");
        standardError = Checks.finiteList(standardError, "standardError");
        int n = theta.size();
        if (testInformation.size() != n) {
            throw new IllegalArgumentException("test information has " + testInformation.size()
                    + " points, the grid " + n);
        }
        if (!standardError.isEmpty() && standardError.size() != n) {
            throw new IllegalArgumentException("standard error has " + standardError.size()
                    + " points, the grid " + n);
        }
        for (ItemCurve item : items) {
            if (item.expectedScore().size() != n) {
                throw new IllegalArgumentException("item " + item.itemId() + " has "
                        + item.expectedScore().size() + " points, the grid " + n);
            }
        }
    }

    /**
     * Builds a curve set from arrays.
     *
     * @param theta           the θ grid
     * @param items           the item curves
     * @param testInformation the test information per grid point
     * @param standardError   the standard error per grid point, or an empty array to omit it
     * @return the curve set
     */
    public static CurveSet of(double[] theta, List<ItemCurve> items, double[] testInformation,
                              double[] standardError) {
        return new CurveSet(Checks.finiteList(theta, "theta"), items,
                Checks.finiteList(testInformation, "testInformation"),
                Checks.finiteList(standardError, "standardError"));
    }
}
