package io.github.cact.benchmarks;

import io.github.cact.cat.CatDesign;
import io.github.cact.cat.CatEngine;
import io.github.cact.cat.ClassificationStop;
import io.github.cact.cat.ExposureControl;
import io.github.cact.cat.SelectionRule;
import io.github.cact.cat.StoppingRule;
import io.github.cact.cat.exposure.SympsonHetter;
import io.github.cact.cat.simulation.DesignOutcome;
import io.github.cact.cat.simulation.DesignSummary;
import io.github.cact.cat.simulation.FixedForms;
import io.github.cact.cat.simulation.GpcmBanks;
import io.github.cact.cat.simulation.LevelRule;
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
 * every competency, an adaptive design against the 12-per-competency paper form (items spread over the
 * difficulty range) and the 12-per-competency form assembled at the cuts, answered by the same simulated
 * people (true θ N(0, 1), correlation 0.6), levels by the same rule for every design. Prints a Markdown
 * table, the accuracy differences with their standard errors, and whether each target is met.
 *
 * <p>The design of the targets (the defaults): information at the cut nearest θ̂, look-ahead classification
 * stopping with minimum gain {@value #MINIMUM_GAIN} ({@code stop=posterior}: at posterior confidence
 * {@value #CONFIDENCE}), {@value #MIN_ITEMS}..{@value #MAX_ITEMS} items per
 * competency, Sympson–Hetter exposure control derived for {@value #SYMPSON_HETTER_TARGET} from
 * {@value #DERIVATION_EXAMINEES} simulated people per round (at most {@value #DERIVATION_ROUNDS} rounds),
 * levels the most probable of the posterior.
 *
 * <pre>java -cp cact-benchmarks/target/benchmarks.jar io.github.cact.benchmarks.CatTargets [key=value]...
 *   examinees=10000 seed=1 select=cut|mfi stop=lookahead|posterior gain=0.0055 confidence=0.72 min=2 max=14
 *   level=probable|estimate
 *   rate=0.225 derivation=4000 rounds=15</pre>
 */
public final class CatTargets {

    /** The seed of the target bank. */
    static final long BANK_SEED = 2026;
    /** The θ cuts of levels 2..5 on every competency: cact's default cuts. */
    static final double[] CUTS = {-1.5, -0.5, 0.5, 1.5};
    /** The expected gain in the probability of a correct level an item must exceed to be given. */
    static final double MINIMUM_GAIN = 0.0055;
    /** With {@code stop=posterior}: the posterior probability a level needs before its competency stops. */
    static final double CONFIDENCE = 0.72;
    /** The fewest items per competency. */
    static final int MIN_ITEMS = 2;
    /** The most items per competency. */
    static final int MAX_ITEMS = 14;
    /** The exposure rate the Sympson–Hetter parameters are derived for, below the 0.25 wanted. */
    static final double SYMPSON_HETTER_TARGET = 0.225;
    /** The k of the randomesque control of the timing benchmark. */
    static final int RANDOMESQUE = 3;
    /** Items per competency of the fixed forms. */
    static final int FORM_ITEMS = 12;
    /** Examinees per round of the Sympson–Hetter derivation. */
    static final int DERIVATION_EXAMINEES = 4000;
    /** The most rounds of the Sympson–Hetter derivation. */
    static final int DERIVATION_ROUNDS = 15;

    private CatTargets() {
    }

    /**
     * The adaptive design of the targets with a given exposure control.
     *
     * @param bank the bank
     * @param cuts the cut scores of every competency
     * @param exposure the exposure control
     * @return the design
     */
    static CatDesign adaptiveDesign(ItemBank bank, List<CutScores> cuts, ExposureControl exposure) {
        return adaptiveDesign(bank, cuts, exposure, SelectionRule.cutInformation(),
                ClassificationStop.lookAhead(cuts, MINIMUM_GAIN), MIN_ITEMS, MAX_ITEMS);
    }

    private static CatDesign adaptiveDesign(ItemBank bank, List<CutScores> cuts, ExposureControl exposure,
            SelectionRule selection, ClassificationStop classification, int minItems, int maxItems) {
        return CatDesign.builder(bank).selection(selection).exposure(exposure)
                .stopping(StoppingRule.builder().itemsPerScale(minItems, maxItems).classification(classification)
                        .build())
                .build();
    }

    /**
     * Runs the measurement.
     *
     * @param args {@code key=value} settings, see the class comment; the defaults are the design of the targets
     */
    public static void main(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("expected key=value, got '" + arg + "'");
            }
            o.put(kv[0], kv[1]);
        }
        int examinees = Integer.parseInt(o.getOrDefault("examinees", "10000"));
        long seed = Long.parseLong(o.getOrDefault("seed", "1"));
        SelectionRule selection = switch (o.getOrDefault("select", "cut")) {
            case "cut" -> SelectionRule.cutInformation();
            case "mfi" -> SelectionRule.maximumInformation();
            default -> throw new IllegalArgumentException("select: cut or mfi");
        };
        String stop = o.getOrDefault("stop", "lookahead");
        double confidence = Double.parseDouble(o.getOrDefault("confidence", Double.toString(CONFIDENCE)));
        double gain = Double.parseDouble(o.getOrDefault("gain", Double.toString(MINIMUM_GAIN)));
        int minItems = Integer.parseInt(o.getOrDefault("min", Integer.toString(MIN_ITEMS)));
        int maxItems = Integer.parseInt(o.getOrDefault("max", Integer.toString(MAX_ITEMS)));
        LevelRule levelRule = o.getOrDefault("level", "probable").equals("estimate") ? LevelRule.ESTIMATE
                : LevelRule.MOST_PROBABLE;
        double rate = Double.parseDouble(o.getOrDefault("rate", Double.toString(SYMPSON_HETTER_TARGET)));
        int derivation = Integer.parseInt(o.getOrDefault("derivation", Integer.toString(DERIVATION_EXAMINEES)));
        int rounds = Integer.parseInt(o.getOrDefault("rounds", Integer.toString(DERIVATION_ROUNDS)));
        PrintStream out = System.out;
        ItemBank bank = GpcmBanks.nineCompetencies(BANK_SEED);
        List<CutScores> cuts = new ArrayList<>();
        Map<String, double[]> cutsByScale = new LinkedHashMap<>();
        for (String scale : bank.scales()) {
            cuts.add(CutScores.of(scale, CUTS));
            cutsByScale.put(scale, CUTS.clone());
        }
        ClassificationStop classification = switch (stop) {
            case "lookahead" -> ClassificationStop.lookAhead(cuts, gain);
            case "posterior" -> ClassificationStop.posterior(cuts, confidence);
            default -> throw new IllegalArgumentException("stop: lookahead or posterior");
        };
        long start = System.nanoTime();
        SympsonHetter.Result exposure = SympsonHetter.derive(adaptiveDesign(bank, cuts, ExposureControl.none(),
                selection, classification, minItems, maxItems), rate, derivation, rounds, seed + 1_000_003, true);
        out.printf(Locale.ROOT, "Sympson-Hetter for %.3f: %d rounds of %d, max exposure %.3f, converged %s (%.0f s);"
                + " largest rate by round %s%n", rate, exposure.rounds(), derivation, exposure.maxExposure(),
                exposure.converged(), (System.nanoTime() - start) / 1e9, exposure.maxExposureByRound());
        CatDesign design = adaptiveDesign(bank, cuts, exposure.control(), selection, classification, minItems,
                maxItems);
        CatEngine engine = CatEngine.of(design);
        Map<String, SimulationResult> results = new LinkedHashMap<>();
        results.put("paper form, 12 per competency spread over the difficulty range", Simulator.builder(design, cuts)
                .engine(engine).examinees(examinees, 0.6).seed(seed).levelRule(levelRule)
                .fixedForm(FixedForms.spread(bank, FORM_ITEMS)).build().run());
        results.put("form of 12 per competency assembled at the cuts", Simulator.builder(design, cuts).engine(engine)
                .examinees(examinees, 0.6).seed(seed).levelRule(levelRule)
                .fixedForm(FixedForms.atCuts(bank, FORM_ITEMS, cutsByScale)).build().run());
        SimulationResult first = results.values().iterator().next();
        DesignSummary adaptive = first.adaptive().summary();
        out.printf(Locale.ROOT, "%n%d examinees, seed %d, %d competencies x 40 GPCM items; %s, %s,"
                + " %d..%d items per competency, levels %s%n%n", examinees, seed, bank.scales().size(),
                o.getOrDefault("select", "cut"), stop.equals("lookahead") ? "look-ahead minimum gain " + gain
                        : "posterior confidence " + confidence, minItems, maxItems, levelRule);
        out.println("| Design | mean items | RMSE | level accuracy | lowest competency | max exposure | overlap |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        row(out, "adaptive", adaptive);
        for (Map.Entry<String, SimulationResult> e : results.entrySet()) {
            row(out, e.getKey(), e.getValue().fixed().summary());
        }
        out.println();
        for (Map.Entry<String, SimulationResult> e : results.entrySet()) {
            DesignSummary fixed = e.getValue().fixed().summary();
            double[] difference = pairedDifference(e.getValue().adaptive(), e.getValue().fixed());
            out.printf(Locale.ROOT, "against the %s: accuracy %+.4f (SE %.4f), items %.1f %% of the form's%n",
                    e.getKey(), difference[0], difference[1], 100 * adaptive.meanItems() / fixed.meanItems());
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

    /**
     * The difference of level accuracy between two designs answered by the same people, with its standard
     * error: per examinee d_n = (correct levels of a − correct levels of b) / scales, the mean of d_n and
     * sd(d_n)/√N (the examinee is the unit, so the dependence of one person's competencies is kept).
     */
    static double[] pairedDifference(DesignOutcome a, DesignOutcome b) {
        int people = a.examinees();
        int scales = a.scales().size();
        double sum = 0;
        double squares = 0;
        for (int n = 0; n < people; n++) {
            double d = 0;
            for (int s = 0; s < scales; s++) {
                int truth = a.trueLevel(n, s);
                d += (a.level(n, s) == truth ? 1 : 0) - (b.level(n, s) == truth ? 1 : 0);
            }
            d /= scales;
            sum += d;
            squares += d * d;
        }
        double mean = sum / people;
        double variance = (squares - people * mean * mean) / (people - 1);
        return new double[] {mean, Math.sqrt(variance / people)};
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
