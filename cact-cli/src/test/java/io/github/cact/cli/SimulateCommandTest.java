package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseCsv;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.simulation.ResponseSimulator;
import io.github.cact.simulation.Simulation;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedWritesTheSameBytes() throws Exception {
        Path first = dir.resolve("a.csv");
        Path second = dir.resolve("b.csv");
        Path bank = dir.resolve("bank.csv");
        assertEquals(0, CliRunner.run("simulate", "--model", "grm", "--n-items", "6", "--categories", "4",
                "--examinees", "50", "--seed", "5", "--out", first.toString(), "--bank-out", bank.toString()).exitCode());
        assertEquals(0, CliRunner.run("simulate", "--items", bank.toString(), "--examinees", "50", "--seed", "5",
                "--out", second.toString()).exitCode());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        ResponseMatrix data = ResponseCsv.read(first);
        assertEquals(50, data.examinees());
        assertEquals(ItemBankFiles.readCsv(bank).ids(), data.itemIds());
    }

    @Test
    void batchesWrittenWhileTheNextIsDrawnGiveTheFileOfOneInMemorySimulation() throws Exception {
        Path responses = dir.resolve("r.csv");
        Path thetas = dir.resolve("t.csv");
        Path bank = dir.resolve("bank.csv");
        assertEquals(0, CliRunner.run("simulate", "--model", "3pl", "--n-items", "5", "--examinees", "140000",
                "--missing", "0.1", "--seed", "8", "--out", responses.toString(), "--bank-out", bank.toString(),
                "--theta-out", thetas.toString()).exitCode());
        Simulation whole = ResponseSimulator.of(ItemBankFiles.readCsv(bank), 8).withMissingRate(0.1).simulate(140_000);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ResponseCsv.write(whole.responses(), expected);
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(responses));
        StringBuilder expectedThetas = new StringBuilder("id,theta\n");
        for (int n = 0; n < whole.responses().examinees(); n++) {
            expectedThetas.append(whole.responses().examineeId(n)).append(',')
                    .append(CsvOutput.number(whole.trueTheta(n), 6)).append('\n');
        }
        assertEquals(expectedThetas.toString(), Files.readString(thetas));
    }

    @Test
    void unknownModelIsBadUsage() {
        CliRunner result = CliRunner.run("simulate", "--model", "9pl", "--out", dir.resolve("x.csv").toString());
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.err().contains("9pl"), result.err());
    }

    @Test
    void missingBankFileIsAnEnvironmentErrorNamingTheOptionAndPath() {
        CliRunner result = CliRunner.run("simulate", "--items", dir.resolve("nope.csv").toString(), "--out",
                dir.resolve("x.csv").toString());
        assertEquals(ExitCodes.ENVIRONMENT, result.exitCode());
        assertTrue(result.err().contains("--items") && result.err().contains("nope.csv"), result.err());
    }

    @Test
    void malformedBankIsBadDataNamingLineAndColumn() throws Exception {
        Path bank = dir.resolve("bank.csv");
        Files.writeString(bank, "item,model,a,b1\nQ1,2pl,x,0\n");
        CliRunner result = CliRunner.run("simulate", "--items", bank.toString(), "--out", dir.resolve("x.csv").toString());
        assertEquals(ExitCodes.DATA, result.exitCode());
        assertTrue(result.err().contains("bank.csv, line 2, column 3"), result.err());
        assertTrue(!result.err().contains("\tat "), "no stack trace: " + result.err());
    }
}
