package io.github.cact.ninebox.matching;

import java.util.Collections;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * A vacant position with its eligibility rules: a minimum JPM (in percent, inclusive, compared with the
 * unrounded JPM) and the boxes a candidate may come from. A rule left unset admits everyone. Immutable and
 * thread-safe.
 */
public final class Position {

    private final String id;
    private final double minimumJpm;
    private final Set<Integer> allowedBoxes;

    private Position(String id, double minimumJpm, Set<Integer> allowedBoxes) {
        this.id = id;
        this.minimumJpm = minimumJpm;
        this.allowedBoxes = allowedBoxes;
    }

    /**
     * Creates a position that admits every candidate.
     *
     * @param id the position id, not blank
     * @return the position
     * @throws IllegalArgumentException if the id is blank
     */
    public static Position of(String id) {
        return builder(id).build();
    }

    /**
     * Starts a position with no rules.
     *
     * @param id the position id, not blank
     * @return the builder
     * @throws IllegalArgumentException if the id is blank
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns the id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the minimum JPM.
     *
     * @return the minimum in percent, or empty when any JPM is admitted
     */
    public OptionalDouble minimumJpm() {
        return Double.isNaN(minimumJpm) ? OptionalDouble.empty() : OptionalDouble.of(minimumJpm);
    }

    /**
     * Returns the boxes a candidate may come from.
     *
     * @return an unmodifiable sorted set, or empty when every box is admitted
     */
    public Set<Integer> allowedBoxes() {
        return allowedBoxes;
    }

    /**
     * Tells whether a candidate with a given JPM for this position is eligible.
     *
     * @param candidate the candidate
     * @param jpm the candidate's JPM for this position, in percent
     * @return true if the JPM reaches the minimum and the candidate's box is allowed
     */
    public boolean admits(Candidate candidate, double jpm) {
        Objects.requireNonNull(candidate, "candidate");
        return (allowedBoxes.isEmpty() || allowedBoxes.contains(candidate.box()))
                && (Double.isNaN(minimumJpm) || jpm >= minimumJpm);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Position other && id.equals(other.id)
                && Double.compare(minimumJpm, other.minimumJpm) == 0 && allowedBoxes.equals(other.allowedBoxes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, minimumJpm, allowedBoxes);
    }

    @Override
    public String toString() {
        return "Position[" + id + (Double.isNaN(minimumJpm) ? "" : ", minimumJpm=" + minimumJpm)
                + (allowedBoxes.isEmpty() ? "" : ", allowedBoxes=" + allowedBoxes) + "]";
    }

    /** Builds a {@link Position}; by default no minimum JPM and every box allowed. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private double minimumJpm = Double.NaN;
        private Set<Integer> allowedBoxes = Set.of();

        private Builder(String id) {
            Objects.requireNonNull(id, "id");
            if (id.isBlank()) {
                throw new IllegalArgumentException("position id is blank: '" + id + "'");
            }
            this.id = id;
        }

        /**
         * Sets the minimum JPM. Default: none.
         *
         * @param percent the minimum in percent, finite and ≥ 0
         * @return this builder
         * @throws IllegalArgumentException if percent is negative, NaN or infinite; the message names the
         *     position
         */
        public Builder minimumJpm(double percent) {
            if (!(percent >= 0 && percent < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("position '" + id + "': minimumJpm = " + percent
                        + " is not a finite number >= 0");
            }
            this.minimumJpm = percent + 0.0;
            return this;
        }

        /**
         * Sets the minimum JPM to the lower bound of a category, e.g. {@link JpmCategory#MS} for 80 %.
         *
         * @param category the lowest admitted category
         * @return this builder
         */
        public Builder minimumCategory(JpmCategory category) {
            return minimumJpm(Objects.requireNonNull(category, "category").lowerBound());
        }

        /**
         * Sets the boxes a candidate may come from. Default: every box.
         *
         * @param boxes the box numbers, 1–9, not empty
         * @return this builder
         * @throws IllegalArgumentException if the set is empty or a box is outside 1–9; the message names the
         *     position
         */
        public Builder allowedBoxes(Set<Integer> boxes) {
            Set<Integer> copy = new TreeSet<>(Set.copyOf(boxes));
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("position '" + id + "': allowedBoxes is empty");
            }
            for (int box : copy) {
                if (box < 1 || box > 9) {
                    throw new IllegalArgumentException("position '" + id + "': allowed box " + box
                            + " is outside 1-9");
                }
            }
            this.allowedBoxes = Collections.unmodifiableSet(copy);
            return this;
        }

        /**
         * Builds the position.
         *
         * @return the position
         */
        public Position build() {
            return new Position(id, minimumJpm, allowedBoxes);
        }
    }
}
