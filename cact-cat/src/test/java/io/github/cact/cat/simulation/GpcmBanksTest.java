package io.github.cact.cat.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import java.util.List;
import org.junit.jupiter.api.Test;

class GpcmBanksTest {

    @Test
    void theTargetBankHasNineCompetenciesOfFortyFiveCategoryGpcmItems() {
        ItemBank bank = GpcmBanks.nineCompetencies(1);
        assertEquals(360, bank.size());
        assertEquals(GpcmBanks.COMPETENCIES, bank.scales());
        for (String scale : bank.scales()) {
            assertEquals(40, bank.forScale(scale).size(), scale);
        }
        for (Item item : bank.items()) {
            assertEquals(ModelType.GPCM, item.model().type(), item.id());
            assertEquals(5, item.model().categories(), item.id());
        }
        assertEquals("M1-01", bank.item(0).id());
        assertEquals("SK1-40", bank.item(359).id());
    }

    @Test
    void slopesAreLognormalAndLocationsFillTheirStrata() {
        // 20 scales x 200 items: the mean of log a within 4 standard errors of 0, its SD within 5 %
        int perScale = 200;
        List<String> scales = java.util.stream.IntStream.range(0, 20).mapToObj(s -> "S" + s).toList();
        ItemBank bank = GpcmBanks.of(scales, perScale, 5, 3);
        double sum = 0;
        double squares = 0;
        for (Item item : bank.items()) {
            double log = Math.log(item.model().slope());
            sum += log;
            squares += log * log;
        }
        int n = bank.size();
        double mean = sum / n;
        double sd = Math.sqrt((squares - n * mean * mean) / (n - 1));
        assertEquals(0, mean, 4 * GpcmBanks.LOG_SLOPE_SD / Math.sqrt(n));
        assertEquals(GpcmBanks.LOG_SLOPE_SD, sd, 0.05 * GpcmBanks.LOG_SLOPE_SD);
        double width = 2 * GpcmBanks.LOCATION_RANGE / perScale;
        for (String scale : scales) {
            List<Item> items = bank.forScale(scale).items();
            for (int j = 0; j < perScale; j++) {
                double[] b = items.get(j).model().thresholds();
                // the steps' mean is the location plus the mean of K-1 N(0, 0.2^2) deviations (SD 0.1); 5 SD
                double location = (b[0] + b[1] + b[2] + b[3]) / 4;
                double low = -GpcmBanks.LOCATION_RANGE + j * width;
                assertTrue(location > low - 0.5 && location < low + width + 0.5, items.get(j).id() + ": " + location);
                assertEquals(location - 1.2, b[0], 5 * GpcmBanks.STEP_NOISE, items.get(j).id());
                assertEquals(location + 1.2, b[3], 5 * GpcmBanks.STEP_NOISE, items.get(j).id());
            }
        }
    }

    @Test
    void theSeedDeterminesTheBankAndAnItemDependsOnlyOnItsPlace() {
        assertEquals(GpcmBanks.nineCompetencies(5), GpcmBanks.nineCompetencies(5));
        assertNotEquals(GpcmBanks.nineCompetencies(5), GpcmBanks.nineCompetencies(6));
        ItemBank small = GpcmBanks.of(List.of("A", "B"), 40, 5, 5);
        assertEquals(GpcmBanks.nineCompetencies(5).model(0), small.model(0));
        assertEquals(GpcmBanks.nineCompetencies(5).model(41), small.model(41));
        assertNotEquals(small.model(0), small.model(40));
    }

    @Test
    void badArgumentsAreRefusedWithTheValue() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GpcmBanks.of(List.of("A", "A"), 4, 5, 1))
                .getMessage().contains("[A, A]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GpcmBanks.of(List.of("A"), 0, 5, 1))
                .getMessage().contains("got 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GpcmBanks.of(List.of("A"), 4, 1, 1))
                .getMessage().contains("got 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GpcmBanks.of(List.of("A", " "), 4, 5, 1))
                .getMessage().contains("scale 2"));
    }
}
