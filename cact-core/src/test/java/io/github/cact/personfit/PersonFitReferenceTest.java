package io.github.cact.personfit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.reference.References;
import io.github.cact.reference.References.Published;
import io.github.cact.scoring.AbilityEstimate;
import io.github.cact.scoring.Quadrature;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.ScoringMethod;
import io.github.cact.scoring.ScoringOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LSAT7 under mirt's 2PL estimates: every non-extreme pattern's Zh, infit and outfit at the EAP (mirt's
 * personfit() definitions) and lz* at the EAP, ML, WLE and MAP estimates (Snijders 2001, in its
 * dichotomous form), against lsat7-fit.json, computed independently with NumPy (see the reference
 * folder's README). The θ estimates agree to the scorer's tolerance, the statistics to 1e-6.
 */
class PersonFitReferenceTest {

    private static final Published MIRT = References.published("lsat7-mirt.json").section("twoPl");
    private static final Published FIT = References.published("lsat7-fit.json");
    private static final PersonFitOptions FIVE_ITEMS = PersonFitOptions.defaults().withMinimumResponses(5);
    private static final Quadrature GRID = Quadrature.standardNormal(61, -6, 6);

    static ItemBank lsat7() {
        double[] a = MIRT.numbers("a");
        double[] d = MIRT.numbers("d");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            items.add(Item.of("item" + (i + 1), DichotomousItem.of(ModelType.TWO_PL, a[i], d[i], 0, 1)));
        }
        return ItemBank.of(items);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> persons() {
        return (List<Map<String, Object>>) FIT.values().get("persons");
    }

    private static int[] pattern(String text) {
        int[] x = new int[text.length()];
        for (int i = 0; i < x.length; i++) {
            x[i] = text.charAt(i) - '0';
        }
        return x;
    }

    private static PersonFitResult fitAt(ScoringMethod method, int[] x, Map<String, Object> expected, String theta) {
        ScoringOptions options = ScoringOptions.builder().method(method).quadrature(GRID).build();
        ItemBank bank = lsat7();
        AbilityEstimate estimate = Scorer.of(bank, options).score(x);
        assertEquals((Double) expected.get(theta), estimate.theta(), 1e-7, theta + " of " + expected.get("pattern"));
        return PersonFit.of(bank, options, FIVE_ITEMS).fit(x, estimate);
    }

    @Test
    void zhInfitOutfitAndLzStarAtTheEapMatchTheDefinitions() {
        assertEquals(30, persons().size());
        for (Map<String, Object> expected : persons()) {
            String where = "pattern " + expected.get("pattern");
            PersonFitResult fit = fitAt(ScoringMethod.EAP, pattern((String) expected.get("pattern")), expected, "eap");
            assertEquals((Double) expected.get("zh"), fit.lz().getAsDouble(), 1e-6, where);
            assertEquals((Double) expected.get("infit"), fit.infit().getAsDouble(), 1e-6, where);
            assertEquals((Double) expected.get("outfit"), fit.outfit().getAsDouble(), 1e-6, where);
            assertEquals((Double) expected.get("lzStarEap"), fit.lzStar().getAsDouble(), 1e-6, where);
            assertEquals(5, fit.answered());
        }
    }

    @Test
    void lzStarAtTheModalEstimatesMatchesSnijders() {
        for (Map<String, Object> expected : persons()) {
            String where = "pattern " + expected.get("pattern");
            int[] x = pattern((String) expected.get("pattern"));
            PersonFitResult ml = fitAt(ScoringMethod.ML, x, expected, "ml");
            assertEquals((Double) expected.get("zhMl"), ml.lz().getAsDouble(), 1e-6, where);
            assertEquals((Double) expected.get("lzStarMl"), ml.lzStar().getAsDouble(), 1e-6, where);
            assertEquals((Double) expected.get("lzStarWle"),
                    fitAt(ScoringMethod.WLE, x, expected, "wle").lzStar().getAsDouble(), 1e-6, where);
            assertEquals((Double) expected.get("lzStarMap"),
                    fitAt(ScoringMethod.MAP, x, expected, "map").lzStar().getAsDouble(), 1e-6, where);
        }
    }

    @Test
    void theBatchGivesEveryExamineeThePatternResult() {
        ScoringOptions options = ScoringOptions.builder().quadrature(GRID).build();
        PersonFitResults results = PersonFit.of(lsat7(), options, FIVE_ITEMS).fit(References.lsatPatterns("lsat7"));
        assertEquals(1000, results.size());
        int checked = 0;
        for (int n = 0; n < results.size(); n++) {
            PersonFitResult fit = results.result(n);
            if (!fit.flag().hasStatistics()) {
                assertEquals(PersonFitFlag.EXTREME_PATTERN, fit.flag());
                continue;
            }
            checked++;
            double lz = fit.lz().getAsDouble();
            Map<String, Object> match = null;
            for (Map<String, Object> expected : persons()) {
                if (Math.abs((Double) expected.get("eap") - fit.theta()) < 1e-9
                        && Math.abs((Double) expected.get("zh") - lz) < 1e-6) {
                    match = expected;
                }
            }
            assertEquals(true, match != null, "row " + (n + 1) + " matches a reference pattern");
        }
        assertEquals(1000 - results.count(PersonFitFlag.EXTREME_PATTERN), checked);
        assertEquals(results.count(PersonFitFlag.FITS) + results.count(PersonFitFlag.MISFIT), checked);
    }
}
