package io.github.cact.cat.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureStatisticsTest {

    private static final ItemBank BANK = ItemBank.of(item("A"), item("B"), item("C"), item("D"));

    @Test
    void ratesAndOverlapOfAWorkedExample() {
        // tests {A,B}, {A,C}, {A,B}: counts 3, 2, 1, 0; the three pairs share 1, 2 and 1 items, on average
        // 4/3 of the mean length 2, so T = 2/3 = Σ c(c − 1) / ((N − 1) Σ L) = (6 + 2) / (2 · 6)
        ExposureStatistics st = ExposureStatistics.of(BANK, List.of(List.of("A", "B"), List.of("A", "C"),
                List.of("A", "B")));
        assertEquals(List.of(1.0, 2.0 / 3, 1.0 / 3, 0.0), List.copyOf(st.rates().values()));
        assertEquals(1.0, st.maxRate());
        assertEquals(2.0, st.meanLength());
        assertEquals(2.0 / 3, st.overlapRate().orElseThrow(), 1e-15);
    }

    @Test
    void oneTestHasNoOverlapRate() {
        assertTrue(ExposureStatistics.of(BANK, List.of(List.of("A"))).overlapRate().isEmpty());
    }

    @Test
    void badTestsAreNamed() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ExposureStatistics.of(BANK, List.of(List.of("A"), List.of("Z"))));
        assertTrue(unknown.getMessage().contains("test 2") && unknown.getMessage().contains("'Z'"),
                unknown.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> ExposureStatistics.of(BANK, List.of(List.of("B", "B"))));
        assertTrue(twice.getMessage().contains("'B' twice"), twice.getMessage());
    }

    private static Item item(String id) {
        return Item.ofIrt(id, ModelType.TWO_PL, 1, new double[] {0}, Double.NaN, Double.NaN, "");
    }
}
