package io.github.cact.personfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.scoring.AbilityEstimate;
import io.github.cact.scoring.ScoreStatus;
import io.github.cact.scoring.ScoringMethod;
import io.github.cact.scoring.ScoringOptions;
import io.github.cact.simulation.ResponseSimulator;
import io.github.cact.simulation.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sampling behaviour the statistics are built for, on data simulated from the model (fixed seeds):
 * l<sub>z</sub> is standard normal at the true θ; at an estimated θ its variance shrinks below 1 and
 * Snijders' l<sub>z</sub>* restores it; the flag rate on model data is near the nominal 5 %; random
 * responders are flagged.
 */
class PersonFitSimulationTest {

    private static final int EXAMINEES = 3000;

    private static double[] moments(List<Double> values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.size();
        double variance = 0;
        for (double v : values) {
            variance += (v - mean) * (v - mean);
        }
        return new double[] {mean, variance / (values.size() - 1)};
    }

    private static int[] row(ResponseMatrix responses, int n) {
        int[] x = new int[responses.items()];
        for (int i = 0; i < x.length; i++) {
            x[i] = responses.response(n, i);
        }
        return x;
    }

    @Test
    void lzIsStandardNormalAtTheTrueTheta() {
        for (ModelType type : new ModelType[] {ModelType.TWO_PL, ModelType.GRM, ModelType.GPCM}) {
            ItemBank bank = ResponseSimulator.randomBank(type, 30, 4, 11);
            Simulation simulation = ResponseSimulator.of(bank, 12).simulate(EXAMINEES);
            PersonFit fit = PersonFit.of(bank);
            List<Double> lz = new ArrayList<>();
            for (int n = 0; n < EXAMINEES; n++) {
                PersonFitResult result = fit.fit(row(simulation.responses(), n),
                        new AbilityEstimate(simulation.trueTheta(n), 1, ScoreStatus.OK));
                if (result.flag().hasStatistics()) {
                    lz.add(result.lz().getAsDouble());
                }
            }
            assertTrue(lz.size() > EXAMINEES * 0.99, type + ": " + lz.size());
            double[] m = moments(lz);
            // the SE of a mean of 3000 standard normals is 0.018, of their variance 0.026
            assertEquals(0, m[0], 0.06, type + " mean of lz");
            assertEquals(1, m[1], 0.09, type + " variance of lz");
        }
    }

    @Test
    void lzStarIsNearerStandardNormalThanLzAtTheEstimatedTheta() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, 20, 2, 21);
        ResponseMatrix responses = ResponseSimulator.of(bank, 22).simulate(EXAMINEES).responses();
        for (ScoringMethod method : new ScoringMethod[] {ScoringMethod.ML, ScoringMethod.WLE, ScoringMethod.MAP,
                ScoringMethod.EAP}) {
            PersonFitResults results = PersonFit.of(bank, ScoringOptions.of(method), PersonFitOptions.defaults())
                    .fit(responses);
            List<Double> lz = new ArrayList<>();
            List<Double> lzStar = new ArrayList<>();
            for (PersonFitResult result : results.results()) {
                if (result.flag().hasStatistics()) {
                    lz.add(result.lz().getAsDouble());
                    lzStar.add(result.lzStar().getAsDouble());
                }
            }
            double[] plain = moments(lz);
            double[] corrected = moments(lzStar);
            String where = method + ": lz " + plain[0] + ", " + plain[1] + "; lz* " + corrected[0] + ", " + corrected[1];
            assertTrue(plain[1] < 0.9, where);
            assertTrue(Math.abs(corrected[1] - 1) < Math.abs(plain[1] - 1), where);
            assertTrue(Math.abs(corrected[1] - 1) < 0.15, where);
            assertTrue(Math.abs(corrected[0]) < 0.15, where);
        }
    }

    @Test
    void aboutOneInTwentyModelConformingPatternsIsFlagged() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, 40, 2, 31);
        ResponseMatrix responses = ResponseSimulator.of(bank, 32).simulate(EXAMINEES).responses();
        for (ScoringMethod method : new ScoringMethod[] {ScoringMethod.ML, ScoringMethod.WLE, ScoringMethod.EAP}) {
            PersonFitResults results = PersonFit.of(bank, ScoringOptions.of(method), PersonFitOptions.defaults())
                    .fit(responses);
            int computed = results.count(PersonFitFlag.FITS) + results.count(PersonFitFlag.MISFIT);
            double rate = (double) results.count(PersonFitFlag.MISFIT) / computed;
            assertTrue(rate > 0.025 && rate < 0.085, method + ": flag rate " + rate);
        }
    }

    @Test
    void randomRespondersAreFlagged() {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, 40, 2, 41);
        ResponseMatrix model = ResponseSimulator.of(bank, 42).simulate(200).responses();
        SplittableRandom random = new SplittableRandom(43);
        ResponseMatrix.Builder builder = ResponseMatrix.builder(bank.ids());
        for (int n = 0; n < 200; n++) {
            builder.add("M" + n, row(model, n));
        }
        for (int n = 0; n < 200; n++) {
            int[] guesses = new int[bank.size()];
            for (int i = 0; i < guesses.length; i++) {
                guesses[i] = random.nextInt(2);
            }
            builder.add("R" + n, guesses);
        }
        PersonFitResults results = PersonFit.of(bank).fit(builder.build());
        int flaggedModel = 0;
        int flaggedRandom = 0;
        for (int n = 0; n < 400; n++) {
            if (results.result(n).misfit()) {
                if (n < 200) {
                    flaggedModel++;
                } else {
                    flaggedRandom++;
                }
            }
        }
        assertTrue(flaggedRandom > 100, "random responders flagged: " + flaggedRandom + " of 200");
        assertTrue(flaggedModel < 25, "model-conforming flagged: " + flaggedModel + " of 200");
    }
}
