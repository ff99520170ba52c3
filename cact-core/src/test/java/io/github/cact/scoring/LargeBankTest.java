package io.github.cact.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Memory proportional to the data: a bank of 200,000 right/wrong items scored by EAP fits the test heap
 * (2 GB). Chunks of 5 items would need 243 patterns × 121 nodes per 5 items, 9.4 GB; the summed-score
 * table is not built for EAP. Slopes of 0.02 keep the posterior SD (about 0.25) wider than the grid's
 * spacing, so that the estimates are regular.
 */
class LargeBankTest {

    private static final int ITEMS = 200_000;

    @Test
    void twoHundredThousandItemsByEap() {
        List<Item> items = new ArrayList<>(ITEMS);
        List<String> ids = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            String id = "i" + i;
            ids.add(id);
            items.add(Item.of(id, DichotomousItem.twoPl(0.02, (i % 41 - 20) / 10.0), i < ITEMS / 2 ? "A" : "B"));
        }
        ItemBank bank = ItemBank.of(items);
        ResponseMatrix.Builder builder = ResponseMatrix.builder(ids);
        int[] row = new int[ITEMS];
        for (int n = 0; n < 3; n++) {
            for (int i = 0; i < ITEMS; i++) {
                // right on 49.8 %, 50.0 % and 50.2 % of the items: θ near 0 at these small slopes
                row[i] = n == 2 && i % 3 == 0 ? ResponseMatrix.MISSING : (i * 7 + 1) % 1000 < 498 + 2 * n ? 1 : 0;
            }
            builder.add("p" + n, row);
        }
        ResponseMatrix responses = builder.build();
        ScoringOptions eap = ScoringOptions.builder().method(ScoringMethod.EAP).parallelism(1).build();
        Scores scores = Scorer.of(bank, eap).score(responses);
        for (int n = 0; n < 3; n++) {
            assertEquals(ScoreStatus.OK, scores.status(n));
            double se = scores.se(n);
            assertTrue(se > 0.1 && se < 0.5, () -> "SE " + se);
        }
        assertTrue(scores.theta(0) < scores.theta(1) && scores.theta(1) < scores.theta(2), "more right answers, higher θ");
        Map<String, Scores> byScale = Scorer.scoreByScale(bank, responses, eap);
        assertEquals(List.of("A", "B"), List.copyOf(byScale.keySet()));
        assertEquals(ScoreStatus.OK, byScale.get("A").status(2));
    }
}
