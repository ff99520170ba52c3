package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.cact.data.ResponseCsv;
import io.github.cact.internal.text.CsvCells;
import io.github.cact.internal.text.DecimalText;
import io.github.cact.internal.text.Utf8Texts;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.Scores;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelScoreRowsTest {

    @TempDir
    Path dir;

    /** Ids of every kind a cell can hold: plain, quoted for a comma, a quote, a semicolon or a tab, non-ASCII. */
    private static String id(int n) {
        return switch (n % 6) {
            case 1 -> "\"E" + n + ",x \"\"q\"\"\"";
            case 2 -> "\"E" + n + ";\"";
            case 3 -> "\u00c4" + n + "\u00e9";
            case 4 -> "\"E\t" + n + "\"";
            default -> "E" + n;
        };
    }

    @Test
    void rowsInBlocksOnTwoThreadsAreTheTextOfEachRowInOrder() throws Exception {
        Path items = dir.resolve("items.csv");
        assertEquals(0, CliRunner.run("simulate", "--model", "2pl", "--n-items", "5", "--examinees", "10",
                "--seed", "3", "--out", dir.resolve("unused.csv").toString(), "--bank-out", items.toString())
                .exitCode());
        int rows = 2 * ParallelScoreRows.BLOCK_ROWS + 123;
        StringBuilder csv = new StringBuilder("id,I001,I002,I003,I004,I005\n");
        for (int n = 0; n < rows; n++) {
            csv.append(id(n)).append(n % 32 == 0 ? ",1,1,1,1,1" : n % 32 == 1 ? ",0,0,0,0,0" : ",1,0,,1,0")
                    .append('\n');
        }
        Path responses = dir.resolve("r.csv");
        Files.writeString(responses, csv, StandardCharsets.UTF_8);
        ItemBank bank = ItemBankFiles.readCsv(items);
        Scores scores = Scorer.of(bank).score(ResponseCsv.read(responses));
        assertInstanceOf(Utf8Texts.class, scores.examineeIds());

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        new ParallelScoreRows().add(scores, "A").add(scores, "S\"1").writeTo(written, true);

        StringBuilder expected = new StringBuilder("id,theta,se,scale,status\n");
        for (String scale : List.of("A", "\"S\"\"1\"")) {
            for (int n = 0; n < scores.size(); n++) {
                expected.append(CsvCells.quote(scores.examineeId(n))).append(',')
                        .append(DecimalText.fixed(scores.theta(n), 6)).append(',')
                        .append(Double.isInfinite(scores.se(n)) ? "Infinity" : DecimalText.fixed(scores.se(n), 6))
                        .append(',').append(scale).append(',').append(scores.status(n)).append('\n');
            }
        }
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), written.toByteArray());
    }
}
