package io.github.cact.cat;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.scoring.Quadrature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of an adaptive test over an item bank: which scales are tested, how items are selected, how
 * exposure is controlled, the content rules, when to stop, how θ is estimated and on which grid. Built and
 * checked against the bank by {@link #builder(ItemBank)}. Immutable and thread-safe.
 *
 * <p>Defaults: every scale of the bank, maximum information, no exposure control, interleaved scales,
 * 1..20 items per scale, EAP on 121 nodes on [−6, 6] with a N(0, 1) prior, bank version "".
 */
public final class CatDesign {

    private final ItemBank bank;
    private final String bankVersion;
    private final List<String> scales;
    private final SelectionRule selection;
    private final ExposureControl exposure;
    private final ContentRules content;
    private final StoppingRule stopping;
    private final AbilityEstimator estimator;
    private final Quadrature quadrature;
    private final String bankFingerprint;
    private final String fingerprint;

    private CatDesign(Builder b, List<String> scales) {
        this.bank = b.bank;
        this.bankVersion = b.bankVersion;
        this.scales = scales;
        this.selection = b.selection;
        this.exposure = b.exposure;
        this.content = b.content;
        this.stopping = b.stopping;
        this.estimator = b.estimator;
        this.quadrature = b.quadrature;
        this.bankFingerprint = Fingerprint.of(bank);
        this.fingerprint = Fingerprint.sha256(canonicalText());
    }

    /**
     * Starts a design over a bank. The bank's scales (the {@link Item#scale()} of its items) are the scales
     * of the test; a bank whose items name no scale is one scale, named "".
     *
     * @param bank the calibrated item bank
     * @return a builder with the defaults
     */
    public static Builder builder(ItemBank bank) {
        return new Builder(Objects.requireNonNull(bank, "bank"));
    }

    /**
     * Returns the item bank.
     *
     * @return the bank
     */
    public ItemBank bank() {
        return bank;
    }

    /**
     * Returns the bank version label stored in sessions.
     *
     * @return the label given to the builder, "" by default
     */
    public String bankVersion() {
        return bankVersion;
    }

    /**
     * Returns the scales tested, in the order used by {@link ScaleOrder}.
     *
     * @return the scale codes; {@code [""]} for a bank without scale names
     */
    public List<String> scales() {
        return scales;
    }

    /**
     * Returns the selection rule.
     *
     * @return the rule
     */
    public SelectionRule selection() {
        return selection;
    }

    /**
     * Returns the exposure control.
     *
     * @return the control
     */
    public ExposureControl exposure() {
        return exposure;
    }

    /**
     * Returns the content rules.
     *
     * @return the rules
     */
    public ContentRules content() {
        return content;
    }

    /**
     * Returns the stopping rule.
     *
     * @return the rule
     */
    public StoppingRule stopping() {
        return stopping;
    }

    /**
     * Returns the ability estimator.
     *
     * @return the estimator
     */
    public AbilityEstimator estimator() {
        return estimator;
    }

    /**
     * Returns the quadrature grid on which each scale's posterior is kept; its prior is each scale's prior.
     *
     * @return the grid
     */
    public Quadrature quadrature() {
        return quadrature;
    }

    /**
     * Returns the bank's fingerprint: the SHA-256 of every item's id, scale, model and exact parameters.
     *
     * @return 64 lower-case hexadecimal digits
     */
    public String bankFingerprint() {
        return bankFingerprint;
    }

    /**
     * Returns the design's fingerprint: the SHA-256 of the bank fingerprint and every rule, so that a
     * session stored under one design is never continued under another.
     *
     * @return 64 lower-case hexadecimal digits
     */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Returns a builder holding this design's settings, to derive a variant.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(bank).bankVersion(bankVersion).scales(scales).selection(selection).exposure(exposure)
                .content(content).stopping(stopping).estimator(estimator).quadrature(quadrature);
    }

    private String canonicalText() {
        return "bank=" + bankFingerprint + "\nbankVersion=" + bankVersion + "\nscales=" + scales + "\nselection="
                + selection + "\nexposure=" + exposure + "\ncontent=" + content + "\nstopping=" + stopping
                + "\nestimator=" + estimator + "\nquadrature=" + quadrature.size() + "," + quadrature.node(0) + ","
                + quadrature.node(quadrature.size() - 1) + "," + quadrature.priorMean() + "," + quadrature.priorSd()
                + "\n";
    }

    @Override
    public String toString() {
        return "CatDesign[" + bank + ", scales=" + scales + ", selection=" + selection + ", exposure="
                + (exposure instanceof ExposureControl.SympsonHetter sh
                        ? "SympsonHetter[" + sh.parameters().size() + " parameters]" : exposure)
                + ", content=" + content + ", stopping=" + stopping + ", estimator=" + estimator + ", " + quadrature
                + "]";
    }

    /** Builds a {@link CatDesign}. Not thread-safe. */
    public static final class Builder {

        private final ItemBank bank;
        private String bankVersion = "";
        private List<String> scales;
        private SelectionRule selection = SelectionRule.maximumInformation();
        private ExposureControl exposure = ExposureControl.none();
        private ContentRules content = ContentRules.defaults();
        private StoppingRule stopping = StoppingRule.builder().build();
        private AbilityEstimator estimator = AbilityEstimator.EAP;
        private Quadrature quadrature = Quadrature.scoringDefault();

        private Builder(ItemBank bank) {
            this.bank = bank;
        }

        /**
         * Sets the bank version label that sessions carry beside the bank fingerprint.
         *
         * @param version any text, e.g. {@code "2026-11"}
         * @return this builder
         */
        public Builder bankVersion(String version) {
            this.bankVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * Tests only these scales, in this order.
         *
         * @param scaleCodes scales of the bank, at least one, no repeats
         * @return this builder
         */
        public Builder scales(List<String> scaleCodes) {
            this.scales = List.copyOf(scaleCodes);
            return this;
        }

        /**
         * Sets the selection rule.
         *
         * @param rule the rule; default maximum information
         * @return this builder
         */
        public Builder selection(SelectionRule rule) {
            this.selection = Objects.requireNonNull(rule, "rule");
            return this;
        }

        /**
         * Sets the exposure control.
         *
         * @param control the control; default none
         * @return this builder
         */
        public Builder exposure(ExposureControl control) {
            this.exposure = Objects.requireNonNull(control, "control");
            return this;
        }

        /**
         * Sets the content rules.
         *
         * @param rules the rules; default interleaved scales, no sets
         * @return this builder
         */
        public Builder content(ContentRules rules) {
            this.content = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Sets the stopping rule.
         *
         * @param rule the rule; default 1..20 items per scale
         * @return this builder
         */
        public Builder stopping(StoppingRule rule) {
            this.stopping = Objects.requireNonNull(rule, "rule");
            return this;
        }

        /**
         * Sets the ability estimator.
         *
         * @param abilityEstimator EAP (default), MAP or ML
         * @return this builder
         */
        public Builder estimator(AbilityEstimator abilityEstimator) {
            this.estimator = Objects.requireNonNull(abilityEstimator, "abilityEstimator");
            return this;
        }

        /**
         * Sets the quadrature grid and prior of every scale.
         *
         * @param grid the grid; default 121 nodes on [−6, 6], N(0, 1)
         * @return this builder
         */
        public Builder quadrature(Quadrature grid) {
            this.quadrature = Objects.requireNonNull(grid, "grid");
            return this;
        }

        /**
         * Checks the rules against the bank and builds the design.
         *
         * @return the design
         * @throws IllegalArgumentException naming the scale, item or limit at fault: an unknown scale or item,
         *     an item without a scale in a bank with scales, a scale with fewer items than its minimum,
         *     minimums above the total maximum, an item in two together sets, or two enemies in one
         *     together set
         */
        public CatDesign build() {
            List<String> tested = checkScales();
            checkStopping(tested);
            checkContent(tested);
            if (exposure instanceof ExposureControl.SympsonHetter sh) {
                for (String id : sh.parameters().keySet()) {
                    requireItem(id, "the Sympson-Hetter parameters");
                }
            }
            return new CatDesign(this, tested);
        }

        private List<String> checkScales() {
            List<String> bankScales = bank.scales();
            if (!bankScales.isEmpty()) {
                for (Item item : bank.items()) {
                    if (item.scale().isEmpty()) {
                        throw new IllegalArgumentException("item '" + item.id()
                                + "' names no scale, but other items of the bank do: " + bankScales);
                    }
                }
            }
            List<String> all = bankScales.isEmpty() ? List.of("") : bankScales;
            if (scales == null) {
                return all;
            }
            if (scales.isEmpty()) {
                throw new IllegalArgumentException("a design needs at least one scale; the bank has " + all);
            }
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            for (String s : scales) {
                if (!all.contains(s)) {
                    throw new IllegalArgumentException("scale '" + s + "' has no item in the bank; the bank's scales are "
                            + all);
                }
                if (!seen.add(s)) {
                    throw new IllegalArgumentException("scale '" + s + "' is listed twice in " + scales);
                }
            }
            return List.copyOf(seen);
        }

        private void checkStopping(List<String> tested) {
            for (String s : stopping.scalesWithOwnLimits()) {
                if (!tested.contains(s)) {
                    throw new IllegalArgumentException("the stopping rule sets limits for scale '" + s
                            + "', which the design does not test; tested scales: " + tested);
                }
            }
            long minSum = 0;
            long reachable = 0;
            for (String s : tested) {
                int size = scaleSize(s);
                int min = stopping.minItems(s);
                if (min > size) {
                    throw new IllegalArgumentException("scale '" + s + "' needs at least " + min
                            + " items but the bank has only " + size);
                }
                minSum += min;
                reachable += Math.min(size, stopping.maxItems(s));
            }
            if (minSum > stopping.maxTotal()) {
                throw new IllegalArgumentException("the scales' minimums add up to " + minSum
                        + " items, above the total maximum of " + stopping.maxTotal());
            }
            if (stopping.minTotal() > reachable) {
                throw new IllegalArgumentException("the total minimum of " + stopping.minTotal()
                        + " items is above the " + reachable + " items the scales' maximums allow");
            }
            stopping.classification().ifPresent(c -> {
                for (String s : c.cutScores().keySet()) {
                    if (!tested.contains(s)) {
                        throw new IllegalArgumentException("cut scores are given for scale '" + s
                                + "', which the design does not test; tested scales: " + tested);
                    }
                }
            });
        }

        private void checkContent(List<String> tested) {
            List<List<String>> enemySets = content.enemySets();
            for (int e = 0; e < enemySets.size(); e++) {
                for (String id : enemySets.get(e)) {
                    requireTested(id, "enemy set " + (e + 1), tested);
                }
            }
            Map<String, Integer> setOf = new HashMap<>();
            List<List<String>> together = content.togetherSets();
            for (int t = 0; t < together.size(); t++) {
                List<String> set = together.get(t);
                for (String id : set) {
                    requireTested(id, "together set " + (t + 1), tested);
                    Integer previous = setOf.put(id, t);
                    if (previous != null) {
                        throw new IllegalArgumentException("item '" + id + "' is in together sets " + (previous + 1)
                                + " and " + (t + 1) + "; an item can be in one together set only");
                    }
                }
                List<String> members = new ArrayList<>(set);
                for (int e = 0; e < enemySets.size(); e++) {
                    List<String> shared = new ArrayList<>(members);
                    shared.retainAll(enemySets.get(e));
                    if (shared.size() >= 2) {
                        throw new IllegalArgumentException("together set " + (t + 1) + " holds items " + shared
                                + ", which are enemies in enemy set " + (e + 1) + "; the set could never be given");
                    }
                }
            }
        }

        private void requireTested(String id, String where, List<String> tested) {
            Item item = requireItem(id, where);
            String scale = item.scale().orElse("");
            if (!tested.contains(scale)) {
                throw new IllegalArgumentException(where + ": item '" + id + "' measures scale '" + scale
                        + "', which the design does not test");
            }
        }

        private Item requireItem(String id, String where) {
            return bank.find(id).orElseThrow(() -> new IllegalArgumentException(where + ": item '" + id
                    + "' is not in the bank"));
        }

        private int scaleSize(String scale) {
            int n = 0;
            for (Item item : bank.items()) {
                if (item.scale().orElse("").equals(scale)) {
                    n++;
                }
            }
            return n;
        }
    }
}
