package io.github.cact.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import io.github.cact.irt.PartialCreditItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of scoring on random banks of every model and random patterns with missing responses. */
class ScorerProperties {

    /** A random bank and random response patterns for it (with all-0, all-max and all-missing rows). */
    record Case(ItemBank bank, int[][] patterns, long seed) {
        @Override
        public String toString() {
            return bank + " with " + patterns.length + " patterns, seed " + seed;
        }
    }

    static Arbitrary<ItemModel> items() {
        Arbitrary<Double> slope = Arbitraries.doubles().between(0.3, 2.5);
        Arbitrary<Double> location = Arbitraries.doubles().between(-2.5, 2.5);
        Arbitrary<Double> lower = Arbitraries.doubles().between(0.0, 0.3);
        Arbitrary<double[]> steps = Arbitraries.integers().between(1, 4)
                .flatMap(n -> location.array(double[].class).ofSize(n));
        Arbitrary<double[]> ordered = steps.map(b -> {
            double[] sorted = b.clone();
            Arrays.sort(sorted);
            for (int k = 1; k < sorted.length; k++) {
                sorted[k] = Math.max(sorted[k], sorted[k - 1] + 0.1);
            }
            return sorted;
        });
        return Arbitraries.oneOf(
                location.map(DichotomousItem::rasch),
                Combinators.combine(slope, location).as(DichotomousItem::twoPl),
                Combinators.combine(slope, location, lower).as(DichotomousItem::threePl),
                Combinators.combine(slope, location, lower)
                        .as((a, b, g) -> DichotomousItem.fourPl(a, b, g, Math.min(1.0, g + 0.6))),
                Combinators.combine(slope, ordered).as(GradedResponseItem::ofIrt),
                Combinators.combine(slope, steps).as(PartialCreditItem::gpcmOfIrt),
                steps.map(PartialCreditItem::pcmOfIrt));
    }

