package io.github.cact.cat.exposure;

import io.github.cact.irt.ItemBank;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The exposure of a bank's items over a set of administered tests (docs/cat.md#exposure-control): each
 * item's exposure rate r_i = c_i / N (c_i the tests that gave it, N the tests), the largest rate, and the
 * test-overlap rate of Chen, Ankenmann &amp; Spray (2003), the expected share of a test's items that another
 * random test also gave: T = Σ_i c_i(c_i − 1) / ((N − 1) Σ_j L_j), with L_j the length of test j. For tests
 * of equal length L this is N/(N − 1) · Σ r_i² / L − 1/(N − 1). Immutable and thread-safe.
 */
public final class ExposureStatistics {

    private final int tests;
    private final long totalLength;
    private final Map<String, Double> rates;
    private final double maxRate;
    private final double overlap;

    private ExposureStatistics(int tests, long totalLength, Map<String, Double> rates, double maxRate,
            double overlap) {
        this.tests = tests;
        this.totalLength = totalLength;
        this.rates = rates;
        this.maxRate = maxRate;
        this.overlap = overlap;
    }

    /**
     * Computes the statistics of a set of tests.
     *
     * @param bank the bank the items come from; every item gets a rate, 0 if never given
     * @param administered per test, the ids of the items it gave (each at most once)
     * @return the statistics
     * @throws IllegalArgumentException for no test, an id not in the bank, or an id given twice in one
     *     test (naming the test, 1-based, and the id)
     */
    public static ExposureStatistics of(ItemBank bank, List<? extends Collection<String>> administered) {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(administered, "administered");
        if (administered.isEmpty()) {
            throw new IllegalArgumentException("exposure statistics need at least one test");
        }
        long[] count = new long[bank.size()];
        int[] lastTest = new int[bank.size()];
        long total = 0;
        for (int t = 0; t < administered.size(); t++) {
            for (String id : administered.get(t)) {
                int i = bank.indexOf(Objects.requireNonNull(id, "item id"));
                if (i < 0) {
                    throw new IllegalArgumentException("test " + (t + 1) + " gave item '" + id
                            + "', which is not in the bank");
                }
                if (lastTest[i] == t + 1) {
                    throw new IllegalArgumentException("test " + (t + 1) + " gave item '" + id + "' twice");
                }
                lastTest[i] = t + 1;
                count[i]++;
                total++;
            }
        }
        int n = administered.size();
        Map<String, Double> rates = new LinkedHashMap<>();
        double max = 0;
        double pairs = 0;
        for (int i = 0; i < count.length; i++) {
            double rate = (double) count[i] / n;
            rates.put(bank.item(i).id(), rate);
            max = Math.max(max, rate);
            pairs += (double) count[i] * (count[i] - 1);
        }
        double overlap = n < 2 || total == 0 ? Double.NaN : pairs / ((double) (n - 1) * total);
        return new ExposureStatistics(n, total, Collections.unmodifiableMap(rates), max, overlap);
    }

    /**
     * Returns the number of tests.
     *
     * @return N ≥ 1
     */
    public int tests() {
        return tests;
    }

    /**
     * Returns the mean test length.
     *
     * @return Σ L_j / N
     */
    public double meanLength() {
        return (double) totalLength / tests;
    }

    /**
     * Returns every item's exposure rate, in bank order.
     *
     * @return item id → rate in [0, 1]; unmodifiable
     */
    public Map<String, Double> rates() {
        return rates;
    }

    /**
     * Returns one item's exposure rate.
     *
     * @param itemId an item of the bank
     * @return its rate
     * @throws IllegalArgumentException for an id not in the bank
     */
    public double rate(String itemId) {
        Double rate = rates.get(Objects.requireNonNull(itemId, "itemId"));
        if (rate == null) {
            throw new IllegalArgumentException("the bank has no item '" + itemId + "'");
        }
        return rate;
    }

    /**
     * Returns the largest exposure rate.
     *
     * @return max_i r_i
     */
    public double maxRate() {
        return maxRate;
    }

    /**
     * Returns the test-overlap rate.
     *
     * @return T, or empty with fewer than two tests or no item given
     */
    public OptionalDouble overlapRate() {
        return Double.isNaN(overlap) ? OptionalDouble.empty() : OptionalDouble.of(overlap);
    }

    @Override
    public String toString() {
        return "ExposureStatistics[tests=" + tests + ", meanLength=" + meanLength() + ", maxRate=" + maxRate
                + ", overlapRate=" + overlap + "]";
    }
}
