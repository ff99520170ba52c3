package io.github.cact.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The number formatting and axis arithmetic behind the charts. */
class ChartMathTest {

    @Test
    void numbersUseFixedDecimalsAndNeverShowNegativeZero() {
        assertEquals("1.50", Html.num(1.5, 2));
        assertEquals("0.00", Html.num(-0.001, 2));
        assertEquals("-0.01", Html.num(-0.006, 2));
        assertEquals("–", Html.numOrDash(Double.NaN, 2));
        assertEquals("83.1\u202f%", Html.pct(0.8312));
        assertEquals("0.0\u202f%", Html.share(3, 0));
    }

    @Test
    void ticksAreNiceMultiplesInsideTheDomain() {
        Scale theta = new Scale(-4, 4, 0, 800);
        assertEquals(List.of(-4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0), theta.ticks(8));
        assertEquals(0, theta.decimals(8));
        Scale unit = new Scale(0, 1, 250, 0);
        assertEquals(List.of("0.0", "0.2", "0.4", "0.6", "0.8", "1.0"),
                unit.ticks(5).stream().map(t -> Html.num(t, 1)).toList());
        assertEquals(1, unit.decimals(5));
        assertEquals(125.0, unit.map(0.5), 1e-9);
        assertEquals(2, new Scale(0, 0.1, 0, 1).decimals(5));
    }

    @Test
    void axisMaximaRoundUpToNiceValues() {
        assertEquals(5.0, Scale.niceMax(4.1, 0.1));
        assertEquals(20.0, Scale.niceMax(16, 5));
        assertEquals(5.0, Scale.niceMax(0, 5));
        assertEquals(1.0, Scale.niceMax(0.96, 0.1));
        assertEquals(2.0, Scale.niceMax(1.86, 0.1));
    }
}
