package io.github.cact.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.scoring.Quadrature;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The information the engine selects by, against values computed by hand (in double precision, from the
 * formulas written out in each test) for a 2PL item (a = 1.5, b = 0.5) and a GPCM item with four categories
 * (a = 1.2, b = −1, 0, 1).
 */
class InformationTest {

    private static final Item TWO_PL = Item.ofIrt("A", ModelType.TWO_PL, 1.5, new double[] {0.5}, Double.NaN,
            Double.NaN, "");
    private static final Item GPCM = Item.ofIrt("B", ModelType.GPCM, 1.2, new double[] {-1, 0, 1}, Double.NaN,
            Double.NaN, "");
    private static final ItemTables TABLES = new ItemTables(ItemBank.of(TWO_PL, GPCM), List.of(""),
            Quadrature.scoringDefault());

    @Test
    void fisherInformationOfA2plItemAtANode() {
        // P = 1/(1 + e^{-1.5(0 - 0.5)}) = 0.320821300824607; I = a²P(1 − P) = 2.25 · P · (1 − P)
        assertEquals(0.49026373596408157, information(0, 0.0), 1e-14);
    }

    @Test
    void fisherInformationOfAGpcmItemAtANode() {
        // at θ = 0.5: P_k ∝ exp(Σ_{v≤k} 1.2(θ − b_v)) = (0.041455, 0.250789, 0.456967, 0.250789);
        // I = a² Var(X) = 1.44 · 0.660524 = 0.9511547510330428
        assertEquals(0.9511547510330428, information(1, 0.5), 1e-14);
    }

    @Test
    void betweenNodesTheInformationIsInterpolatedLinearly() {
        double lo = TWO_PL.model().information(TABLES.nodes[61]);
        double hi = TWO_PL.model().information(TABLES.nodes[62]);
        double theta = TABLES.nodes[61] + 0.3 * (TABLES.nodes[62] - TABLES.nodes[61]);
        assertEquals(lo + 0.3 * (hi - lo), information(0, theta), 1e-14);
        assertEquals(TWO_PL.model().information(theta), information(0, theta), 2e-3);
    }

    @Test
    void kullbackLeiblerOfA2plItemOverTheNodesOfTheWindow() {
        // θ̂ = 0, δ = 0.35: nodes −0.3..0.3; h Σ_q [P̂ log(P̂/P_q) + (1 − P̂) log((1 − P̂)/(1 − P_q))]
        ItemSelector.KlTable kl = new ItemSelector.KlTable(TABLES);
        assertEquals(0.006836092595023055, kl.index(0, 0.0, 0.35, new double[2]), 1e-13);
    }

    @Test
    void kullbackLeiblerOfAGpcmItemOverTheNodesOfTheWindow() {
        // θ̂ = 0.5, δ = 0.35: nodes 0.2..0.8; h Σ_q Σ_k P_k(θ̂) log(P_k(θ̂)/P_k(θ_q))
        ItemSelector.KlTable kl = new ItemSelector.KlTable(TABLES);
        assertEquals(0.013277958062726298, kl.index(1, 0.5, 0.35, new double[4]), 1e-13);
    }

    private static double information(int item, double theta) {
        int j = TABLES.interval(theta);
        return TABLES.information(item, j, TABLES.fraction(theta, j));
    }
}