    static ItemBank bankOf(List<ItemModel> models) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            items.add(Item.of("i" + (i + 1), models.get(i)));
        }
        return ItemBank.of(items);
    }

    static int[][] patterns(ItemBank bank, int count, long seed) {
        Random random = new Random(seed);
        int items = bank.size();
        int[][] patterns = new int[count + 3][items];
        for (int i = 0; i < items; i++) {
            int k = bank.model(i).categories();
            patterns[0][i] = 0;
            patterns[1][i] = k - 1;
            patterns[2][i] = -1;
            for (int n = 3; n < patterns.length; n++) {
                patterns[n][i] = random.nextDouble() < 0.15 ? -1 : random.nextInt(k);
            }
        }
        return patterns;
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(items().list().ofMinSize(1).ofMaxSize(8), Arbitraries.longs())
                .as((models, seed) -> {
                    ItemBank bank = bankOf(models);
                    return new Case(bank, patterns(bank, 12, seed), seed);
                });
    }

    static ResponseMatrix matrix(ItemBank bank, int[][] patterns) {
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < patterns.length; n++) {
            ids.add("e" + n);
        }
        return ResponseMatrix.of(ids, bank.ids(), patterns);
    }

    @Property(tries = 80, seed = "20261122")
    void neverNaNForAnyMethodOrPattern(@ForAll("cases") Case c) {
        for (ScoringMethod method : ScoringMethod.values()) {
            Scorer scorer = Scorer.of(c.bank(), ScoringOptions.builder().method(method).parallelism(1).build());
            for (int[] x : c.patterns()) {
                AbilityEstimate e = scorer.score(x);
                assertTrue(Double.isFinite(e.theta()) && Math.abs(e.theta()) <= 20, () -> method + " " + e);
                assertTrue(e.se() > 0, () -> method + " " + Arrays.toString(x) + " " + e);
                assertFalse(e.status() == ScoreStatus.NOT_CONVERGED, () -> method + " " + Arrays.toString(x));
            }
            AbilityEstimate none = scorer.score(c.patterns()[2]);
            assertEquals(ScoreStatus.NO_RESPONSES, none.status());
        }
    }

    @Property(tries = 80, seed = "20261122")
    void posteriorWeightsSumToOneAndGiveTheEap(@ForAll("cases") Case c) {
        Scorer scorer = Scorer.of(c.bank());
        for (int[] x : c.patterns()) {
            Posterior posterior = scorer.posterior(x);
            double sum = 0;
            for (int q = 0; q < posterior.size(); q++) {
                assertTrue(posterior.weight(q) >= 0);
                sum += posterior.weight(q);
            }
            assertEquals(1.0, sum, 1e-12);
            assertEquals(1.0, posterior.probability(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY), 1e-12);
            AbilityEstimate e = scorer.score(x);
            assertEquals(e.theta(), posterior.mean());
            assertEquals(e.se(), posterior.sd());
            assertTrue(posterior.logMarginalLikelihood() <= 0);
        }
    }

    @Property(tries = 150, seed = "20261122")
    void eapIncreasesWithTheSumScoreForRasch(@ForAll("raschDifficulties") double[] b, @ForAll long seed) {
        List<ItemModel> models = new ArrayList<>();
        for (double bi : b) {
            models.add(DichotomousItem.rasch(bi));
        }
        Scorer scorer = Scorer.of(bankOf(models));
        Random random = new Random(seed);
        int[] x = new int[b.length];
        double previous = scorer.score(x).theta();
        // add one correct response at a time, at a random wrong item: the EAP must rise each time
        for (int r = 1; r <= b.length; r++) {
            int pick;
            do {
                pick = random.nextInt(b.length);
            } while (x[pick] == 1);
            x[pick] = 1;
            double eap = scorer.score(x).theta();
            assertTrue(eap > previous, "raw score " + r);
            previous = eap;
        }
    }

    @Provide
    Arbitrary<double[]> raschDifficulties() {
        return Arbitraries.doubles().between(-3, 3).array(double[].class).ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 50, seed = "20261122")
    void scoresDoNotDependOnItemOrder(@ForAll("cases") Case c) {
        int items = c.bank().size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(c.seed()));
        List<Item> permuted = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            permuted.add(c.bank().item(order.get(i)));
        }
        ItemBank other = ItemBank.of(permuted);
        for (ScoringMethod method : ScoringMethod.values()) {
            ScoringOptions options = ScoringOptions.builder().method(method).parallelism(1).build();
            Scorer a = Scorer.of(c.bank(), options);
            Scorer b = Scorer.of(other, options);
            for (int[] x : c.patterns()) {
                int[] y = new int[items];
                for (int i = 0; i < items; i++) {
                    y[i] = x[order.get(i)];
                }
                AbilityEstimate ea = a.score(x);
                AbilityEstimate eb = b.score(y);
                assertEquals(ea.status(), eb.status(), method::toString);
                assertEquals(ea.theta(), eb.theta(), 1e-7, method::toString);
                if (Double.isInfinite(ea.se())) {
                    assertEquals(ea.se(), eb.se());
                } else {
                    assertEquals(ea.se(), eb.se(), 1e-7 * Math.max(1, ea.se()), method::toString);
                }
            }
            // the matrix with its columns in the permuted order scores the same as the bank order
            assertEquals(a.score(matrix(c.bank(), c.patterns())), a.score(
                    matrix(c.bank(), c.patterns()).selectItems(other.ids())));
        }
    }

    @Property(tries = 30, seed = "20261122")
    void batchesAreBitIdenticalWhateverTheSplitChunkOrThreadCount(@ForAll("cases") Case c) {
        int[][] many = patterns(c.bank(), 300, c.seed());
        ResponseMatrix data = matrix(c.bank(), many);
        for (ScoringMethod method : ScoringMethod.values()) {
            ScoringOptions base = ScoringOptions.builder().method(method).parallelism(1).chunkSize(4096).build();
            Scores reference = Scorer.of(c.bank(), base).score(data);
            for (int threads : new int[] {2, 4}) {
                ScoringOptions options = base.toBuilder().parallelism(threads).chunkSize(17).build();
                assertEquals(reference, Scorer.of(c.bank(), options).score(data), method + " " + threads);
            }
            int split = 1 + (int) Math.floorMod(c.seed(), (long) many.length - 1);
            Scorer scorer = Scorer.of(c.bank(), base);
            Scores head = scorer.score(data.rows(0, split));
            Scores tail = scorer.score(data.rows(split, many.length));
            for (int n = 0; n < many.length; n++) {
                AbilityEstimate part = n < split ? head.estimate(n) : tail.estimate(n - split);
                assertEquals(reference.estimate(n), part);
                assertEquals(scorer.score(many[n]), part);
            }
        }
    }

    @Property(tries = 150, seed = "20261122")
    void mapShrinksTheMlTowardsThePriorMeanFor2pl(@ForAll("twoPl") List<ItemModel> models, @ForAll long seed) {
        ItemBank bank = bankOf(models);
        Scorer map = Scorer.of(bank, ScoringOptions.of(ScoringMethod.MAP));
        Scorer ml = Scorer.of(bank, ScoringOptions.of(ScoringMethod.ML));
        for (int[] x : patterns(bank, 10, seed)) {
            AbilityEstimate m = ml.score(x);
            AbilityEstimate p = map.score(x);
            if (m.status() != ScoreStatus.OK) {
                continue;
            }
            if (m.theta() >= 0) {
                assertTrue(p.theta() >= -1e-9 && p.theta() <= m.theta() + 1e-9, () -> m + " " + p);
            } else {
                assertTrue(p.theta() <= 1e-9 && p.theta() >= m.theta() - 1e-9, () -> m + " " + p);
            }
            assertTrue(p.se() < 1.0, () -> "the posterior is narrower than the N(0, 1) prior: " + p);
        }
    }

    @Provide
    Arbitrary<List<ItemModel>> twoPl() {
        Arbitrary<ItemModel> item = Combinators.combine(Arbitraries.doubles().between(0.3, 2.5),
                Arbitraries.doubles().between(-2.5, 2.5)).as((a, b) -> DichotomousItem.ofIrt(ModelType.TWO_PL, a, b, 0, 1));
        return item.list().ofMinSize(1).ofMaxSize(10);
    }
}
