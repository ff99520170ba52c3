package io.github.cact.competency;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.scoring.LevelScores;
import io.github.cact.scoring.Quadrature;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.ScoringMethod;
import io.github.cact.scoring.ScoringOptions;
import io.github.cact.scoring.Scores;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * From responses to competency profiles: each competency is scored on its own scale (the items whose
 * {@code scale} is its code) by EAP, and its posterior on the grid gives the probability of each level (P(level
 * k | x) = Σ of the posterior weights between cuts k−1 and k;
 * docs/conventions.md#level-probabilities-from-the-posterior); the assessment turns these into levels, P(level
 * ≥ standard), gaps and the point and probabilistic JPM.
 *
 * <p>Each competency is scored for the whole batch at once, on the scorer's batch path, in one pass over
 * each examinee's posterior that gives θ̂, SE and the level probabilities ({@link Scorer#scoreLevels}, on
 * the competency's columns): the profiles are bit-identical to those built one examinee at a time
 * from each {@link Scorer#posterior(ResponseMatrix, int)} through
 * {@link CompetencyEstimate#withPosterior} and {@link CompetencyAssessment#profile}.
 *
 * <p>Built once from a bank and an assessment; immutable and thread-safe.
 */
public final class CompetencyProfiler {

    private final CompetencyAssessment assessment;
    private final ItemBank bank;
    private final Map<String, List<String>> itemsByCompetency;
    private final Map<String, Scorer> scorers;
    /** The competency (its position in {@link #scorers}) of each item of the bank, by bank position. */
    private final int[] competencyOf;

    private CompetencyProfiler(CompetencyAssessment assessment, ItemBank bank,
            Map<String, List<String>> itemsByCompetency, Map<String, Scorer> scorers) {
        this.assessment = assessment;
        this.bank = bank;
        this.itemsByCompetency = itemsByCompetency;
        this.scorers = scorers;
        this.competencyOf = new int[bank.size()];
        int c = 0;
        for (List<String> items : itemsByCompetency.values()) {
            for (String id : items) {
                competencyOf[bank.indexOf(id)] = c;
            }
            c++;
        }
    }

    /**
     * A profiler on the scoring default grid (121 nodes on [−6, 6], N(0, 1)).
     *
     * @param bank the items, each naming its competency in {@code scale}
     * @param assessment the framework, cut scores and JPM rule
     * @return the profiler
     * @throws IllegalArgumentException naming an item without or with an unknown competency, or a
     *     competency without items
     */
    public static CompetencyProfiler of(ItemBank bank, CompetencyAssessment assessment) {
        return of(bank, assessment, Quadrature.scoringDefault());
    }

    /**
     * A profiler on a given grid and prior.
     *
     * @param bank the items, each naming its competency in {@code scale}
     * @param assessment the framework, cut scores and JPM rule
     * @param grid the quadrature grid and normal prior of the EAP
     * @return the profiler
     * @throws IllegalArgumentException naming an item without or with an unknown competency, or a
     *     competency without items
     */
    public static CompetencyProfiler of(ItemBank bank, CompetencyAssessment assessment, Quadrature grid) {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(grid, "grid");
        Map<String, List<String>> items = assessment.framework().itemsByCompetency(bank);
        ScoringOptions options = ScoringOptions.builder().method(ScoringMethod.EAP).quadrature(grid).build();
        Map<String, Scorer> scorers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : items.entrySet()) {
            scorers.put(entry.getKey(), Scorer.of(bank.select(entry.getValue()), options));
        }
        return new CompetencyProfiler(assessment, bank, items, scorers);
    }

    /**
     * Profiles everyone against one position's standard.
     *
     * @param responses the responses; every column must be an item of the bank
     * @param standard the position's standard
     * @return one profile per examinee, in row order, each under the row's examinee id
     * @throws IllegalArgumentException naming an unknown column, a competency with no column in the
     *     responses, or a response above its item's maximum
     */
    public List<PersonProfile> profile(ResponseMatrix responses, PositionStandard standard) {
        Objects.requireNonNull(standard, "standard");
        List<PositionStandard> standards = new ArrayList<>(responses.examinees());
        for (int n = 0; n < responses.examinees(); n++) {
            standards.add(standard);
        }
        return profile(responses, standards);
    }

    /**
     * Profiles everyone against their own position's standard.
     *
     * @param responses the responses; every column must be an item of the bank
     * @param standards one standard per examinee, in row order
     * @return one profile per examinee, in row order, each under the row's examinee id
     * @throws IllegalArgumentException naming an unknown column, a competency with no column in the
     *     responses, a response above its item's maximum, or a count mismatch
     */
    public List<PersonProfile> profile(ResponseMatrix responses, List<PositionStandard> standards) {
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(standards, "standards");
        if (standards.size() != responses.examinees()) {
            throw new IllegalArgumentException(standards.size() + " standards for " + responses.examinees()
                    + " examinees; expected one per examinee");
        }
        List<String> codes = new ArrayList<>(scorers.keySet());
        boolean[] answered = new boolean[codes.size()];
        for (String column : responses.itemIds()) {
            int item = bank.indexOf(column);
            if (item < 0) {
                throw new IllegalArgumentException("response column '" + column + "' is not an item of the bank");
            }
            answered[competencyOf[item]] = true;
        }
        for (PositionStandard standard : standards) {
            assessment.checkFramework(standard);
        }
        int competencies = codes.size();
        int examinees = responses.examinees();
        LevelScores[] scored = new LevelScores[competencies];
        for (int c = 0; c < competencies; c++) {
            String code = codes.get(c);
            if (!answered[c]) {
                throw new IllegalArgumentException("the responses have no item of competency '" + code
                        + "'; its items are " + itemsByCompetency.get(code));
            }
            scored[c] = scorers.get(code).scoreLevels(responses, bank, assessment.cutScores(code).cuts());
        }
        List<PersonProfile> profiles = new ArrayList<>(examinees);
        double[] personTheta = new double[competencies];
        double[] personSe = new double[competencies];
        LevelDistribution[] personLevels = new LevelDistribution[competencies];
        for (int n = 0; n < examinees; n++) {
            for (int k = 0; k < competencies; k++) {
                Scores scores = scored[k].scores();
                personTheta[k] = scores.theta(n);
                personSe[k] = scores.se(n);
                personLevels[k] = LevelDistribution.wrap(scored[k].probabilities(n));
            }
            profiles.add(assessment.profile(responses.examineeId(n), personTheta, personSe, personLevels,
                    standards.get(n)));
        }
        return profiles;
    }

    /**
     * Returns the assessment.
     *
     * @return the framework, cut scores and JPM rule
     */
    public CompetencyAssessment assessment() {
        return assessment;
    }

    @Override
    public String toString() {
        return "CompetencyProfiler[" + assessment.framework().name() + ", " + bank.size() + " items]";
    }
}
