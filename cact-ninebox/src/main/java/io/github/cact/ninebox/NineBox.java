package io.github.cact.ninebox;

import io.github.cact.scoring.DiscreteDistribution;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Places people in the nine-box grid under one {@link NineBoxConfig}.
 *
 * <p>For each person: the performance axis comes from the SKP ratings through the predicate matrix, from
 * the predicate, or from a 0–100 score through the performance bands; the potential axis from a 0–100
 * score or from the Kepka BKN 411/2025 composition, through the potential bands; the talent score is
 * {@code w_perf · performance + w_pot · potential} (see {@link BoxResult} for measurement error).
 *
 * <p>Error rule: programmer errors (null, NaN or infinite numbers, unknown names) are refused when the
 * {@link PersonInput} is built, and duplicate person ids by {@link #placeAll}; each exception names the
 * person. Data problems (a missing axis, a finite value out of range) never throw: the person is
 * {@link PlacementStatus#UNPLACED} with a reason naming the person and the field. Immutable and
 * thread-safe; nothing is logged.
 */
public final class NineBox {

    private static final AxisLevel[] LEVELS = AxisLevel.values();

    private final NineBoxConfig config;

    private NineBox(NineBoxConfig config) {
        this.config = config;
    }

    /**
     * Creates a placement engine.
     *
     * @param config the configuration
     * @return the engine
     */
    public static NineBox of(NineBoxConfig config) {
        return new NineBox(Objects.requireNonNull(config, "config"));
    }

    /**
     * Returns the configuration.
     *
     * @return the configuration
     */
    public NineBoxConfig config() {
        return config;
    }

    /**
     * Places one person.
     *
     * @param person the inputs
     * @return the placement, {@link PlacementStatus#UNPLACED} with a reason when an axis is missing or a
     *     value is out of range
     */
    public Placement place(PersonInput person) {
        Objects.requireNonNull(person, "person");
        AuditRecord audit = new AuditRecord(config.name(), config.version(), config.fingerprint(),
                AuditRecord.LIBRARY_VERSION,
                Hashing.sha256Hex(person.canonicalForm().getBytes(StandardCharsets.UTF_8)), true);
        Problems problems = new Problems(person.id());
        checkPerformance(person, problems);
        checkPotential(person, problems);
        if (problems.first != null) {
            return Placement.unplaced(person, problems.first, problems.text.toString(), audit);
        }

        double[] perfLevels = new double[3];
        double perfScore;
        PerformancePredicate predicate = person.predicate();
        if (person.hasilKerja() != null) {
            predicate = config.predicateMatrix().predicate(person.hasilKerja(), person.perilakuKerja());
        }
        if (predicate != null && person.reinforcingScore().isPresent()) {
            perfScore = config.performanceWeights().score(config.predicateScore(predicate),
                    person.reinforcingScore().getAsDouble());
            perfLevels[config.performanceBands().level(perfScore).ordinal()] = 1;
        } else if (predicate != null) {
            perfLevels[config.predicateLevel(predicate).ordinal()] = 1;
            perfScore = config.predicateScore(predicate);
        } else {
            perfScore = levelsOf(person.performanceScore(), config.performanceBands(), perfLevels);
        }
        double[] potLevels = new double[3];
        double potScore;
        boolean uncertain = person.performanceScore() != null && person.performanceScore().size() > 1;
        if (person.potentialScore() != null) {
            potScore = levelsOf(person.potentialScore(), config.potentialBands(), potLevels);
        } else {
            potScore = composedLevels(person, potLevels);
            uncertain |= person.competencyJpm().size() > 1 || person.potentialJpm().size() > 1;
        }
        Cell cell = Cell.of(mode(perfLevels), mode(potLevels));
        BoxResult result = new BoxResult(config.numbering(), cell, predicate, perfScore, potScore,
                config.talentWeights().score(perfScore, potScore), config.followUps(cell), perfLevels, potLevels,
                uncertain, config.nearBoundaryThreshold());
        return Placement.placed(person, result, audit);
    }

    /**
     * Places a cohort. Every person appears exactly once in the result, in input order.
     *
     * @param people the inputs; person ids must be unique
     * @return the placements and their summary
     * @throws IllegalArgumentException if two people share an id; the message names the id and both
     *     positions in the list
     * @throws NullPointerException if the list or an element is null
     */
    public CohortResult placeAll(List<PersonInput> people) {
        Objects.requireNonNull(people, "people");
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            PersonInput person = people.get(i);
            if (person == null) {
                throw new NullPointerException("people[" + i + "] is null");
            }
            Integer before = seen.putIfAbsent(person.id(), i);
            if (before != null) {
                throw new IllegalArgumentException("duplicate person id '" + person.id() + "' at people[" + before
                        + "] and people[" + i + "]");
            }
        }
        List<Placement> placements = new ArrayList<>(people.size());
        for (PersonInput person : people) {
            placements.add(place(person));
        }
        return new CohortResult(placements, config);
    }

    private static void checkPerformance(PersonInput person, Problems problems) {
        if (person.hasilKerja() == null && person.predicate() == null && person.performanceScore() == null) {
            problems.add(UnplacedReason.NO_PERFORMANCE,
                    "no performance input (SKP ratings, predicate or performanceScore)");
        } else if (person.performanceScore() != null) {
            checkRange(person.performanceScore(), "performanceScore", 100, problems);
        }
        if (person.reinforcingScore().isPresent()) {
            checkRange(DiscreteDistribution.pointMass(person.reinforcingScore().getAsDouble()), "reinforcingScore",
                    100, problems);
        }
    }

    private static void checkPotential(PersonInput person, Problems problems) {
        if (person.potentialScore() != null) {
            checkRange(person.potentialScore(), "potentialScore", 100, problems);
        } else if (person.competencyJpm() != null) {
            checkRange(person.competencyJpm(), "competencyJpm", Double.POSITIVE_INFINITY, problems);
            checkRange(person.potentialJpm(), "potentialJpm", Double.POSITIVE_INFINITY, problems);
            checkRange(DiscreteDistribution.pointMass(person.qualification()), "qualification", 100, problems);
            checkRange(DiscreteDistribution.pointMass(person.integrity()), "integrity", 100, problems);
        } else {
            problems.add(UnplacedReason.NO_POTENTIAL, "no potential input (potentialScore or potentialComponents)");
        }
    }

    private static void checkRange(DiscreteDistribution d, String field, double max, Problems problems) {
        String range = max == 100 ? "[0, 100]" : "[0, +inf)";
        for (int i = 0; i < d.size(); i++) {
            double v = d.value(i);
            if (v < 0 || v > max) {
                String where = d.size() == 1 ? field : field + " value[" + i + "]";
                problems.add(UnplacedReason.OUT_OF_RANGE, where + " = " + v + " is outside " + range);
            }
        }
    }

    /** Adds the probability of each level to {@code levels}; returns the mean score. */
    private static double levelsOf(DiscreteDistribution d, AxisBands bands, double[] levels) {
        for (int i = 0; i < d.size(); i++) {
            levels[bands.level(d.value(i)).ordinal()] += d.probability(i);
        }
        return d.mean();
    }

    /** Propagates the JPM distributions through the composition; returns the expected potential score. */
    private double composedLevels(PersonInput person, double[] levels) {
        DiscreteDistribution c = person.competencyJpm();
        DiscreteDistribution p = person.potentialJpm();
        PotentialWeights w = config.potentialWeights();
        AxisBands bands = config.potentialBands();
        double mean = 0;
        for (int i = 0; i < c.size(); i++) {
            for (int j = 0; j < p.size(); j++) {
                double prob = c.probability(i) * p.probability(j);
                double score = w.score(c.value(i), p.value(j), person.qualification(), person.integrity());
                levels[bands.level(score).ordinal()] += prob;
                mean += prob * score;
            }
        }
        return mean;
    }

    /** The most probable level; ties go to the lower level. */
    private static AxisLevel mode(double[] levels) {
        int best = 0;
        for (int k = 1; k < 3; k++) {
            if (levels[k] > levels[best]) {
                best = k;
            }
        }
        return LEVELS[best];
    }

    /** Collects the data problems of one person. */
    private static final class Problems {
        private final String personId;
        private final StringBuilder text = new StringBuilder();
        private UnplacedReason first;

        Problems(String personId) {
            this.personId = personId;
        }

        void add(UnplacedReason code, String message) {
            if (first == null) {
                first = code;
            } else {
                text.append("; ");
            }
            text.append("person '").append(personId).append("': ").append(message);
        }
    }
}
