package io.github.cact.ninebox;

import io.github.cact.scoring.DiscreteDistribution;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The inputs of one person (ASN) for nine-box placement: an id, an optional unit, the performance axis and
 * the potential axis.
 *
 * <p>Performance is given in one of three forms: the two SKP ratings (turned into a predicate by the
 * configured matrix), the predicate itself, or a 0–100 score (exact or as a {@link DiscreteDistribution}).
 * With the ratings or the predicate, a reinforcing score (awards, assignments; 0–100) may be given too:
 * performance is then the composed score of {@link PerformanceWeights} and its level comes from the
 * performance bands.
 * Potential is given as a 0–100 score or as the Kepka BKN 411/2025 components: competency JPM and potential
 * JPM in percent (each exact or as a distribution), qualification and integrity/morality scores 0–100.
 *
 * <p>Errors: the builder throws at once, naming the person and the field, for programmer errors: null,
 * NaN or infinite numbers, unknown predicate or rating names. Finite values outside their range and
 * missing axes are data problems: the builder accepts them and placement reports the person as
 * {@link PlacementStatus#UNPLACED} with the reason. Immutable and thread-safe; {@link #toString()} shows no
 * scores.
 */
public final class PersonInput {

    private final String id;
    private final String unit;
    private final SkpRating hasilKerja;
    private final SkpRating perilakuKerja;
    private final PerformancePredicate predicate;
    private final DiscreteDistribution performanceScore;
    private final OptionalDouble reinforcingScore;
    private final DiscreteDistribution potentialScore;
    private final DiscreteDistribution competencyJpm;
    private final DiscreteDistribution potentialJpm;
    private final double qualification;
    private final double integrity;

    private PersonInput(Builder b) {
        id = b.id;
        unit = b.unit;
        hasilKerja = b.hasilKerja;
        perilakuKerja = b.perilakuKerja;
        predicate = b.predicate;
        performanceScore = b.performanceScore;
        reinforcingScore = b.reinforcingScore;
        potentialScore = b.potentialScore;
        competencyJpm = b.competencyJpm;
        potentialJpm = b.potentialJpm;
        qualification = b.qualification;
        integrity = b.integrity;
    }

    /**
     * Starts the inputs of a person.
     *
     * @param id the person id (e.g. NIP or a pseudonym), not blank; unique within a cohort
     * @return a builder without unit, performance or potential
     * @throws IllegalArgumentException if the id is blank
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns the person id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the unit (agency or work unit) used to group the cohort summary.
     *
     * @return the unit, or the empty string when none was given
     */
    public String unit() {
        return unit;
    }

    /**
     * Returns the canonical text of these inputs, whose SHA-256 is the input hash of the audit record. The
     * format, {@code cact-ninebox.person/1}, is one {@code key:value} line per field; strings are written
     * as {@code length:text}, numbers in {@link Double#toHexString} form, so equal inputs give equal bytes on
     * every platform.
     *
     * @return the canonical text
     */
    public String canonicalForm() {
        StringBuilder sb = new StringBuilder("cact-ninebox.person/1\n");
        sb.append("id:").append(id.length()).append(':').append(id).append('\n');
        sb.append("unit:").append(unit.length()).append(':').append(unit).append('\n');
        sb.append("performance:");
        if (hasilKerja != null) {
            sb.append("skp:").append(hasilKerja).append(':').append(perilakuKerja);
        } else if (predicate != null) {
            sb.append("predicate:").append(predicate);
        } else if (performanceScore != null) {
            sb.append("score:").append(canonical(performanceScore));
        } else {
            sb.append("none");
        }
        if (reinforcingScore.isPresent()) {
            sb.append(":reinforcing:").append(Double.toHexString(reinforcingScore.getAsDouble()));
        }
        sb.append("\npotential:");
        if (potentialScore != null) {
            sb.append("score:").append(canonical(potentialScore));
        } else if (competencyJpm != null) {
            sb.append("components:").append(canonical(competencyJpm)).append(':')
                    .append(canonical(potentialJpm)).append(':').append(Double.toHexString(qualification))
                    .append(':').append(Double.toHexString(integrity));
        } else {
            sb.append("none");
        }
        return sb.append('\n').toString();
    }

    /** Canonical text of a distribution: each value and probability in {@link Double#toHexString} form. */
    private static String canonical(DiscreteDistribution d) {
        StringBuilder sb = new StringBuilder("d").append(d.size());
        for (int i = 0; i < d.size(); i++) {
            sb.append(';').append(Double.toHexString(d.value(i))).append('@')
                    .append(Double.toHexString(d.probability(i)));
        }
        return sb.toString();
    }

    SkpRating hasilKerja() {
        return hasilKerja;
    }

    SkpRating perilakuKerja() {
        return perilakuKerja;
    }

    PerformancePredicate predicate() {
        return predicate;
    }

    DiscreteDistribution performanceScore() {
        return performanceScore;
    }

    OptionalDouble reinforcingScore() {
        return reinforcingScore;
    }

    DiscreteDistribution potentialScore() {
        return potentialScore;
    }

    DiscreteDistribution competencyJpm() {
        return competencyJpm;
    }

    DiscreteDistribution potentialJpm() {
        return potentialJpm;
    }

    double qualification() {
        return qualification;
    }

    double integrity() {
        return integrity;
    }

    /** Shows the id, the unit and which forms of input were given, never a score. */
    @Override
    public String toString() {
        String perf = hasilKerja != null ? "skp" : predicate != null ? "predicate"
                : performanceScore != null ? "score" : "none";
        String pot = potentialScore != null ? "score" : competencyJpm != null ? "components" : "none";
        return "PersonInput[id=" + id + ", unit=" + unit + ", performance=" + perf + ", potential=" + pot + "]";
    }

    /**
     * Builds a {@link PersonInput}. Each performance setter replaces any performance given before, and each
     * potential setter any potential given before. Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private String unit = "";
        private SkpRating hasilKerja;
        private SkpRating perilakuKerja;
        private PerformancePredicate predicate;
        private DiscreteDistribution performanceScore;
        private OptionalDouble reinforcingScore = OptionalDouble.empty();
        private DiscreteDistribution potentialScore;
        private DiscreteDistribution competencyJpm;
        private DiscreteDistribution potentialJpm;
        private double qualification;
        private double integrity;

        private Builder(String id) {
            Objects.requireNonNull(id, "id");
            if (id.isBlank()) {
                throw new IllegalArgumentException("person id is blank: '" + id + "'");
            }
            this.id = id;
        }

        /**
         * Sets the unit (agency or work unit) for the cohort summary.
         *
         * @param unit the unit, not blank
         * @return this builder
         * @throws IllegalArgumentException if the unit is blank
         */
        public Builder unit(String unit) {
            Objects.requireNonNull(unit, "unit");
            if (unit.isBlank()) {
                throw new IllegalArgumentException("person '" + id + "': unit is blank");
            }
            this.unit = unit;
            return this;
        }

        /**
         * Gives performance as the two SKP ratings of PermenPANRB 6/2022.
         *
         * @param hasilKerja the rating of work results
         * @param perilakuKerja the rating of work behaviour
         * @return this builder
         */
        public Builder skp(SkpRating hasilKerja, SkpRating perilakuKerja) {
            Objects.requireNonNull(hasilKerja, "hasilKerja");
            Objects.requireNonNull(perilakuKerja, "perilakuKerja");
            clearPerformance();
            this.hasilKerja = hasilKerja;
            this.perilakuKerja = perilakuKerja;
            return this;
        }

        /**
         * Gives performance as the two SKP ratings, by name (see {@link SkpRating#fromCode}).
         *
         * @param hasilKerja the rating of work results, e.g. {@code "DI_ATAS"}
         * @param perilakuKerja the rating of work behaviour
         * @return this builder
         * @throws IllegalArgumentException if a name is unknown; the message names the person and the field
         */
        public Builder skp(String hasilKerja, String perilakuKerja) {
            Objects.requireNonNull(hasilKerja, "hasilKerja");
            Objects.requireNonNull(perilakuKerja, "perilakuKerja");
            return skp(parse(() -> SkpRating.fromCode(hasilKerja), "hasilKerja"),
                    parse(() -> SkpRating.fromCode(perilakuKerja), "perilakuKerja"));
        }

        /**
         * Gives performance as a predicate.
         *
         * @param predicate the predicate
         * @return this builder
         */
        public Builder predicate(PerformancePredicate predicate) {
            Objects.requireNonNull(predicate, "predicate");
            clearPerformance();
            this.predicate = predicate;
            return this;
        }

        /**
         * Gives performance as a predicate, by name (see {@link PerformancePredicate#fromCode}).
         *
         * @param predicate the predicate name, e.g. {@code "SANGAT_BAIK"}
         * @return this builder
         * @throws IllegalArgumentException if the name is unknown; the message names the person and the field
         */
        public Builder predicate(String predicate) {
            Objects.requireNonNull(predicate, "predicate");
            return predicate(parse(() -> PerformancePredicate.fromCode(predicate), "predicate"));
        }

        /**
         * Gives performance as a 0–100 score. A finite score outside 0–100 makes the person unplaced.
         *
         * @param score the score
         * @return this builder
         * @throws IllegalArgumentException if the score is NaN or infinite; the message names the person
         */
        public Builder performanceScore(double score) {
            finite(score, "performanceScore");
            clearPerformance();
            this.performanceScore = DiscreteDistribution.pointMass(score);
            return this;
        }

        /**
         * Gives performance as a distribution of 0–100 scores (measurement error).
         *
         * @param score the distribution
         * @return this builder
         */
        public Builder performanceScore(DiscreteDistribution score) {
            Objects.requireNonNull(score, "score");
            clearPerformance();
            this.performanceScore = score;
            return this;
        }

        /**
         * Adds a reinforcing performance score (awards, assignments) to SKP ratings or a predicate; the
         * performance becomes the composed score of the configuration's {@link PerformanceWeights}. A finite
         * score outside 0–100 makes the person unplaced.
         *
         * @param score the reinforcing score
         * @return this builder
         * @throws IllegalArgumentException if the score is NaN or infinite; the message names the person
         */
        public Builder reinforcingScore(double score) {
            finite(score, "reinforcingScore");
            this.reinforcingScore = OptionalDouble.of(score);
            return this;
        }

        /**
         * Gives potential as a 0–100 score. A finite score outside 0–100 makes the person unplaced.
         *
         * @param score the score
         * @return this builder
         * @throws IllegalArgumentException if the score is NaN or infinite; the message names the person
         */
        public Builder potentialScore(double score) {
            finite(score, "potentialScore");
            clearPotential();
            this.potentialScore = DiscreteDistribution.pointMass(score);
            return this;
        }

        /**
         * Gives potential as the components of Kepka BKN 411/2025, each known exactly.
         *
         * @param competencyJpm the competency JPM in percent, ≥ 0 (may exceed 100)
         * @param potentialJpm the potential-test JPM in percent, ≥ 0 (may exceed 100)
         * @param qualification the qualification score, 0–100
         * @param integrity the integrity/morality score, 0–100
         * @return this builder
         * @throws IllegalArgumentException if a number is NaN or infinite; the message names the person and
         *     the field
         */
        public Builder potentialComponents(double competencyJpm, double potentialJpm, double qualification,
                double integrity) {
            finite(competencyJpm, "competencyJpm");
            finite(potentialJpm, "potentialJpm");
            return potentialComponents(DiscreteDistribution.pointMass(competencyJpm),
                    DiscreteDistribution.pointMass(potentialJpm), qualification, integrity);
        }

        /**
         * Gives potential as the components of Kepka BKN 411/2025, the two JPM values with measurement error.
         *
         * @param competencyJpm the distribution of the competency JPM in percent
         * @param potentialJpm the distribution of the potential-test JPM in percent; use
         *     {@link DiscreteDistribution#pointMass} when it is known exactly
         * @param qualification the qualification score, 0–100
         * @param integrity the integrity/morality score, 0–100
         * @return this builder
         * @throws IllegalArgumentException if a number is NaN or infinite; the message names the person and
         *     the field
         */
        public Builder potentialComponents(DiscreteDistribution competencyJpm, DiscreteDistribution potentialJpm,
                double qualification, double integrity) {
            Objects.requireNonNull(competencyJpm, "competencyJpm");
            Objects.requireNonNull(potentialJpm, "potentialJpm");
            finite(qualification, "qualification");
            finite(integrity, "integrity");
            clearPotential();
            this.competencyJpm = competencyJpm;
            this.potentialJpm = potentialJpm;
            this.qualification = qualification + 0.0;
            this.integrity = integrity + 0.0;
            return this;
        }

        /**
         * Builds the inputs.
         *
         * @return the inputs
         * @throws IllegalArgumentException if a reinforcing score was given with a performance score (it
         *     composes only with SKP ratings or a predicate); the message names the person
         */
        public PersonInput build() {
            if (reinforcingScore.isPresent() && performanceScore != null) {
                throw new IllegalArgumentException("person '" + id + "': a reinforcing score composes with SKP"
                        + " ratings or a predicate, but performance is given as a score already");
            }
            return new PersonInput(this);
        }

        private void clearPerformance() {
            hasilKerja = null;
            perilakuKerja = null;
            predicate = null;
            performanceScore = null;
        }

        private void clearPotential() {
            potentialScore = null;
            competencyJpm = null;
            potentialJpm = null;
            qualification = 0;
            integrity = 0;
        }

        private void finite(double value, String field) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("person '" + id + "': " + field + " is " + value
                        + ", not a finite number");
            }
        }

        private <T> T parse(java.util.function.Supplier<T> parser, String field) {
            try {
                return parser.get();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("person '" + id + "': " + field + ": " + e.getMessage(), e);
            }
        }
    }
}
