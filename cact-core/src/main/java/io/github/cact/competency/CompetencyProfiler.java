package io.github.cact.competency;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.scoring.Quadrature;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.ScoringMethod;
import io.github.cact.scoring.ScoringOptions;
import io.github.cact.scoring.Scores;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Each competency is scored for the whole batch at once, on the scorer's batch path
 * ({@link Scorer#score(ResponseMatrix)} and {@link Scorer#levelProbabilities(ResponseMatrix, double...)}
 * on the competency's columns): the profiles are bit-identical to those built one examinee at a time
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

    private CompetencyProfiler(CompetencyAssessment assessment, ItemBank bank,
            Map<String, List<String>> itemsByCompetency, Map<String, Scorer> scorers) {
        this.assessment = assessment;
        this.bank = bank;
        this.itemsByCompetency = itemsByCompetency;
        this.scorers = scorers;
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
        for (String column : responses.itemIds()) {
            if (bank.indexOf(column) < 0) {
                throw new IllegalArgumentException("response column '" + column + "' is not an item of the bank");
            }
        }
        for (PositionStandard standard : standards) {
            assessment.checkFramework(standard);
        }
        int competencies = itemsByCompetency.size();
        int examinees = responses.examinees();
        double[][] theta = new double[competencies][];
        double[][] se = new double[competencies][];
        double[][] levels = new double[competencies][];
        double[][] mass = new double[competencies][];
        int c = 0;
        for (Map.Entry<String, List<String>> entry : itemsByCompetency.entrySet()) {
            List<String> present = new ArrayList<>();
            for (String id : entry.getValue()) {
                if (responses.itemIndex(id) >= 0) {
                    present.add(id);
                }
            }
            if (present.isEmpty()) {
                throw new IllegalArgumentException("the responses have no item of competency '" + entry.getKey()
                        + "'; its items are " + entry.getValue());
            }
            ResponseMatrix own = responses.selectItems(present);
            Scorer scorer = scorers.get(entry.getKey());
            Scores scores = scorer.score(own);
            theta[c] = scores.thetas();
            se[c] = scores.standardErrors();
            levels[c] = scorer.levelProbabilities(own, assessment.cutScores(entry.getKey()).cuts());
            // Σ_q w_q of the normalised posterior (1 up to rounding), by which the level probabilities are
            // divided as CutScores.levelProbabilities divides them: the same bits as one examinee's path
            mass[c] = scorer.levelProbabilities(own);
            c++;
        }
        List<PersonProfile> profiles = new ArrayList<>(examinees);
        double[] personTheta = new double[competencies];
        double[] personSe = new double[competencies];
        LevelDistribution[] personLevels = new LevelDistribution[competencies];
        for (int n = 0; n < examinees; n++) {
            for (int k = 0; k < competencies; k++) {
                personTheta[k] = theta[k][n];
                personSe[k] = se[k][n];
                double[] p = Arrays.copyOfRange(levels[k], n * Levels.COUNT, (n + 1) * Levels.COUNT);
                for (int level = 0; level < p.length; level++) {
                    p[level] /= mass[k][n];
                }
                personLevels[k] = LevelDistribution.wrap(p);
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
