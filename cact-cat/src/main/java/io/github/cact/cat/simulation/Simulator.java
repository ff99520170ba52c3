package io.github.cact.cat.simulation;

import io.github.cact.cat.CatDesign;
import io.github.cact.cat.CatEngine;
import io.github.cact.cat.CatResult;
import io.github.cact.cat.CatSession;
import io.github.cact.cat.Response;
import io.github.cact.cat.ScaleResult;
import io.github.cact.cat.Step;
import io.github.cact.cat.internal.InverseTransform;
import io.github.cact.competency.CutScores;
import io.github.cact.competency.LevelDistribution;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.scoring.AbilityEstimate;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.ScoringMethod;
import io.github.cact.scoring.ScoringOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Runs simulated examinees through an adaptive design and through a fixed form, for comparing the two
 * (docs/cat-simulation.md). Each examinee has true abilities on the design's scales (drawn N(0, Σ) with a
 * common correlation, or given), takes the adaptive test (every answer drawn from the item's category
 * probabilities at the true θ of its scale) and, independently, answers every item of the fixed form;
 * the fixed form is scored scale by scale by EAP on the design's grid and prior, as the adaptive test
 * estimates. Levels come from the given cut scores (the adaptive test's own level where its
 * classification rule decided one).
 *
 * <p>Examinees run in parallel on the calling thread and the executor (default: the common fork-join
 * pool); examinee n draws from streams seeded by the master seed and n only, so the result is the same
 * whatever the parallelism. Immutable and thread-safe; {@link #run()} may be called any number of times.
 */
public final class Simulator {

    /** The stop reason written for the fixed form. */
    public static final String FIXED_FORM = "FIXED_FORM";

    private final CatDesign design;
    private final CatEngine engine;
    private final Map<String, CutScores> cuts;
    private final Map<String, Integer> standard;
    private final List<String> fixedForm;
    private final List<String> ids;
    private final double[][] thetas;
    private final int examinees;
    private final double correlation;
    private final long seed;
    private final Executor executor;
    private final int parallelism;
    private final LevelRule levelRule;
    private final PosteriorLevels posterior;

    private Simulator(Builder b) {
        this.design = b.design;
        this.engine = b.engine != null ? b.engine : CatEngine.of(b.design);
        this.cuts = b.cuts;
        this.standard = b.standard;
        this.fixedForm = b.fixedForm;
        this.ids = b.ids;
        this.thetas = b.thetas;
        this.examinees = b.thetas != null ? b.thetas.length : b.examinees;
        this.correlation = b.correlation;
        this.seed = b.seed;
        this.executor = b.executor;
        this.parallelism = b.parallelism;
        this.levelRule = b.levelRule;
        this.posterior = new PosteriorLevels(b.design.quadrature());
    }

    /**
     * Starts a simulation of a design, with the cut scores that define the levels.
     *
     * @param design the adaptive design
     * @param cuts the cut scores of every scale of the design (keyed by {@link CutScores#competency()})
     * @return a builder
     * @throws IllegalArgumentException if a scale has no cut scores, or one twice
     */
    public static Builder builder(CatDesign design, Collection<CutScores> cuts) {
        return new Builder(design, cuts);
    }

    /**
     * Runs the simulation.
     *
     * @return the examinees' outcomes under both designs
     */
    public SimulationResult run() {
        List<String> scales = design.scales();
        int count = scales.size();
        double[][] truth = thetas != null ? thetas : TrueAbilities.correlatedNormal(examinees, count, correlation, seed);
        ItemBank bank = design.bank();
        FixedScoring fixed = new FixedScoring(bank, scales, fixedForm, design);
        Arm adaptiveArm = new Arm(examinees, count, bank.size());
        Arm fixedArm = new Arm(examinees, count, bank.size());
        int[][] adaptiveItems = new int[examinees][];
        Map<String, Integer> scaleIndex = new HashMap<>();
        for (int s = 0; s < count; s++) {
            scaleIndex.put(scales.get(s), s);
        }
        ParallelExaminees.run(examinees, parallelism, executor, n -> {
            adaptiveItems[n] = adaptive(n, truth[n], scaleIndex, adaptiveArm);
            fixed.run(n, truth[n], Seeds.stream(seed, Seeds.FIXED, n), fixedArm, this);
        });
        for (int[] given : adaptiveItems) {
            for (int item : given) {
                adaptiveArm.administered[item]++;
            }
        }
        for (int item : fixed.positions) {
            fixedArm.administered[item] = examinees;
        }
        List<String> itemIds = bank.ids();
        List<String> itemScales = new ArrayList<>(bank.size());
        for (Item item : bank.items()) {
            itemScales.add(item.scale().orElse(BankScales.SINGLE));
        }
        int[] required = null;
        if (standard != null) {
            required = new int[count];
            for (int s = 0; s < count; s++) {
                required[s] = standard.get(scales.get(s));
            }
        }
        double[] trueTheta = new double[examinees * count];
        int[] trueLevel = new int[examinees * count];
        for (int n = 0; n < examinees; n++) {
            for (int s = 0; s < count; s++) {
                trueTheta[n * count + s] = truth[n][s];
                trueLevel[n * count + s] = level(scales.get(s), truth[n][s]);
            }
        }
        List<String> examineeIds = ids != null ? ids : generatedIds(examinees);
        return new SimulationResult(examineeIds, fixedForm,
                adaptiveArm.outcome(scales, itemIds, itemScales, trueTheta, trueLevel, required),
                fixedArm.outcome(scales, itemIds, itemScales, trueTheta, trueLevel, required));
    }

    /** Runs examinee n through the adaptive test; returns the bank positions of the items given. */
    private int[] adaptive(int n, double[] truth, Map<String, Integer> scaleIndex, Arm arm) {
        SplittableRandom random = Seeds.stream(seed, Seeds.ADAPTIVE, n);
        CatSession session = engine.start(random.nextLong());
        for (Step step = engine.next(session); !step.finished(); step = engine.next(session)) {
            Item item = step.item().orElseThrow();
            session = engine.answer(step.session(), draw(item.model(), truth[scaleIndex.get(item.scale().orElse(""))],
                    random));
        }
        CatResult result = engine.result(session);
        List<Response> responses = result.responses();
        for (int s = 0; s < result.scales().size(); s++) {
            ScaleResult r = result.scales().get(s);
            int level;
            boolean meets;
            if (levelRule == LevelRule.MOST_PROBABLE) {
                ItemModel[] models = new ItemModel[r.items()];
                int[] categories = new int[r.items()];
                int k = 0;
                for (Response response : responses) {
                    Item item = design.bank().item(design.bank().indexOf(response.itemId()));
                    if (item.scale().orElse("").equals(r.scale())) {
                        models[k] = item.model();
                        categories[k++] = response.category();
                    }
                }
                LevelDistribution levels = posterior.of(cuts.get(r.scale()), models, categories);
                level = levels.mostLikely();
                meets = meets(r.scale(), levels);
            } else {
                level = r.level().orElse(cuts.get(r.scale()).level(r.theta()));
                meets = r.meetsStandard().orElse(standard != null && level >= standard.get(r.scale()));
            }
            arm.set(n, s, r.theta(), r.standardError(), r.items(),
                    r.stopReason().map(Enum::name).orElse("NOT_STOPPED"), level, meets);
        }
        int[] given = new int[responses.size()];
        for (int k = 0; k < given.length; k++) {
            given[k] = design.bank().indexOf(responses.get(k).itemId());
        }
        return given;
    }

    /** A category drawn from P(X = k | θ) by inverse transform of one uniform draw. */
    static int draw(ItemModel model, double theta, SplittableRandom random) {
        return InverseTransform.category(model, theta, random.nextDouble());
    }

    /** The level of an estimate on a scale, by the simulation's cut scores. */
    int level(String scale, double theta) {
        return cuts.get(scale).level(theta);
    }

    /** Whether a level meets the standard of a scale; false without a standard. */
    boolean meets(String scale, int level) {
        return standard != null && level >= standard.get(scale);
    }

    /** Whether level probabilities put at least ½ on the standard of a scale; false without a standard. */
    private boolean meets(String scale, LevelDistribution levels) {
        return standard != null && levels.atLeast(standard.get(scale)) >= 0.5;
    }

    /** The level and decision of a fixed form's answers on scale s, by the simulation's level rule. */
    void setFixed(Arm arm, int n, int s, AbilityEstimate estimate, ItemModel[] models, int[] pattern) {
        String scale = design.scales().get(s);
        int level;
        boolean meet;
        if (levelRule == LevelRule.MOST_PROBABLE) {
            LevelDistribution levels = posterior.of(cuts.get(scale), models, pattern);
            level = levels.mostLikely();
            meet = meets(scale, levels);
        } else {
            level = level(scale, estimate.theta());
            meet = meets(scale, level);
        }
        arm.set(n, s, estimate.theta(), estimate.se(), pattern.length, FIXED_FORM, level, meet);
    }

    private static List<String> generatedIds(int n) {
        int width = Math.max(6, Integer.toString(n).length());
        List<String> ids = new ArrayList<>(n);
        for (int e = 1; e <= n; e++) {
            ids.add("E" + String.format("%0" + width + "d", e));
        }
        return ids;
    }

    /** The fixed form, scored scale by scale. */
    private static final class FixedScoring {

        final int[] positions;
        private final List<String> scales;
        private final int[][] scaleItems;
        private final Scorer[] scorers;
        private final ItemModel[][] models;

        FixedScoring(ItemBank bank, List<String> scales, List<String> form, CatDesign design) {
            this.scales = scales;
            positions = new int[form.size()];
            scaleItems = new int[scales.size()][];
            scorers = new Scorer[scales.size()];
            models = new ItemModel[scales.size()][];
            ScoringOptions options = ScoringOptions.builder().method(ScoringMethod.EAP).quadrature(design.quadrature())
                    .parallelism(1).build();
            for (int s = 0; s < scales.size(); s++) {
                List<String> ids = new ArrayList<>();
                for (String id : form) {
                    if (bank.item(bank.indexOf(id)).scale().orElse("").equals(scales.get(s))) {
                        ids.add(id);
                    }
                }
                scaleItems[s] = new int[ids.size()];
                models[s] = new ItemModel[ids.size()];
                for (int k = 0; k < ids.size(); k++) {
                    scaleItems[s][k] = bank.indexOf(ids.get(k));
                    models[s][k] = bank.model(scaleItems[s][k]);
                }
                scorers[s] = ids.isEmpty() ? null : Scorer.of(bank.select(ids), options);
            }
            for (int k = 0; k < form.size(); k++) {
                positions[k] = bank.indexOf(form.get(k));
            }
        }

        void run(int n, double[] truth, SplittableRandom random, Arm arm, Simulator simulator) {
            for (int s = 0; s < scales.size(); s++) {
                int[] pattern = new int[models[s].length];
                for (int k = 0; k < pattern.length; k++) {
                    pattern[k] = draw(models[s][k], truth[s], random);
                }
                simulator.setFixed(arm, n, s, scorers[s].score(pattern), models[s], pattern);
            }
        }
    }

    /** The per-(examinee, scale) arrays of one design, filled examinee by examinee. */
    private static final class Arm {

        final int scales;
        final double[] theta;
        final double[] se;
        final int[] items;
        final String[] reasons;
        final int[] level;
        final boolean[] meets;
        final int[] administered;

        Arm(int examinees, int scales, int bankSize) {
            this.scales = scales;
            theta = new double[examinees * scales];
            se = new double[examinees * scales];
            items = new int[examinees * scales];
            reasons = new String[examinees * scales];
            level = new int[examinees * scales];
            meets = new boolean[examinees * scales];
            administered = new int[bankSize];
        }

        void set(int n, int s, double estimate, double error, int count, String reason, int lvl, boolean meet) {
            int at = n * scales + s;
            theta[at] = estimate;
            se[at] = error;
            items[at] = count;
            reasons[at] = reason;
            level[at] = lvl;
            meets[at] = meet;
        }

        DesignOutcome outcome(List<String> scaleCodes, List<String> itemIds, List<String> itemScales,
                double[] trueTheta, int[] trueLevel, int[] required) {
            return new DesignOutcome(scaleCodes, itemIds, itemScales, trueTheta, theta, se, items, reasons, level,
                    trueLevel, meets, required, administered);
        }
    }

    /** Collects the settings of a simulation; not thread-safe. */
    public static final class Builder {

        private final CatDesign design;
        private final Map<String, CutScores> cuts = new HashMap<>();
        private CatEngine engine;
        private Map<String, Integer> standard;
        private List<String> fixedForm;
        private List<String> ids;
        private double[][] thetas;
        private int examinees = 1000;
        private double correlation = 0.6;
        private long seed = 1;
        private Executor executor = ForkJoinPool.commonPool();
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private LevelRule levelRule = LevelRule.ESTIMATE;

        private Builder(CatDesign design, Collection<CutScores> cutScores) {
            this.design = Objects.requireNonNull(design, "design");
            Objects.requireNonNull(cutScores, "cuts");
            for (CutScores c : cutScores) {
                if (cuts.put(c.competency(), c) != null) {
                    throw new IllegalArgumentException("scale '" + c.competency() + "' has cut scores twice");
                }
            }
            for (String scale : design.scales()) {
                if (!cuts.containsKey(scale)) {
                    throw new IllegalArgumentException("scale '" + scale + "' has no cut scores; the levels need them"
                            + " for every scale of the design " + design.scales());
                }
            }
            List<String> all = new ArrayList<>();
            for (Item item : design.bank().items()) {
                if (design.scales().contains(item.scale().orElse(""))) {
                    all.add(item.id());
                }
            }
            this.fixedForm = List.copyOf(all);
        }

        /**
         * Uses an engine already built for the design, e.g. one shared with other simulations.
         *
         * @param value an engine of this builder's design
         * @return this builder
         * @throws IllegalArgumentException if the engine runs another design
         */
        public Builder engine(CatEngine value) {
            Objects.requireNonNull(value, "engine");
            if (!value.design().fingerprint().equals(design.fingerprint())) {
                throw new IllegalArgumentException("the engine runs another design");
            }
            this.engine = value;
            return this;
        }

        /**
         * Classifies against a position's standard: decision accuracy is then reported too.
         *
         * @param levels scale → required level 1..5, for every scale of the design
         * @return this builder
         * @throws IllegalArgumentException if a scale has no level or a level is outside 1..5
         */
        public Builder standard(Map<String, Integer> levels) {
            Objects.requireNonNull(levels, "levels");
            Map<String, Integer> copy = new HashMap<>();
            for (String scale : design.scales()) {
                Integer level = levels.get(scale);
                if (level == null || level < 1 || level > 5) {
                    throw new IllegalArgumentException("scale '" + scale + "': the standard level must be 1..5, got "
                            + level);
                }
                copy.put(scale, level);
            }
            this.standard = Map.copyOf(copy);
            return this;
        }

        /**
         * Sets the fixed form; by default every item of the design's scales.
         *
         * @param itemIds distinct ids of bank items of the design's scales, at least one per scale
         * @return this builder
         * @throws IllegalArgumentException naming an unknown or repeated item, or a scale without items
         */
        public Builder fixedForm(List<String> itemIds) {
            Objects.requireNonNull(itemIds, "itemIds");
            Set<String> seen = new HashSet<>();
            Set<String> covered = new HashSet<>();
            ItemBank bank = design.bank();
            for (String id : itemIds) {
                int i = bank.indexOf(Objects.requireNonNull(id, "item id"));
                if (i < 0) {
                    throw new IllegalArgumentException("the fixed form's item '" + id + "' is not in the bank");
                }
                String scale = bank.item(i).scale().orElse("");
                if (!design.scales().contains(scale)) {
                    throw new IllegalArgumentException("the fixed form's item '" + id + "' measures scale '" + scale
                            + "', which the design does not test");
                }
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("the fixed form has item '" + id + "' twice");
                }
                covered.add(scale);
            }
            for (String scale : design.scales()) {
                if (!covered.contains(scale)) {
                    throw new IllegalArgumentException("the fixed form has no item of scale '" + scale + "'");
                }
            }
            this.fixedForm = List.copyOf(itemIds);
            return this;
        }

        /**
         * Draws the true abilities: θ ~ N(0, Σ), Σ with 1 on the diagonal and the correlation elsewhere
         * (the default: 1,000 examinees, correlation 0.6).
         *
         * @param count the examinees, ≥ 1
         * @param r the common correlation of the scales, in (−1/(S−1), 1]
         * @return this builder
         * @throws IllegalArgumentException if a value is out of range
         */
        public Builder examinees(int count, double r) {
            if (count < 1) {
                throw new IllegalArgumentException("the number of examinees must be >= 1, got " + count);
            }
            TrueAbilities.equicorrelationFactor(design.scales().size(), r);
            this.examinees = count;
            this.correlation = r;
            this.thetas = null;
            this.ids = null;
            return this;
        }

        /**
         * Gives the true abilities.
         *
         * @param examineeIds the examinees' ids, distinct, one per row
         * @param trueThetas θ[n][s], finite, one column per scale of the design in its order
         * @return this builder
         * @throws IllegalArgumentException if the sizes differ, an id repeats or a θ is not finite
         */
        public Builder abilities(List<String> examineeIds, double[][] trueThetas) {
            Objects.requireNonNull(examineeIds, "examineeIds");
            Objects.requireNonNull(trueThetas, "trueThetas");
            if (trueThetas.length == 0 || trueThetas.length != examineeIds.size()) {
                throw new IllegalArgumentException("expected one row of θ per examinee and at least one, got "
                        + trueThetas.length + " rows for " + examineeIds.size() + " ids");
            }
            if (new HashSet<>(examineeIds).size() != examineeIds.size()) {
                throw new IllegalArgumentException("the examinee ids repeat");
            }
            double[][] copy = new double[trueThetas.length][];
            for (int n = 0; n < copy.length; n++) {
                if (trueThetas[n].length != design.scales().size()) {
                    throw new IllegalArgumentException("examinee '" + examineeIds.get(n) + "' has " + trueThetas[n].length
                            + " θ; the design has " + design.scales().size() + " scales");
                }
                for (double t : trueThetas[n]) {
                    if (!Double.isFinite(t)) {
                        throw new IllegalArgumentException("examinee '" + examineeIds.get(n) + "': θ " + t
                                + " is not finite");
                    }
                }
                copy[n] = trueThetas[n].clone();
            }
            this.ids = List.copyOf(examineeIds);
            this.thetas = copy;
            return this;
        }

        /**
         * Sets the master seed (default 1).
         *
         * @param value the seed
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Sets where the workers other than the calling thread run (default: the common fork-join pool), e.g.
         * a host's own pool; it is never shut down.
         *
         * @param value the executor
         * @return this builder
         */
        public Builder executor(Executor value) {
            this.executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        /**
         * Sets the most workers, the calling thread included (default: the available processors).
         *
         * @param value ≥ 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder parallelism(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("parallelism must be >= 1, got " + value);
            }
            this.parallelism = value;
            return this;
        }

        /**
         * Sets how answers become levels, for the adaptive test and the fixed form alike (default
         * {@link LevelRule#ESTIMATE}).
         *
         * @param value the rule
         * @return this builder
         */
        public Builder levelRule(LevelRule value) {
            this.levelRule = Objects.requireNonNull(value, "levelRule");
            return this;
        }

        /**
         * Builds the simulator (and the design's engine, unless one was given).
         *
         * @return the simulator
         */
        public Simulator build() {
            return new Simulator(this);
        }
    }
}
