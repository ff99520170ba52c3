package io.github.cact.dependence;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The local-dependence statistics of one item pair. The statistics are present exactly when the flag
 * {@link DependenceFlag#hasStatistics() has statistics}, and then finite. Immutable.
 *
 * @param item1 the id of the earlier item of the pair (bank order)
 * @param item2 the id of the later item
 * @param pairs the number of examinees who answered both, ≥ 0
 * @param q3 Yen's Q3: the correlation of the two items' residuals x − E[X | θ̂]
 * @param ldChi2 the Chen–Thissen LD χ² (Pearson X² of the observed against the model-expected joint table),
 *     signed + when the observed association exceeds the expected one and − otherwise
 * @param df the degrees of freedom (K₁ − 1)(K₂ − 1), ≥ 1
 * @param pValue the upper-tail χ²(df) probability of |LD χ²|
 * @param cramersV mirt's standardized value: sign·√(|LD χ²| / (n·(min(K₁, K₂) − 1))), a signed Cramér's V
 * @param flag the verdict
 */
public record ItemPairDependence(String item1, String item2, int pairs, OptionalDouble q3, OptionalDouble ldChi2,
        int df, OptionalDouble pValue, OptionalDouble cramersV, DependenceFlag flag) {

    /**
     * Checks consistency.
     *
     * @throws IllegalArgumentException if a count is out of range, or the statistics are not all present and
     *     finite exactly when the flag has statistics
     */
    public ItemPairDependence {
        Objects.requireNonNull(item1, "item1");
        Objects.requireNonNull(item2, "item2");
        Objects.requireNonNull(flag, "flag");
        if (pairs < 0 || df < 1) {
            throw new IllegalArgumentException("pairs must be >= 0 and df >= 1, got " + pairs + " and " + df);
        }
        for (OptionalDouble value : new OptionalDouble[] {q3, ldChi2, pValue, cramersV}) {
            Objects.requireNonNull(value, "statistic");
            if (value.isPresent() != flag.hasStatistics()
                    || value.isPresent() && !Double.isFinite(value.getAsDouble())) {
                throw new IllegalArgumentException("with flag " + flag.code() + " the statistics must be "
                        + (flag.hasStatistics() ? "present and finite" : "absent"));
            }
        }
    }

    static ItemPairDependence without(String item1, String item2, int pairs, int df, DependenceFlag flag) {
        OptionalDouble none = OptionalDouble.empty();
        return new ItemPairDependence(item1, item2, pairs, none, none, df, none, none, flag);
    }
}
