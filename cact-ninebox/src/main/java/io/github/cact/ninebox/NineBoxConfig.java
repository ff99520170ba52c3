package io.github.cact.ninebox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A named, versioned configuration of the nine-box: every weight, band and mapping used to place a person.
 * Its name, version and {@link #fingerprint()} go into each placement's audit record.
 *
 * <p>Defaults ({@link #defaults()}, and every setting a {@link Builder} leaves alone), with their sources in
 * docs/regulations.md#the-nine-box:
 * <ul>
 *   <li>predicate matrix: PermenPANRB 6/2022 ({@link PredicateMatrix#permenpanrb6of2022()});</li>
 *   <li>predicate → performance level: SANGAT_BAIK → HIGH; BAIK → MIDDLE; BUTUH_PERBAIKAN, KURANG,
 *       SANGAT_KURANG → LOW (docs/regulations.md#predicate-to-axis-level);</li>
 *   <li>predicate → performance score, used only for the talent score: SANGAT_BAIK 100, BAIK 80,
 *       BUTUH_PERBAIKAN 60, KURANG 40, SANGAT_KURANG 20. This is a library convention, not a regulation:
 *       equal steps of 20, each score inside the default band of the predicate's level;</li>
 *   <li>performance and potential bands: 61/81 ({@link AxisBands#standard()});</li>
 *   <li>potential weights 40/25/20/15, talent weights 50/50 and, for a performance given with a
 *       reinforcing score, performance weights 60/40 (Kepka BKN 411/2025);</li>
 *   <li>numbering: ASN anti-diagonal ({@link BoxNumbering#asn()});</li>
 *   <li>follow-ups per cell: the PermenPANRB 3/2020 list (docs/regulations.md#follow-ups);</li>
 *   <li>succession pool: the cells of ASN boxes 7, 8, 9 (whatever numbering is used for reporting);</li>
 *   <li>near-boundary threshold: 0.8, a library convention: a placement is flagged when its most probable
 *       box has a probability below 0.8, i.e. when more than one chance in five points elsewhere.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class NineBoxConfig {

    /** Name of {@link #defaults()}. */
    public static final String DEFAULT_NAME = "cact-default";
    /** Version of {@link #defaults()}. */
    public static final String DEFAULT_VERSION = "1";

    private static final Map<PerformancePredicate, AxisLevel> DEFAULT_LEVELS = defaultLevels();
    private static final Map<PerformancePredicate, Double> DEFAULT_SCORES = defaultScores();
    private static final List<List<FollowUp>> DEFAULT_FOLLOW_UPS = defaultFollowUps();
    private static final Set<Cell> DEFAULT_SUCCESSION = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            BoxNumbering.asn().cell(7), BoxNumbering.asn().cell(8), BoxNumbering.asn().cell(9))));
    private static final double DEFAULT_NEAR_BOUNDARY = 0.8;

    private static final NineBoxConfig DEFAULTS = builder(DEFAULT_NAME, DEFAULT_VERSION).build();

    private final String name;
    private final String version;
    private final PredicateMatrix predicateMatrix;
    private final Map<PerformancePredicate, AxisLevel> predicateLevels;
    private final Map<PerformancePredicate, Double> predicateScores;
    private final AxisBands performanceBands;
    private final AxisBands potentialBands;
    private final PotentialWeights potentialWeights;
    private final TalentWeights talentWeights;
    private final PerformanceWeights performanceWeights;
    private final BoxNumbering numbering;
    /** Follow-ups indexed by {@link Cell#index()}. */
    private final List<List<FollowUp>> followUps;
    private final Set<Cell> successionCells;
    private final double nearBoundaryThreshold;
    private final String fingerprint;

    private NineBoxConfig(Builder b) {
        name = b.name;
        version = b.version;
        predicateMatrix = b.predicateMatrix;
        predicateLevels = Collections.unmodifiableMap(new EnumMap<>(b.predicateLevels));
        predicateScores = Collections.unmodifiableMap(new EnumMap<>(b.predicateScores));
        performanceBands = b.performanceBands;
        potentialBands = b.potentialBands;
        potentialWeights = b.potentialWeights;
        talentWeights = b.talentWeights;
        performanceWeights = b.performanceWeights;
        numbering = b.numbering;
        followUps = List.copyOf(b.followUps);
        List<Cell> pool = new ArrayList<>();
        for (Cell cell : Cell.all()) {
            if (b.successionCells.contains(cell)) {
                pool.add(cell);
            }
        }
        successionCells = Collections.unmodifiableSet(new LinkedHashSet<>(pool));
        nearBoundaryThreshold = b.nearBoundaryThreshold;
        fingerprint = Hashing.sha256Hex(canonicalForm().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns the default configuration, named {@value #DEFAULT_NAME}, version {@value #DEFAULT_VERSION}.
     *
     * @return the defaults listed in the class javadoc
     */
    public static NineBoxConfig defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a configuration from the defaults. A configuration that differs from the defaults should carry
     * its own name or version; the audit record also carries the {@link #fingerprint()}, so two different
     * configurations under one name can still be told apart.
     *
     * @param name the configuration name, not blank, e.g. {@code "pemkot-contoh"}
     * @param version the configuration version, not blank, e.g. {@code "2025.1"}
     * @return a builder holding the defaults
     * @throws IllegalArgumentException if name or version is blank
     */
    public static Builder builder(String name, String version) {
        return new Builder(name, version);
    }

    /**
     * Returns the configuration name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the configuration version.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * Returns the SHA-256 (lower-case hex) of a canonical text of every setting, including name and version.
     *
     * @return 64 hex digits
     */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Returns the SKP predicate matrix.
     *
     * @return the matrix
     */
    public PredicateMatrix predicateMatrix() {
        return predicateMatrix;
    }

    /**
     * Returns the performance level of a predicate.
     *
     * @param predicate the predicate
     * @return the level
     */
    public AxisLevel predicateLevel(PerformancePredicate predicate) {
        return predicateLevels.get(Objects.requireNonNull(predicate, "predicate"));
    }

    /**
     * Returns the 0–100 performance score of a predicate, used for the talent score.
     *
     * @param predicate the predicate
     * @return the score
     */
    public double predicateScore(PerformancePredicate predicate) {
        return predicateScores.get(Objects.requireNonNull(predicate, "predicate"));
    }

    /**
     * Returns the bands of a 0–100 performance score.
     *
     * @return the bands
     */
    public AxisBands performanceBands() {
        return performanceBands;
    }

    /**
     * Returns the bands of a 0–100 potential score.
     *
     * @return the bands
     */
    public AxisBands potentialBands() {
        return potentialBands;
    }

    /**
     * Returns the weights of the potential composition.
     *
     * @return the weights
     */
    public PotentialWeights potentialWeights() {
        return potentialWeights;
    }

    /**
     * Returns the weights of the talent score.
     *
     * @return the weights
     */
    public TalentWeights talentWeights() {
        return talentWeights;
    }

    /**
     * Returns the weights of the composed performance score (predicate and reinforcing score).
     *
     * @return the performance weights
     */
    public PerformanceWeights performanceWeights() {
        return performanceWeights;
    }

    /**
     * Returns the box numbering.
     *
     * @return the numbering
     */
    public BoxNumbering numbering() {
        return numbering;
    }

    /**
     * Returns the recommended follow-ups of a cell.
     *
     * @param cell the cell
     * @return an unmodifiable list, possibly empty
     */
    public List<FollowUp> followUps(Cell cell) {
        return followUps.get(Objects.requireNonNull(cell, "cell").index());
    }

    /**
     * Returns the cells whose people form the succession (talent) pool.
     *
     * @return an unmodifiable set in {@link Cell#all()} order
     */
    public Set<Cell> successionCells() {
        return successionCells;
    }

    /**
     * Returns the near-boundary threshold: a placement is flagged near a boundary when the probability of
     * its most probable box is below this value.
     *
     * @return the threshold, in (0, 1]
     */
    public double nearBoundaryThreshold() {
        return nearBoundaryThreshold;
    }

    private String canonicalForm() {
        StringBuilder sb = new StringBuilder("cact-ninebox.config/2\n");
        sb.append("name:").append(name.length()).append(':').append(name).append('\n');
        sb.append("version:").append(version.length()).append(':').append(version).append('\n');
        sb.append("matrix:").append(predicateMatrix).append('\n');
        for (PerformancePredicate p : PerformancePredicate.values()) {
            sb.append("predicate:").append(p).append(':').append(predicateLevels.get(p)).append(':')
                    .append(Double.toHexString(predicateScores.get(p))).append('\n');
        }
        sb.append("performanceBands:").append(Double.toHexString(performanceBands.middleFrom())).append(':')
                .append(Double.toHexString(performanceBands.highFrom())).append('\n');
        sb.append("potentialBands:").append(Double.toHexString(potentialBands.middleFrom())).append(':')
                .append(Double.toHexString(potentialBands.highFrom())).append('\n');
        sb.append("potentialWeights:").append(Double.toHexString(potentialWeights.competencyJpm())).append(':')
                .append(Double.toHexString(potentialWeights.potentialJpm())).append(':')
                .append(Double.toHexString(potentialWeights.qualification())).append(':')
                .append(Double.toHexString(potentialWeights.integrity())).append('\n');
        sb.append("talentWeights:").append(Double.toHexString(talentWeights.performance())).append(':')
                .append(Double.toHexString(talentWeights.potential())).append('\n');
        sb.append("performanceWeights:").append(Double.toHexString(performanceWeights.primary())).append(':')
                .append(Double.toHexString(performanceWeights.reinforcing())).append('\n');
        sb.append("numbering:").append(numbering.name().length()).append(':')
                .append(numbering.canonicalForm()).append('\n');
        for (Cell cell : Cell.all()) {
            sb.append("followUps:").append(cell.performance()).append(':').append(cell.potential()).append(':')
                    .append(followUps(cell)).append('\n');
        }
        sb.append("succession:").append(successionCells).append('\n');
        sb.append("nearBoundary:").append(Double.toHexString(nearBoundaryThreshold)).append('\n');
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NineBoxConfig other && fingerprint.equals(other.fingerprint);
    }

    @Override
    public int hashCode() {
        return fingerprint.hashCode();
    }

    @Override
    public String toString() {
        return "NineBoxConfig[" + name + " " + version + ", fingerprint " + fingerprint.substring(0, 12) + "]";
    }

    private static Map<PerformancePredicate, AxisLevel> defaultLevels() {
        Map<PerformancePredicate, AxisLevel> m = new EnumMap<>(PerformancePredicate.class);
        m.put(PerformancePredicate.SANGAT_BAIK, AxisLevel.HIGH);
        m.put(PerformancePredicate.BAIK, AxisLevel.MIDDLE);
        m.put(PerformancePredicate.BUTUH_PERBAIKAN, AxisLevel.LOW);
        m.put(PerformancePredicate.KURANG, AxisLevel.LOW);
        m.put(PerformancePredicate.SANGAT_KURANG, AxisLevel.LOW);
        return Collections.unmodifiableMap(m);
    }

    private static Map<PerformancePredicate, Double> defaultScores() {
        Map<PerformancePredicate, Double> m = new EnumMap<>(PerformancePredicate.class);
        m.put(PerformancePredicate.SANGAT_BAIK, 100.0);
        m.put(PerformancePredicate.BAIK, 80.0);
        m.put(PerformancePredicate.BUTUH_PERBAIKAN, 60.0);
        m.put(PerformancePredicate.KURANG, 40.0);
        m.put(PerformancePredicate.SANGAT_KURANG, 20.0);
        return Collections.unmodifiableMap(m);
    }

    private static List<List<FollowUp>> defaultFollowUps() {
        Map<Integer, List<FollowUp>> byBox = Map.of(
                9, List.of(FollowUp.DIPROMOSIKAN, FollowUp.DIPERTAHANKAN, FollowUp.SUKSESI_INSTANSI_NASIONAL,
                        FollowUp.PENGHARGAAN),
                8, List.of(FollowUp.DIPERTAHANKAN, FollowUp.SUKSESI_INSTANSI, FollowUp.ROTASI_PERLUASAN_JABATAN,
                        FollowUp.BIMBINGAN_KINERJA),
                7, List.of(FollowUp.DIPERTAHANKAN, FollowUp.SUKSESI_INSTANSI, FollowUp.ROTASI_PENGAYAAN_JABATAN,
                        FollowUp.PENGEMBANGAN_KOMPETENSI, FollowUp.TUGAS_BELAJAR),
                6, List.of(FollowUp.PENEMPATAN_SESUAI, FollowUp.BIMBINGAN_KINERJA, FollowUp.KONSELING_KINERJA),
                5, List.of(FollowUp.PENEMPATAN_SESUAI, FollowUp.BIMBINGAN_KINERJA, FollowUp.PENGEMBANGAN_KOMPETENSI),
                4, List.of(FollowUp.ROTASI, FollowUp.PENGEMBANGAN_KOMPETENSI),
                3, List.of(FollowUp.BIMBINGAN_KINERJA, FollowUp.KONSELING_KINERJA, FollowUp.PENGEMBANGAN_KOMPETENSI,
                        FollowUp.PENEMPATAN_SESUAI),
                2, List.of(FollowUp.BIMBINGAN_KINERJA, FollowUp.PENGEMBANGAN_KOMPETENSI, FollowUp.PENEMPATAN_SESUAI),
                1, List.of(FollowUp.DIPROSES_SESUAI_KETENTUAN));
        List<List<FollowUp>> byCell = new ArrayList<>(Collections.nCopies(9, List.<FollowUp>of()));
        for (int box = 1; box <= 9; box++) {
            byCell.set(BoxNumbering.asn().cell(box).index(), byBox.get(box));
        }
        return List.copyOf(byCell);
    }

    /**
     * Builds a {@link NineBoxConfig}; every setting starts at the default given in the
     * {@linkplain NineBoxConfig class javadoc}. Not thread-safe; {@link #build()} may be called repeatedly.
     */
    public static final class Builder {
        private final String name;
        private final String version;
        private PredicateMatrix predicateMatrix = PredicateMatrix.permenpanrb6of2022();
        private final Map<PerformancePredicate, AxisLevel> predicateLevels = new EnumMap<>(DEFAULT_LEVELS);
        private final Map<PerformancePredicate, Double> predicateScores = new EnumMap<>(DEFAULT_SCORES);
        private AxisBands performanceBands = AxisBands.standard();
        private AxisBands potentialBands = AxisBands.standard();
        private PotentialWeights potentialWeights = PotentialWeights.kepkaBkn411of2025();
        private TalentWeights talentWeights = TalentWeights.kepkaBkn411of2025();
        private PerformanceWeights performanceWeights = PerformanceWeights.kepkaBkn411of2025();
        private BoxNumbering numbering = BoxNumbering.asn();
        private final List<List<FollowUp>> followUps = new ArrayList<>(DEFAULT_FOLLOW_UPS);
        private Set<Cell> successionCells = DEFAULT_SUCCESSION;
        private double nearBoundaryThreshold = DEFAULT_NEAR_BOUNDARY;

        private Builder(String name, String version) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
            if (name.isBlank() || version.isBlank()) {
                throw new IllegalArgumentException("configuration name and version must not be blank, but are '"
                        + name + "' and '" + version + "'");
            }
            this.name = name;
            this.version = version;
        }

        /**
         * Sets the SKP predicate matrix. Default: PermenPANRB 6/2022.
         *
         * @param matrix the matrix
         * @return this builder
         */
        public Builder predicateMatrix(PredicateMatrix matrix) {
            this.predicateMatrix = Objects.requireNonNull(matrix, "matrix");
            return this;
        }

        /**
         * Sets the performance level of one predicate. Defaults in the class javadoc.
         *
         * @param predicate the predicate
         * @param level its level
         * @return this builder
         */
        public Builder predicateLevel(PerformancePredicate predicate, AxisLevel level) {
            predicateLevels.put(Objects.requireNonNull(predicate, "predicate"), Objects.requireNonNull(level, "level"));
            return this;
        }

        /**
         * Sets the 0–100 performance score of one predicate, used for the talent score. Defaults in the class
         * javadoc.
         *
         * @param predicate the predicate
         * @param score its score
         * @return this builder
         * @throws IllegalArgumentException if the score is outside [0, 100] or NaN
         */
        public Builder predicateScore(PerformancePredicate predicate, double score) {
            Objects.requireNonNull(predicate, "predicate");
            if (!(score >= 0 && score <= 100)) {
                throw new IllegalArgumentException("score of predicate " + predicate + " is " + score
                        + ", outside [0, 100]");
            }
            predicateScores.put(predicate, score + 0.0);
            return this;
        }

        /**
         * Sets the bands of a 0–100 performance score. Default: 61/81.
         *
         * @param bands the bands
         * @return this builder
         */
        public Builder performanceBands(AxisBands bands) {
            this.performanceBands = Objects.requireNonNull(bands, "bands");
            return this;
        }

        /**
         * Sets the bands of a 0–100 potential score. Default: 61/81.
         *
         * @param bands the bands
         * @return this builder
         */
        public Builder potentialBands(AxisBands bands) {
            this.potentialBands = Objects.requireNonNull(bands, "bands");
            return this;
        }

        /**
         * Sets the potential weights. Default: 0.40 / 0.25 / 0.20 / 0.15.
         *
         * @param weights the weights
         * @return this builder
         */
        public Builder potentialWeights(PotentialWeights weights) {
            this.potentialWeights = Objects.requireNonNull(weights, "weights");
            return this;
        }

        /**
         * Sets the talent weights. Default: 0.5 / 0.5.
         *
         * @param weights the weights
         * @return this builder
         */
        public Builder talentWeights(TalentWeights weights) {
            this.talentWeights = Objects.requireNonNull(weights, "weights");
            return this;
        }

        /**
         * Sets the weights of the composed performance score. Default: 0.6 / 0.4.
         *
         * @param weights the weights
         * @return this builder
         */
        public Builder performanceWeights(PerformanceWeights weights) {
            this.performanceWeights = Objects.requireNonNull(weights, "weights");
            return this;
        }

        /**
         * Sets the box numbering. Default: {@link BoxNumbering#asn()}.
         *
         * @param numbering the numbering
         * @return this builder
         */
        public Builder numbering(BoxNumbering numbering) {
            this.numbering = Objects.requireNonNull(numbering, "numbering");
            return this;
        }

        /**
         * Sets the recommended follow-ups of one cell. Default: PermenPANRB 3/2020
         * (docs/regulations.md#follow-ups).
         *
         * @param cell the cell
         * @param followUps the follow-ups in the order to report them, possibly empty, without duplicates
         * @return this builder
         * @throws IllegalArgumentException if a follow-up repeats
         */
        public Builder followUps(Cell cell, List<FollowUp> followUps) {
            Objects.requireNonNull(cell, "cell");
            List<FollowUp> copy = List.copyOf(followUps);
            if (new LinkedHashSet<>(copy).size() != copy.size()) {
                throw new IllegalArgumentException("follow-ups of " + cell + " repeat an entry: " + copy);
            }
            this.followUps.set(cell.index(), copy);
            return this;
        }

        /**
         * Sets the cells of the succession pool. Default: the cells of ASN boxes 7, 8 and 9.
         *
         * @param cells the cells, possibly empty
         * @return this builder
         */
        public Builder successionCells(Set<Cell> cells) {
            this.successionCells = Set.copyOf(cells);
            return this;
        }

        /**
         * Sets the near-boundary threshold. Default: 0.8.
         *
         * @param threshold the threshold, in (0, 1]
         * @return this builder
         * @throws IllegalArgumentException if the threshold is outside (0, 1] or NaN
         */
        public Builder nearBoundaryThreshold(double threshold) {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("near-boundary threshold is " + threshold + ", outside (0, 1]");
            }
            this.nearBoundaryThreshold = threshold;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         */
        public NineBoxConfig build() {
            return new NineBoxConfig(this);
        }
    }
}
