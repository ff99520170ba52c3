package io.github.cact.example;

import io.github.cact.competency.CompetencyFramework;
import io.github.cact.data.ResponseCsv;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the files the README's snippet reads, simulated with fixed seeds: {@code responses.csv} (1,000
 * examinees × 10 GPCM items of 4 categories, 5 % missing), {@code competency-items.csv} (6 calibrated 2PL
 * items for each of the nine PermenPANRB 38/2017 competencies, {@code scale} = the competency code) and
 * {@code competency-responses.csv} (200 officials answering them).
 */
final class SampleData {

    private static final int ITEMS_PER_COMPETENCY = 6;

    private SampleData() {
    }

    /**
     * Writes the three files into a directory, creating it if needed and replacing the files.
     *
     * @param dir the directory
     * @throws IOException if a file cannot be written
     */
    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        ItemBank test = ResponseSimulator.randomBank(ModelType.GPCM, 10, 4, 1);
        ResponseCsv.write(ResponseSimulator.of(test, 2).withMissingRate(0.05).simulate(1_000).responses(),
                dir.resolve("responses.csv"));

        ItemBank competencyBank = competencyBank(CompetencyFramework.permenPanRb38());
        ItemBankFiles.writeCsv(competencyBank, dir.resolve("competency-items.csv"));
        ResponseCsv.write(ResponseSimulator.of(competencyBank, 3).withIdPrefix("ASN").simulate(200).responses(),
                dir.resolve("competency-responses.csv"));
    }

    private static ItemBank competencyBank(CompetencyFramework framework) {
        List<Item> items = new ArrayList<>();
        long seed = 10;
        for (String code : framework.codes()) {
            ItemBank scale = ResponseSimulator.randomBank(ModelType.TWO_PL, ITEMS_PER_COMPETENCY, 2, seed++);
            for (Item item : scale.items()) {
                items.add(Item.of(code + "_" + item.id(), item.model(), code));
            }
        }
        return ItemBank.of(items);
    }
}
