package io.github.cact.benchmarks;

import io.github.cact.competency.CompetencyAssessment;
import io.github.cact.competency.CompetencyEstimate;
import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.CutScores;
import io.github.cact.competency.PositionStandard;
import io.github.cact.competency.StandardProfile;
import io.github.cact.ninebox.NineBox;
import io.github.cact.ninebox.NineBoxConfig;
import io.github.cact.ninebox.PersonInput;
import io.github.cact.ninebox.SkpRating;
import io.github.cact.ninebox.matching.Candidate;
import io.github.cact.ninebox.matching.JpmCategory;
import io.github.cact.ninebox.matching.MatchingProblem;
import io.github.cact.ninebox.matching.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The decision end of the pipeline at cohort scale: competency profiles with JPM for 10,000 people ×
 * 9 competencies (posterior level probabilities, expected JPM), nine-box placement of 100,000 people,
 * and the optimal assignment of 3,000 candidates to 500 positions. Time per batch. The baseline arm reads
 * every input once (input handling only).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecisionBenchmark {

    private static final int PROFILES = 10_000;
    private static final int PLACEMENTS = 100_000;
    private static final int CANDIDATES = 3_000;
    private static final int POSITIONS = 500;

    private CompetencyAssessment assessment;
    private PositionStandard standard;
    private List<Map<String, CompetencyEstimate>> estimates;
    private NineBox nineBox;
    private List<PersonInput> people;
    private List<Candidate> candidates;
    private List<Position> positions;
    private double[][] jpm;

    /** Builds the inputs from a fixed seed. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(5);
        CompetencyFramework framework = CompetencyFramework.permenPanRb38();
        List<CutScores> cuts = new ArrayList<>();
        for (String code : framework.codes()) {
            cuts.add(CutScores.of(code, -1.2, -0.4, 0.4, 1.2));
        }
        assessment = CompetencyAssessment.of(framework, cuts);
        standard = StandardProfile.common().standard(StandardProfile.ADMINISTRATOR);
        double[] nodes = new double[61];
        for (int q = 0; q < nodes.length; q++) {
            nodes[q] = -6 + 0.2 * q;
        }
        estimates = new ArrayList<>();
        for (int n = 0; n < PROFILES; n++) {
            Map<String, CompetencyEstimate> person = new LinkedHashMap<>();
            for (String code : framework.codes()) {
                double theta = random.nextGaussian();
                double se = 0.3 + 0.2 * random.nextDouble();
                double[] weights = new double[nodes.length];
                double total = 0;
                for (int q = 0; q < nodes.length; q++) {
                    double z = (nodes[q] - theta) / se;
                    weights[q] = Math.exp(-0.5 * z * z);
                    total += weights[q];
                }
                for (int q = 0; q < nodes.length; q++) {
                    weights[q] /= total;
                }
                person.put(code, CompetencyEstimate.withPosterior(theta, se, nodes, weights));
            }
            estimates.add(person);
        }
        nineBox = NineBox.of(NineBoxConfig.defaults());
        SkpRating[] ratings = SkpRating.values();
        people = new ArrayList<>();
        for (int n = 0; n < PLACEMENTS; n++) {
            people.add(PersonInput.builder("P" + n).unit("U" + (n % 40))
                    .skp(ratings[random.nextInt(3)], ratings[random.nextInt(3)])
                    .potentialComponents(50 + 50 * random.nextDouble(), 50 + 50 * random.nextDouble(),
                            100 * random.nextDouble(), 100 * random.nextDouble()).build());
        }
        candidates = new ArrayList<>();
        for (int c = 0; c < CANDIDATES; c++) {
            candidates.add(Candidate.of("C" + c, 100 * random.nextDouble(), 1 + random.nextInt(9)));
        }
        positions = new ArrayList<>();
        for (int p = 0; p < POSITIONS; p++) {
            positions.add(Position.builder("J" + p).minimumCategory(JpmCategory.MMS).build());
        }
        jpm = new double[CANDIDATES][POSITIONS];
        for (int c = 0; c < CANDIDATES; c++) {
            for (int p = 0; p < POSITIONS; p++) {
                jpm[c][p] = 50 + 60 * random.nextDouble();
            }
        }
    }

    /**
     * Input handling only: read every estimate, person and JPM cell the other arms use.
     *
     * @param sink consumes what was read
     */
    @Benchmark
    public void baseline(Blackhole sink) {
        double sum = 0;
        for (Map<String, CompetencyEstimate> person : estimates) {
            for (CompetencyEstimate estimate : person.values()) {
                sum += estimate.theta();
            }
        }
        for (PersonInput person : people) {
            sink.consume(person.id());
        }
        for (double[] row : jpm) {
            for (double value : row) {
                sum += value;
            }
        }
        sink.consume(sum);
    }

    /**
     * Profiles and JPM of 10,000 people on 9 competencies.
     *
     * @param sink consumes each profile
     */
    @Benchmark
    public void profiles(Blackhole sink) {
        for (int n = 0; n < PROFILES; n++) {
            sink.consume(assessment.profile("E" + n, estimates.get(n), standard));
        }
    }

    /**
     * Nine-box placement of 100,000 people with the cohort summary.
     *
     * @return the cohort
     */
    @Benchmark
    public Object placeAll() {
        return nineBox.placeAll(people);
    }

    /**
     * Optimal assignment of 3,000 candidates to 500 positions.
     *
     * @return the assignment
     */
    @Benchmark
    public Object assign() {
        return MatchingProblem.of(candidates, positions, jpm).assign();
    }
}
