package io.github.cact.cli.report;

import java.util.List;

/**
 * The test-quality results shown in the report: the reliabilities of each scale, the items flagged with
 * their reasons, the DIF classes of every item, the person-fit (lz*) histogram and the locally dependent
 * item pairs. Statistics that are absent are {@link Double#NaN} and print as a dash.
 *
 * @param reliabilities one row per scale
 * @param flaggedItems  the flagged items with their reasons, one row per reason
 * @param dif           the DIF classes per item; empty without a group comparison
 * @param personFit     the lz* histogram; null without person-fit results
 * @param ldPairs       the flagged item pairs
 */
public record TestQuality(List<Reliability> reliabilities, List<FlaggedItem> flaggedItems, List<DifClass> dif,
                          PersonFit personFit, List<LdPair> ldPairs) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list or an element is null
     */
    public TestQuality {
        reliabilities = List.copyOf(reliabilities);
        flaggedItems = List.copyOf(flaggedItems);
        dif = List.copyOf(dif);
        ldPairs = List.copyOf(ldPairs);
    }

    /**
     * The reliabilities of one scale.
     *
     * @param scale     the scale code, empty for a bank without scales
     * @param complete  the complete cases α was computed from
     * @param alpha     Cronbach's α, or NaN
     * @param lower     the lower end of its 95 % interval, or NaN
     * @param upper     the upper end, or NaN
     * @param empirical the empirical IRT reliability, or NaN
     * @param marginal  the marginal IRT reliability, or NaN
     */
    public record Reliability(String scale, int complete, double alpha, double lower, double upper, double empirical,
                              double marginal) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException     if the scale is null
         * @throws IllegalArgumentException if the count is negative
         */
        public Reliability {
            Checks.text(scale, "scale");
            Checks.nonNegative(complete, "complete");
        }
    }

    /**
     * One reason an item is flagged.
     *
     * @param scale    the scale code, empty for a bank without scales
     * @param item     the item id
     * @param reasonId the reason in Indonesian
     * @param reasonEn the reason in English
     */
    public record FlaggedItem(String scale, String item, String reasonId, String reasonEn) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException     if a component is null
         * @throws IllegalArgumentException if the item or the reason is blank
         */
        public FlaggedItem {
            Checks.text(scale, "scale");
            Checks.nonBlank(item, "item");
            Checks.nonBlank(reasonId, "reasonId");
            Checks.text(reasonEn, "reasonEn");
        }
    }

    /**
     * The DIF classes of one item.
     *
     * @param item      the item id
     * @param etsClass  the ETS class of the Mantel–Haenszel delta (A, B, C), or empty when not computed
     * @param lrClass   the Jodoin–Gierl class of the logistic-regression ΔR² (A, B, C), or empty
     * @param pAdjusted the Benjamini–Hochberg adjusted p-value, or NaN
     */
    public record DifClass(String item, String etsClass, String lrClass, double pAdjusted) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException     if a component is null
         * @throws IllegalArgumentException if the item is blank or the p-value outside [0, 1]
         */
        public DifClass {
            Checks.nonBlank(item, "item");
            Checks.text(etsClass, "etsClass");
            Checks.text(lrClass, "lrClass");
            if (!Double.isNaN(pAdjusted)) {
                Checks.proportion(pAdjusted, "pAdjusted");
            }
        }
    }

    /**
     * The lz* histogram: {@code counts.size()} bins of {@code binWidth} from {@code binStart}, the first and
     * the last open-ended.
     *
     * @param binStart the lower end of the first bin
     * @param binWidth the width of a bin, &gt; 0
     * @param counts   the people per bin
     * @param flagged  the people flagged as aberrant
     * @param people   the people with an lz*
     */
    public record PersonFit(double binStart, double binWidth, List<Integer> counts, int flagged, int people) {

        /**
         * Checks the components.
         *
         * @throws IllegalArgumentException if a count is negative or the width not positive
         */
        public PersonFit {
            Checks.finite(binStart, "binStart");
            if (!(binWidth > 0)) {
                throw new IllegalArgumentException("binWidth must be > 0, got " + binWidth);
            }
            counts = Checks.countList(counts, "counts");
            Checks.nonNegative(flagged, "flagged");
            Checks.nonNegative(people, "people");
        }
    }

    /**
     * A flagged pair of items.
     *
     * @param item1 the first item
     * @param item2 the second item
     * @param q3    Yen's Q3, or NaN
     * @param ldChi2 the signed LD χ², or NaN
     */
    public record LdPair(String item1, String item2, double q3, double ldChi2) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException     if an item is null
         * @throws IllegalArgumentException if an item is blank
         */
        public LdPair {
            Checks.nonBlank(item1, "item1");
            Checks.nonBlank(item2, "item2");
        }
    }

    /**
     * Tells whether there is anything to show.
     *
     * @return true unless every part is empty
     */
    public boolean isEmpty() {
        return reliabilities.isEmpty() && flaggedItems.isEmpty() && dif.isEmpty() && personFit == null && ldPairs.isEmpty();
    }
}
