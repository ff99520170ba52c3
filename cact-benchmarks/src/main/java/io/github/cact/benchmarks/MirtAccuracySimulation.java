package io.github.cact.benchmarks;

import io.github.cact.competency.CompetencyAssessment;
import io.github.cact.competency.CompetencyEstimate;
import io.github.cact.competency.CompetencyProfiler;
import io.github.cact.competency.PersonProfile;
import io.github.cact.competency.PositionStandard;
import io.github.cact.competency.StandardProfile;
import io.github.cact.mirt.scoring.MirtProfiler;
import io.github.cact.mirt.scoring.MirtScorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How much more often the levels and the JPM category are right when the nine competencies are scored
 * together (multidimensional EAP with the true correlations, {@link MirtProfiler}) than one by one
 * (unidimensional EAP per scale, {@link CompetencyProfiler}), on {@link OfficialsData} with the true item
 * parameters. A level is right when the estimated level (of the EAP θ̂) equals the level of the true θ;
 * the JPM category (MS / MMS / KMS) is right when the estimated profile's category against the official's
 * position standard (Pengawas, Administrator, JPT Pratama in turn; common levels 2, 3, 4) equals the
 * category of the true levels. Run: {@code java -cp
 * cact-benchmarks/target/benchmarks.jar io.github.cact.benchmarks.MirtAccuracySimulation [n] [r] [seed]}.
 */
public final class MirtAccuracySimulation {

    /** The standards the JPM category is taken against, in turn from one official to the next. */
    static final List<String> POSITIONS = List.of(StandardProfile.PENGAWAS, StandardProfile.ADMINISTRATOR,
            StandardProfile.JPT_PRATAMA);

    /**
     * The shares right under both scorings.
     *
     * @param separateLevels share of person × competency levels right, nine separate scales
     * @param multidimensionalLevels the same, multidimensional
     * @param separateJpm share of officials whose JPM category is right, nine separate scales
     * @param multidimensionalJpm the same, multidimensional
     */
    record Result(double separateLevels, double multidimensionalLevels, double separateJpm,
            double multidimensionalJpm) {
    }

    private MirtAccuracySimulation() {
    }

    /**
     * Runs the simulation.
     *
     * @param examinees simulated officials
     * @param correlation the correlation of every pair of competencies
     * @param seed the random seed
     * @return the shares right
     */
    static Result run(int examinees, double correlation, long seed) {
        OfficialsData data = new OfficialsData(examinees, correlation, seed);
        CompetencyAssessment assessment = CompetencyAssessment.of(data.framework, data.cuts);
        StandardProfile standards = StandardProfile.common(data.framework);
        CompetencyProfiler separate = CompetencyProfiler.of(data.bank, assessment);
        MirtProfiler together = MirtProfiler.of(MirtScorer.of(data.multidimensional), assessment);
        List<String> codes = data.framework.codes();
        int d = codes.size();
        long levelsSeparate = 0;
        long levelsTogether = 0;
        long jpmSeparate = 0;
        long jpmTogether = 0;
        List<PositionStandard> own = new ArrayList<>();
        for (int n = 0; n < examinees; n++) {
            own.add(standards.standard(POSITIONS.get(n % POSITIONS.size())));
        }
        List<PersonProfile> a = separate.profile(data.responses, own);
        List<PersonProfile> b = together.profile(data.responses, own);
        for (int n = 0; n < examinees; n++) {
            Map<String, CompetencyEstimate> truth = new LinkedHashMap<>();
            for (int f = 0; f < d; f++) {
                truth.put(codes.get(f), CompetencyEstimate.of(data.theta[n * d + f], 0));
            }
            PersonProfile t = assessment.profile(data.responses.examineeId(n), truth, own.get(n));
            jpmSeparate += a.get(n).jpm().filling() == t.jpm().filling() ? 1 : 0;
            jpmTogether += b.get(n).jpm().filling() == t.jpm().filling() ? 1 : 0;
            for (String code : codes) {
                int level = t.competency(code).level();
                levelsSeparate += a.get(n).competency(code).level() == level ? 1 : 0;
                levelsTogether += b.get(n).competency(code).level() == level ? 1 : 0;
            }
        }
        double cells = (double) examinees * d;
        double decisions = examinees;
        return new Result(levelsSeparate / cells, levelsTogether / cells, jpmSeparate / decisions,
                jpmTogether / decisions);
    }

    /**
     * Prints the shares.
     *
     * @param args optional: officials (default 5,000), correlation (0.7), seed (2025)
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        double r = args.length > 1 ? Double.parseDouble(args[1]) : 0.7;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2025;
        long start = System.nanoTime();
        Result result = run(n, r, seed);
        System.out.printf(Locale.ROOT, "%d simulated officials, competency correlations %.2f, seed %d (%.1f s)%n", n, r,
                seed, (System.nanoTime() - start) / 1e9);
        System.out.printf(Locale.ROOT, "levels right:        separate %.1f %%, multidimensional %.1f %% (%+.1f points)%n",
                100 * result.separateLevels(), 100 * result.multidimensionalLevels(),
                100 * (result.multidimensionalLevels() - result.separateLevels()));
        System.out.printf(Locale.ROOT, "JPM category right:  separate %.1f %%, multidimensional %.1f %% (%+.1f points)%n",
                100 * result.separateJpm(), 100 * result.multidimensionalJpm(),
                100 * (result.multidimensionalJpm() - result.separateJpm()));
    }
}
