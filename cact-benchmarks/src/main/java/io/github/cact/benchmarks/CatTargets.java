package io.github.cact.benchmarks;

import io.github.cact.cat.CatDesign;
import io.github.cact.cat.CatEngine;
import io.github.cact.cat.ClassificationStop;
import io.github.cact.cat.ExposureControl;
import io.github.cact.cat.StoppingRule;
import io.github.cact.cat.exposure.SympsonHetter;
import io.github.cact.cat.simulation.DesignSummary;
import io.github.cact.cat.simulation.FixedForms;
import io.github.cact.cat.simulation.GpcmBanks;
import io.github.cact.cat.simulation.SimulationResult;
import io.github.cact.cat.simulation.Simulator;
import io.github.cact.competency.CutScores;
import io.github.cact.irt.ItemBank;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The adaptive-testing targets, measured: on the 9 × 40 GPCM bank with the cuts −1.5, −0.5, 0.5, 1.5 on
 * every competency, the adaptive design below (maximum information, Sympson–Hetter exposure control derived
 * for {@value #SYMPSON_HETTER_TARGET} from {@value #DERIVATION_EXAMINEES} simulated people per round, classification
 * stopping at posterior confidence {@value #CONFIDENCE}, {@value #MIN_ITEMS}..{@value #MAX_ITEMS} items per
 * competency) against the 12-per-competency paper form
 * (items spread over the difficulty range) and the 12-per-competency form assembled at the cuts, answered
 * by the same simulated people (true θ N(0, 1), correlation 0.6). Prints a Markdown table and whether each
 * target is met.
 *
 * <pre>java -cp cact-benchmarks/target/benchmarks.jar io.github.cact.benchmarks.CatTargets [examinees] [seed]
 *     [confidence min-items max-items]</pre>
 */
public final class CatTargets {

    /** The seed of the target bank. */
    static final long BANK_SEED = 2026;
    /** The θ cuts of levels 2..5 on every competency: cact's default cuts. */
    static final double[] CUTS = {-1.5, -0.5, 0.5, 1.5};
    /** The posterior probability a level needs before its competency stops. */
    static final double CONFIDENCE = 0.72;
    /** The fewest items per competency. */
    static final int MIN_ITEMS = 2;
    /** The most items per competency. */
    static final int MAX_ITEMS = 12;
    /** The exposure rate the Sympson–Hetter parameters are derived for, below the 0.25 wanted. */
    static final double SYMPSON_HETTER_TARGET = 0.2;
    /** The k of the randomesque control of the timing benchmark. */
    static final int RANDOMESQUE = 3;
    /** Items per competency of the fixed forms. */
    static final int FORM_ITEMS = 12;

    private CatTargets() {
    }

    /** Examinees per round of the Sympson–Hetter derivation. */
    static final int DERIVATION_EXAMINEES = 1000;
    /** The most rounds of the Sympson–Hetter derivation. */
    static final int DERIVATION_ROUNDS = 30;

    /**
     * The adaptive design of the targets with a given exposure control.
     *
     * @param bank the bank
     * @param cuts the cut scores of every competency
     * @param exposure the exposure control
     * @return the design
     */
    static CatDesign adaptiveDesign(ItemBank bank, List<CutScores> cuts, ExposureControl exposure) {
        return adaptiveDesign(bank, cuts, exposure, CONFIDENCE, MIN_ITEMS, MAX_ITEMS);
    }

    private static CatDesign adaptiveDesign(ItemBank bank, List<CutScores> cuts, ExposureControl exposure,
            double confidence, int minItems, int maxItems) {
        return CatDesign.builder(bank).exposure(exposure)
                .stopping(StoppingRule.builder().itemsPerScale(minItems, maxItems)
                        .classification(ClassificationStop.posterior(cuts, confidence)).build())
                .build();
    }

    /**
     * Runs the measurement.
     *
     * @param args optional: the number of examinees (default 3,000), the seed (default 1), and the
     *     confidence, minimum and maximum items per competency of the design (default the constants)
     */
    public static void main(String[] args) {
        int examinees = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        double confidence = args.length > 4 ? Double.parseDouble(args[2]) : CONFIDENCE;
        int minItems = args.length > 4 ? Integer.parseInt(args[3]) : MIN_ITEMS;
        int maxItems = args.length > 4 ? Integer.parseInt(args[4]) : MAX_ITEMS;
        PrintStream out = System.out;
        ItemBank bank = GpcmBanks.nineCompetencies(BANK_SEED);
        List<CutScores> cuts = new ArrayList<>();
        Map<String, double[]> cutsByScale = new LinkedHashMap<>();
        for (String scale : bank.scales()) {
            cuts.add(CutScores.of(scale, CUTS));
            cutsByScale.put(scale, CUTS.clone());
        }
        long start = System.nanoTime();
        SympsonHetter.Result exposure = SympsonHetter.derive(adaptiveDesign(bank, cuts, ExposureControl.none(),
                confidence, minItems, maxItems), SYMPSON_HETTER_TARGET, DERIVATION_EXAMINEES, DERIVATION_ROUNDS, seed);
        out.printf(Locale.ROOT, "Sympson-Hetter: %d rounds, max exposure %.3f, converged %s (%.0f s)%n",
                exposure.rounds(), exposure.maxExposure(), exposure.converged(), (System.nanoTime() - start) / 1e9);
        CatDesign design = adaptiveDesign(bank, cuts, exposure.control(), confidence, minItems, maxItems);
        CatEngine engine = CatEngine.of(design);
        Map<String, SimulationResult> results = new LinkedHashMap<>();
        results.put("paper form, 12 per competency spread over the difficulty range", Simulator.builder(design, cuts)
                .engine(engine).examinees(examinees, 0.6).seed(seed).fixedForm(FixedForms.spread(bank, FORM_ITEMS))
                .build().run());
        results.put("form of 12 per competency assembled at the cuts", Simulator.builder(design, cuts).engine(engine)
                .examinees(examinees, 0.6).seed(seed).fixedForm(FixedForms.atCuts(bank, FORM_ITEMS, cutsByScale))
                .build().run());
        SimulationResult first = results.values().iterator().next();
        DesignSummary adaptive = first.adaptive().summary();
        out.printf(Locale.ROOT, "%n%d examinees, seed %d, %d competencies x 40 GPCM items; confidence %.2f, %d..%d"
                + " items per competency%n%n", examinees, seed, bank.scales().size(), confidence, minItems, maxItems);
        out.println("| Design | mean items | RMSE | level accuracy | lowest competency accuracy | max exposure | overlap |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        row(out, "adaptive", adaptive);
        for (Map.Entry<String, SimulationResult> e : results.entrySet()) {
            row(out, e.getKey(), e.getValue().fixed().summary());
        }
        out.println();
        for (Map.Entry<String, SimulationResult> e : results.entrySet()) {
            DesignSummary fixed = e.getValue().fixed().summary();
            double difference = adaptive.overall().classificationAccuracy() - fixed.overall().classificationAccuracy();
            int pairs = examinees * bank.scales().size();
            // the SE of a difference of two accuracies over the same pairs, taken as independent (conservative)
            double se = Math.sqrt(2 * fixed.overall().classificationAccuracy()
                    * (1 - fixed.overall().classificationAccuracy()) / pairs);
            out.printf(Locale.ROOT, "against the %s: accuracy %+.4f (SE about %.4f), items %.1f %% of the form's%n",
                    e.getKey(), difference, se, 100 * adaptive.meanItems() / fixed.meanItems());
            out.print("  per competency (adaptive - form):");
            for (String scale : bank.scales()) {
                out.printf(Locale.ROOT, " %s %+.3f", scale, adaptive.perScale().get(scale).classificationAccuracy()
                        - fixed.perScale().get(scale).classificationAccuracy());
            }
            out.println();
        }
        DesignSummary paper = first.fixed().summary();
        out.printf(Locale.ROOT, "%ntarget: accuracy of the paper form (%.4f <= %.4f): %s; at most half its items"
                + " (%.1f <= %.1f): %s; max exposure <= 0.25 (%.3f): %s%n",
                paper.overall().classificationAccuracy(), adaptive.overall().classificationAccuracy(),
                adaptive.overall().classificationAccuracy() >= paper.overall().classificationAccuracy() ? "met" : "NOT met",
                adaptive.meanItems(), paper.meanItems() / 2, adaptive.meanItems() <= paper.meanItems() / 2 ? "met" : "NOT met",
                adaptive.maxExposure(), adaptive.maxExposure() <= 0.25 ? "met" : "NOT met");
        out.printf(Locale.ROOT, "total %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static void row(PrintStream out, String name, DesignSummary s) {
        double lowest = 1;
        for (DesignSummary.ScaleStatistics scale : s.perScale().values()) {
            lowest = Math.min(lowest, scale.classificationAccuracy());
        }
        out.printf(Locale.ROOT, "| %s | %.1f | %.3f | %.4f | %.4f | %.3f | %.3f |%n", name, s.meanItems(),
                s.overall().rmse(), s.overall().classificationAccuracy(), lowest, s.maxExposure(), s.overlapRate());
    }
}
