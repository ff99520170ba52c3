package io.github.cact.dif;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of a {@link DifAnalysis}: one {@link ItemDif} per item in the order of the response matrix's
 * columns, the group sizes, how the purification went, and warnings. Immutable and thread-safe.
 */
public final class DifResult {

    private final List<ItemDif> items;
    private final String reference;
    private final String focal;
    private final int referenceCount;
    private final int focalCount;
    private final int otherCount;
    private final Map<DifMethod, Integer> passes;
    private final Map<String, double[]> focalLatent;
    private final List<String> warnings;

    DifResult(List<ItemDif> items, DifGroups groups, Map<DifMethod, Integer> passes,
            Map<String, double[]> focalLatent, List<String> warnings) {
        this.items = List.copyOf(items);
        this.reference = groups.reference();
        this.focal = groups.focal();
        this.referenceCount = groups.referenceCount();
        this.focalCount = groups.focalCount();
        this.otherCount = groups.otherCount();
        this.passes = passes.isEmpty() ? Map.of() : new EnumMap<>(passes);
        Map<String, double[]> latent = new LinkedHashMap<>();
        focalLatent.forEach((scale, moments) -> latent.put(scale, moments.clone()));
        this.focalLatent = Collections.unmodifiableMap(latent);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Returns the results per item, in column order.
     *
     * @return an unmodifiable list
     */
    public List<ItemDif> items() {
        return items;
    }

    /**
     * Finds the result of an item.
     *
     * @param itemId the item id
     * @return the result, if the item was analysed
     */
    public Optional<ItemDif> item(String itemId) {
        Objects.requireNonNull(itemId, "itemId");
        return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst();
    }

    /**
     * Returns the label of the reference group.
     *
     * @return the label
     */
    public String reference() {
        return reference;
    }

    /**
     * Returns the label of the focal group.
     *
     * @return the label
     */
    public String focal() {
        return focal;
    }

    /**
     * Returns the number of examinees in the reference group.
     *
     * @return the count
     */
    public int referenceCount() {
        return referenceCount;
    }

    /**
     * Returns the number of examinees in the focal group.
     *
     * @return the count
     */
    public int focalCount() {
        return focalCount;
    }

    /**
     * Returns the number of examinees in neither group, who took part in no test.
     *
     * @return the count
     */
    public int otherCount() {
        return otherCount;
    }

    /**
     * Returns the largest number of test passes the purification of a method took over the scales (1 when
     * purification is off or flagged no item).
     *
     * @param method {@link DifMethod#MANTEL_HAENSZEL} or {@link DifMethod#LOGISTIC}
     * @return the number of passes, 0 if the method was not run
     */
    public int purificationPasses(DifMethod method) {
        return passes.getOrDefault(Objects.requireNonNull(method, "method"), 0);
    }

    /**
     * Returns the focal group's latent mean on a scale, estimated by the multiple-group calibration with
     * every item (or every anchor) equal across groups, the reference group fixed to N(0, 1).
     *
     * @param scale the scale, "" when the bank has none
     * @return μ_F, or empty if the IRT test did not run or its calibration failed on that scale
     */
    public OptionalDouble focalLatentMean(String scale) {
        double[] m = focalLatent.get(Objects.requireNonNull(scale, "scale"));
        return m == null ? OptionalDouble.empty() : OptionalDouble.of(m[0]);
    }

    /**
     * Returns the focal group's latent variance on a scale (see {@link #focalLatentMean}).
     *
     * @param scale the scale, "" when the bank has none
     * @return σ²_F, or empty if the IRT test did not run or its calibration failed on that scale
     */
    public OptionalDouble focalLatentVariance(String scale) {
        double[] m = focalLatent.get(Objects.requireNonNull(scale, "scale"));
        return m == null ? OptionalDouble.empty() : OptionalDouble.of(m[1]);
    }

    /**
     * Returns the warnings, e.g. a purification that did not settle.
     *
     * @return an unmodifiable list
     */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "DifResult[" + items.size() + " items, reference '" + reference + "' " + referenceCount + ", focal '"
                + focal + "' " + focalCount + ", warnings " + warnings.size() + "]";
    }
}
