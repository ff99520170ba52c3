package io.github.cact.cat.simulation;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.PartialCreditItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded multi-scale banks of generalized partial credit items for designing adaptive tests. Each scale
 * gets its own items: slopes a ~ lognormal(0, {@value #LOG_SLOPE_SD}²); item locations β stratified over
 * [−{@value #LOCATION_RANGE}, {@value #LOCATION_RANGE}] (item j of n drawn uniformly in the j-th of n equal
 * strata, so that every part of the range has items); step difficulties b_v = β + τ_v + ε_v with
 * τ_v = {@value #STEP_GAP}·(v − K/2), v = 1..K−1, and ε_v ~ N(0, {@value #STEP_NOISE}²). With K = 5 the
 * steps sit 1.2 and 0.4 below and above the location, so the thresholds of a scale cover about
 * [−3.7, 3.7]. Item ids are {@code <scale>-<nn>}. The parameters of item j of scale s depend on the seed,
 * s and j only. Stateless.
 */
public final class GpcmBanks {

    /** The standard deviation of log a. */
    public static final double LOG_SLOPE_SD = 0.25;
    /** The half-width of the range of item locations. */
    public static final double LOCATION_RANGE = 2.5;
    /** The distance between consecutive steps of an item. */
    public static final double STEP_GAP = 0.8;
    /** The standard deviation of a step's deviation from its place. */
    public static final double STEP_NOISE = 0.2;

    /** The nine competencies of PermenPANRB 38/2017, the scales of {@link #nineCompetencies(long)}. */
    public static final List<String> COMPETENCIES = List.of("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "SK1");

    private GpcmBanks() {
    }

    /**
     * The bank of the adaptive-testing targets: the nine competencies × 40 items of 5 categories.
     *
     * @param seed the random seed
     * @return 360 items, scale by scale
     */
    public static ItemBank nineCompetencies(long seed) {
        return of(COMPETENCIES, 40, 5, seed);
    }

    /**
     * A bank of GPCM items, scale by scale in the given order.
     *
     * @param scales the scale codes, distinct and non-blank, at least one
     * @param itemsPerScale the items of each scale, ≥ 1
     * @param categories K, 2..128
     * @param seed the random seed
     * @return the bank
     * @throws IllegalArgumentException if a count is out of range or a scale is blank or repeated
     */
    public static ItemBank of(List<String> scales, int itemsPerScale, int categories, long seed) {
        Objects.requireNonNull(scales, "scales");
        if (scales.isEmpty() || new HashSet<>(scales).size() != scales.size()) {
            throw new IllegalArgumentException("expected at least one scale and no scale twice, got " + scales);
        }
        if (itemsPerScale < 1) {
            throw new IllegalArgumentException("items per scale must be >= 1, got " + itemsPerScale);
        }
        if (categories < 2 || categories > 128) {
            throw new IllegalArgumentException("categories must be in [2, 128], got " + categories);
        }
        List<Item> items = new ArrayList<>(scales.size() * itemsPerScale);
        int width = Math.max(2, Integer.toString(itemsPerScale).length());
        for (int s = 0; s < scales.size(); s++) {
            String scale = scales.get(s);
            if (scale == null || scale.isBlank()) {
                throw new IllegalArgumentException("scale " + (s + 1) + " is blank");
            }
            for (int j = 0; j < itemsPerScale; j++) {
                SplittableRandom random = Seeds.stream(seed, Seeds.BANK, (long) s * itemsPerScale + j);
                double a = Math.exp(LOG_SLOPE_SD * random.nextGaussian());
                double location = -LOCATION_RANGE + 2 * LOCATION_RANGE * (j + random.nextDouble()) / itemsPerScale;
                double[] steps = new double[categories - 1];
                for (int v = 1; v < categories; v++) {
                    steps[v - 1] = location + STEP_GAP * (v - categories / 2.0) + STEP_NOISE * random.nextGaussian();
                }
                String id = scale + "-" + String.format("%0" + width + "d", j + 1);
                items.add(Item.of(id, PartialCreditItem.gpcmOfIrt(a, steps), scale));
            }
        }
        return ItemBank.of(items);
    }
}
