package io.github.cact.mirt.scoring;

import io.github.cact.competency.CompetencyAssessment;
import io.github.cact.competency.CompetencyEstimate;
import io.github.cact.competency.PersonProfile;
import io.github.cact.competency.PositionStandard;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.parallel.ParallelChunks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Competency profiles from a multidimensional bank whose factors are the framework's competencies: each
 * person's posterior in all D dimensions ({@link MirtScorer#posterior(int[])}) gives every competency its
 * EAP θ̂, posterior SD and marginal posterior, from which the assessment takes the level probabilities,
 * P(level ≥ standard), gaps and the point and probabilistic JPM. Immutable and thread-safe; the profiles
 * are the same whatever the parallelism.
 */
public final class MirtProfiler {

    private final MirtScorer scorer;
    private final CompetencyAssessment assessment;
    private final String[] codes;

    private MirtProfiler(MirtScorer scorer, CompetencyAssessment assessment, String[] codes) {
        this.scorer = scorer;
        this.assessment = assessment;
        this.codes = codes;
    }

    /**
     * A profiler.
     *
     * @param scorer the scorer of a bank with one factor per competency of the framework
     * @param assessment the framework, cut scores and JPM rule
     * @return the profiler
     * @throws IllegalArgumentException naming a factor that is not a competency of the framework, or a
     *     competency that is not a factor
     */
    public static MirtProfiler of(MirtScorer scorer, CompetencyAssessment assessment) {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(assessment, "assessment");
        List<String> factors = scorer.bank().factors();
        for (String factor : factors) {
            if (!assessment.framework().contains(factor)) {
                throw new IllegalArgumentException("factor '" + factor + "' of the bank is not a competency of "
                        + assessment.framework().name() + " " + assessment.framework().codes());
            }
        }
        for (String code : assessment.framework().codes()) {
            if (!factors.contains(code)) {
                throw new IllegalArgumentException("competency '" + code + "' is not a factor of the bank "
                        + factors);
            }
        }
        return new MirtProfiler(scorer, assessment, factors.toArray(new String[0]));
    }

    /**
     * Profiles everyone against their own position's standard.
     *
     * @param responses the responses; every column must be an item of the bank
     * @param standards one standard per examinee, in row order
     * @return one profile per examinee, in row order
     * @throws IllegalArgumentException naming an unknown column, a response above its item's maximum, or
     *     a count mismatch
     */
    public List<PersonProfile> profile(ResponseMatrix responses, List<PositionStandard> standards) {
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(standards, "standards");
        if (standards.size() != responses.examinees()) {
            throw new IllegalArgumentException(standards.size() + " standards for " + responses.examinees()
                    + " examinees; expected one per examinee");
        }
        int[] columns = scorer.columns(responses);
        int n = responses.examinees();
        PersonProfile[] profiles = new PersonProfile[n];
        ParallelChunks.of(null, scorer.options().parallelism()).forEach(n, scorer.options().chunkSize(),
                () -> scorer.new Workspace(), (ws, chunk, from, to) -> {
                    for (int e = from; e < to; e++) {
                        scorer.row(responses, columns, e, ws.responses);
                        scorer.posterior(ws.responses, ws);
                        profiles[e] = assessment.profile(responses.examineeId(e), estimates(ws), standards.get(e));
                    }
                });
        return List.of(profiles);
    }

    private Map<String, CompetencyEstimate> estimates(MirtScorer.Workspace ws) {
        int d = codes.length;
        Map<String, CompetencyEstimate> estimates = new LinkedHashMap<>();
        double[] nodes = new double[ws.weights.length];
        for (int f = 0; f < d; f++) {
            for (int j = 0; j < nodes.length; j++) {
                nodes[j] = ws.points[j * d + f];
            }
            double sd = Math.sqrt(ws.posteriorCovariance[f * d + f]);
            estimates.put(codes[f], CompetencyEstimate.withPosterior(ws.mean[f], sd, nodes, ws.weights));
        }
        return estimates;
    }

    /**
     * Profiles everyone against one standard.
     *
     * @param responses the responses; every column must be an item of the bank
     * @param standard the position's standard
     * @return one profile per examinee, in row order
     * @throws IllegalArgumentException as {@link #profile(ResponseMatrix, List)}
     */
    public List<PersonProfile> profile(ResponseMatrix responses, PositionStandard standard) {
        Objects.requireNonNull(standard, "standard");
        PositionStandard[] all = new PositionStandard[responses.examinees()];
        Arrays.fill(all, standard);
        return profile(responses, new ArrayList<>(Arrays.asList(all)));
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
        return "MirtProfiler[" + assessment.framework().name() + ", " + scorer + "]";
    }
}
