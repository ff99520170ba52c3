package io.github.cact.dependence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.reference.References;
import io.github.cact.reference.References.Published;
import io.github.cact.scoring.Quadrature;
import io.github.cact.scoring.ScoringOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LSAT7 under mirt's 2PL estimates: Q3 at the EAP, the LD χ² with its sign and mirt's standardized value
 * (signed Cramér's V) for the 10 item pairs, against lsat7-fit.json, computed independently with NumPy from
 * the definitions of mirt's residuals() (see the reference folder's README), on mirt's 61-node grid.
 */
class LocalDependenceReferenceTest {

    private static final Published MIRT = References.published("lsat7-mirt.json").section("twoPl");
    private static final Published FIT = References.published("lsat7-fit.json");

    static ItemBank lsat7() {
        double[] a = MIRT.numbers("a");
        double[] d = MIRT.numbers("d");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            items.add(Item.of("item" + (i + 1), DichotomousItem.of(ModelType.TWO_PL, a[i], d[i], 0, 1)));
        }
        return ItemBank.of(items);
    }

    @Test
    @SuppressWarnings("unchecked")
    void q3AndTheSignedLdChiSquareMatchTheDefinitions() {
        ScoringOptions grid = ScoringOptions.builder().quadrature(Quadrature.standardNormal(61, -6, 6)).build();
        LocalDependenceResults results = LocalDependence.of(lsat7(), grid, LocalDependenceOptions.defaults())
                .analyze(References.lsatPatterns("lsat7"));
        List<Map<String, Object>> expected = (List<Map<String, Object>>) FIT.values().get("pairs");
        assertEquals(10, results.pairs().size());
        double meanQ3 = 0;
        for (int p = 0; p < expected.size(); p++) {
            Map<String, Object> reference = expected.get(p);
            ItemPairDependence pair = results.pairs().get(p);
            String where = pair.item1() + "-" + pair.item2();
            assertEquals(reference.get("item1"), pair.item1(), where);
            assertEquals(reference.get("item2"), pair.item2(), where);
            assertEquals(1000, pair.pairs(), where);
            assertEquals(1, pair.df(), where);
            assertEquals((Double) reference.get("q3"), pair.q3().getAsDouble(), 1e-9, where);
            double sign = (Double) reference.get("sign");
            assertEquals(sign * (Double) reference.get("x2"), pair.ldChi2().getAsDouble(), 1e-9, where);
            assertEquals((Double) reference.get("cramersV"), pair.cramersV().getAsDouble(), 1e-9, where);
            // LSAT7 fits the 2PL: no pair is flagged
            assertEquals(DependenceFlag.NONE, pair.flag(), where);
            meanQ3 += pair.q3().getAsDouble() / 10;
        }
        assertEquals(meanQ3, results.meanQ3().getAsDouble(), 1e-12);
        assertEquals(0.005, results.criticalP(), 1e-15);
    }
}
