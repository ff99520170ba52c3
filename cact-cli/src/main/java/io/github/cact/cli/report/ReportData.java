package io.github.cact.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the HTML report shows: a plain, immutable model filled by the pipeline through {@link #builder}.
 * Each section of the report is rendered only when its data is present.
 */
public final class ReportData {

    /** How many names each nine-box cell shows unless {@link Builder#namesPerBox} says otherwise. */
    public static final int DEFAULT_NAMES_PER_BOX = 5;

    private final String title;
    private final String subtitle;
    private final String generatedAt;
    private final List<KeyFigure> keyFigures;
    private final List<NineBoxCell> nineBox;
    private final int namesPerBox;
    private final List<PoolMember> successionPool;
    private final List<CompetencyDistribution> competencies;
    private final CurveSet curves;
    private final List<ItemFit> itemFits;
    private final List<ClassificationAccuracy> classification;
    private final JpmDistribution jpm;
    private final AdaptiveSimulation simulation;
    private final TestQuality testQuality;
    private final List<String> notes;

    private ReportData(Builder b) {
        title = b.title;
        subtitle = b.subtitle;
        generatedAt = b.generatedAt;
        keyFigures = List.copyOf(b.keyFigures);
        List<NineBoxCell> cells = new ArrayList<>();
        if (b.anyBox) {
            for (int box = 1; box <= 9; box++) {
                NineBoxCell cell = b.boxes[box - 1];
                cells.add(cell != null ? cell : new NineBoxCell(box, 0, List.of(), ""));
            }
        }
        nineBox = List.copyOf(cells);
        namesPerBox = b.namesPerBox;
        successionPool = List.copyOf(b.successionPool);
        competencies = List.copyOf(b.competencies);
        curves = b.curves;
        itemFits = List.copyOf(b.itemFits);
        classification = List.copyOf(b.classification);
        jpm = b.jpm;
        simulation = b.simulation;
        testQuality = b.testQuality;
        notes = List.copyOf(b.notes);
    }

    /**
     * Starts a report.
     *
     * @param title the report title, e.g. the agency and assessment name
     * @return a builder
     * @throws IllegalArgumentException if the title is blank
     */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /**
     * The report title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * The subtitle, e.g. the cohort description; empty for none.
     *
     * @return the subtitle
     */
    public String subtitle() {
        return subtitle;
    }

    /**
     * When the report was generated, as given by the caller; empty for none.
     *
     * @return the generation time text
     */
    public String generatedAt() {
        return generatedAt;
    }

    /**
     * The header's key figures, in order.
     *
     * @return the key figures
     */
    public List<KeyFigure> keyFigures() {
        return keyFigures;
    }

    /**
     * The nine boxes 1..9 in order, or an empty list when the report has no nine-box section.
     *
     * @return the cells
     */
    public List<NineBoxCell> nineBox() {
        return nineBox;
    }

    /**
     * How many names a nine-box cell shows at most.
     *
     * @return the limit
     */
    public int namesPerBox() {
        return namesPerBox;
    }

    /**
     * The succession pool, in the order given.
     *
     * @return the pool members
     */
    public List<PoolMember> successionPool() {
        return successionPool;
    }

    /**
     * The competency level distributions, in order.
     *
     * @return the distributions
     */
    public List<CompetencyDistribution> competencies() {
        return competencies;
    }

    /**
     * The item and test curves, if any.
     *
     * @return the curves
     */
    public Optional<CurveSet> curves() {
        return Optional.ofNullable(curves);
    }

    /**
     * The calibration diagnostics, one row per item.
     *
     * @return the fit rows
     */
    public List<ItemFit> itemFits() {
        return itemFits;
    }

    /**
     * Classification accuracy per competency.
     *
     * @return the entries
     */
    public List<ClassificationAccuracy> classification() {
        return classification;
    }

    /**
     * The JPM distribution, if any.
     *
     * @return the distribution
     */
    public Optional<JpmDistribution> jpm() {
        return Optional.ofNullable(jpm);
    }

    /**
     * The adaptive-test simulation, if any.
     *
     * @return the simulation
     */
    public Optional<AdaptiveSimulation> simulation() {
        return Optional.ofNullable(simulation);
    }

    /**
     * The test-quality results, if any.
     *
     * @return the results
     */
    public Optional<TestQuality> testQuality() {
        return Optional.ofNullable(testQuality);
    }

    /**
     * Free-text notes, one paragraph each.
     *
     * @return the notes
     */
    public List<String> notes() {
        return notes;
    }

    /** Collects the report data; not thread-safe. */
    public static final class Builder {
        private final String title;
        private String subtitle = "";
        private String generatedAt = "";
        private final List<KeyFigure> keyFigures = new ArrayList<>();
        private final NineBoxCell[] boxes = new NineBoxCell[9];
        private boolean anyBox;
        private int namesPerBox = DEFAULT_NAMES_PER_BOX;
        private final List<PoolMember> successionPool = new ArrayList<>();
        private final List<CompetencyDistribution> competencies = new ArrayList<>();
        private CurveSet curves;
        private final List<ItemFit> itemFits = new ArrayList<>();
        private final List<ClassificationAccuracy> classification = new ArrayList<>();
        private JpmDistribution jpm;
        private AdaptiveSimulation simulation;
        private TestQuality testQuality;
        private final List<String> notes = new ArrayList<>();

        private Builder(String title) {
            this.title = Checks.nonBlank(title, "title");
        }

        /**
         * Sets the subtitle, e.g. "Pemetaan kompetensi Administrator, 2025 (n = 120)".
         *
         * @param subtitle the subtitle
         * @return this builder
         */
        public Builder subtitle(String subtitle) {
            this.subtitle = Checks.text(subtitle, "subtitle");
            return this;
        }

        /**
         * Sets the generation time text; the report never reads the clock itself, so output is deterministic.
         *
         * @param generatedAt e.g. "2025-06-30 14:00 WIB"
         * @return this builder
         */
        public Builder generatedAt(String generatedAt) {
            this.generatedAt = Checks.text(generatedAt, "generatedAt");
            return this;
        }

        /**
         * Adds a key figure card to the header.
         *
         * @param labelId the Indonesian label
         * @param labelEn the English label
         * @param value   the formatted value
         * @return this builder
         */
        public Builder keyFigure(String labelId, String labelEn, String value) {
            keyFigures.add(new KeyFigure(labelId, labelEn, value));
            return this;
        }

        /**
         * Sets one nine-box cell; boxes not set count zero once any is set.
         *
         * @param cell the cell
         * @return this builder
         * @throws IllegalArgumentException if the box was already set
         */
        public Builder nineBoxCell(NineBoxCell cell) {
            Objects.requireNonNull(cell, "cell");
            if (boxes[cell.box() - 1] != null) {
                throw new IllegalArgumentException("nine-box cell " + cell.box() + " set twice");
            }
            boxes[cell.box() - 1] = cell;
            anyBox = true;
            return this;
        }

        /**
         * Sets one nine-box cell without a recommendation text.
         *
         * @param box   the box number, 1..9
         * @param count how many people are in it
         * @param names some of their names, in display order
         * @return this builder
         */
        public Builder nineBoxCell(int box, int count, List<String> names) {
            return nineBoxCell(new NineBoxCell(box, count, names, ""));
        }

        /**
         * Sets how many names each nine-box cell shows at most (default {@value #DEFAULT_NAMES_PER_BOX}).
         *
         * @param limit the limit, at least 0
         * @return this builder
         */
        public Builder namesPerBox(int limit) {
            this.namesPerBox = Checks.nonNegative(limit, "namesPerBox");
            return this;
        }

        /**
         * Adds a member of the succession pool.
         *
         * @param name        the name
         * @param box         the nine-box number
         * @param talentScore the talent score
         * @return this builder
         */
        public Builder poolMember(String name, int box, double talentScore) {
            successionPool.add(new PoolMember(name, box, talentScore));
            return this;
        }

        /**
         * Adds a competency level distribution.
         *
         * @param distribution the distribution
         * @return this builder
         */
        public Builder competency(CompetencyDistribution distribution) {
            competencies.add(Objects.requireNonNull(distribution, "distribution"));
            return this;
        }

        /**
         * Sets the item and test curves.
         *
         * @param curveSet the curves
         * @return this builder
         */
        public Builder curves(CurveSet curveSet) {
            this.curves = Objects.requireNonNull(curveSet, "curveSet");
            return this;
        }

        /**
         * Adds a row to the calibration diagnostics table.
         *
         * @param fit the row
         * @return this builder
         */
        public Builder itemFit(ItemFit fit) {
            itemFits.add(Objects.requireNonNull(fit, "fit"));
            return this;
        }

        /**
         * Adds the classification accuracy of one competency.
         *
         * @param accuracy the entry
         * @return this builder
         */
        public Builder classification(ClassificationAccuracy accuracy) {
            classification.add(Objects.requireNonNull(accuracy, "accuracy"));
            return this;
        }

        /**
         * Sets the JPM distribution.
         *
         * @param distribution the distribution
         * @return this builder
         */
        public Builder jpm(JpmDistribution distribution) {
            this.jpm = Objects.requireNonNull(distribution, "distribution");
            return this;
        }

        /**
         * Sets the adaptive-test simulation.
         *
         * @param value the simulation
         * @return this builder
         */
        public Builder simulation(AdaptiveSimulation value) {
            this.simulation = Objects.requireNonNull(value, "simulation");
            return this;
        }

        /**
         * Sets the test-quality results.
         *
         * @param quality the results
         * @return this builder
         */
        public Builder testQuality(TestQuality quality) {
            this.testQuality = Objects.requireNonNull(quality, "quality");
            return this;
        }

        /**
         * Adds a free-text note paragraph.
         *
         * @param note the text
         * @return this builder
         */
        public Builder note(String note) {
            notes.add(Checks.text(note, "note"));
            return this;
        }

        /**
         * Builds the immutable report data.
         *
         * @return the data
         */
        public ReportData build() {
            return new ReportData(this);
        }
    }
}
