package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.calibration.Linking;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTest {

    @TempDir
    Path dir;

    @Test
    void everyMethodRecoversAKnownTransformation() throws Exception {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, 12, 2, 4);
        // the form is the bank on a scale with θ_form = (θ_bank − 0.4) / 1.25, so A = 1.25, B = 0.4
        ItemBank form = Linking.transform(bank, 1 / 1.25, -0.4 / 1.25);
        ItemBankFiles.writeCsv(bank, dir.resolve("bank.csv"));
        ItemBankFiles.writeCsv(form, dir.resolve("form.csv"));
        for (String method : List.of("mean-mean", "mean-sigma", "haebara", "stocking-lord")) {
            CliRunner result = CliRunner.run("link", "--from", dir.resolve("form.csv").toString(), "--to",
                    dir.resolve("bank.csv").toString(), "--method", method, "--out", dir.resolve("A.csv").toString(),
                    "--transformed", dir.resolve("t.csv").toString());
            assertEquals(ExitCodes.OK, result.exitCode(), result.err());
            String[] row = Files.readAllLines(dir.resolve("A.csv")).get(1).split(",");
            assertEquals(method, row[0]);
            assertEquals(1.25, Double.parseDouble(row[1]), 1e-3, method + " A");
            assertEquals(0.4, Double.parseDouble(row[2]), 1e-3, method + " B");
            ItemBank back = ItemBankFiles.readCsv(dir.resolve("t.csv"));
            assertEquals(bank.model(3).slope(), back.model(3).slope(), 1e-3);
        }
    }

    @Test
    void unknownMethodIsBadUsage() throws Exception {
        ItemBankFiles.writeCsv(ResponseSimulator.randomBank(ModelType.TWO_PL, 3, 2, 4), dir.resolve("bank.csv"));
        CliRunner result = CliRunner.run("link", "--from", dir.resolve("bank.csv").toString(), "--to",
                dir.resolve("bank.csv").toString(), "--method", "equipercentile", "--out", dir.resolve("A.csv").toString());
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.err().contains("equipercentile"), result.err());
    }
}
