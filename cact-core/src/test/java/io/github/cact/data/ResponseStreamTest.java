package io.github.cact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseStreamTest {

    /** Small parsing blocks so that a few hundred rows make many blocks and several batches. */
    private static final int BLOCK_BYTES = 200;

    private static String simulated(int examinees, int items, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("\uFEFFperson");
        for (int i = 0; i < items; i++) {
            text.append(',').append("Q").append(i);
        }
        text.append("\r\n");
        for (int e = 0; e < examinees; e++) {
            text.append(e % 7 == 0 ? "\"P, " + e + "\"" : "P" + e);
            for (int i = 0; i < items; i++) {
                int draw = random.nextInt(12);
                text.append(',').append(draw == 0 ? "" : draw == 1 ? "NA" : draw == 2 ? " 1 " : "" + draw % 3);
            }
            text.append(e % 5 == 0 ? "\r\n\r\n" : "\r\n");
        }
        return text.toString();
    }

    private static List<ResponseMatrix> stream(String text, Map<String, Integer> categories, int rows)
            throws IOException {
        List<ResponseMatrix> blocks = new ArrayList<>();
        ResponseParser.stream(text.getBytes(StandardCharsets.UTF_8), "r.csv", categories, BLOCK_BYTES, rows,
                blocks::add);
        return blocks;
    }

    private static ResponseMatrix whole(String text, Map<String, Integer> categories) throws IOException {
        return ResponseParser.parse(text.getBytes(StandardCharsets.UTF_8), "r.csv", categories, BLOCK_BYTES);
    }

    @Test
    void theBlocksInOrderAreTheWholeMatrix() throws IOException {
        String text = simulated(500, 6, 11);
        ResponseMatrix whole = whole(text, null);
        List<ResponseMatrix> blocks = stream(text, null, 40);
        assertTrue(blocks.size() >= 10, "blocks: " + blocks.size());
        int from = 0;
        for (ResponseMatrix block : blocks) {
            assertTrue(block.examinees() <= 40, "rows: " + block.examinees());
            assertEquals(whole.rows(from, from + block.examinees()), block);
            for (int i = 0; i < block.items(); i++) {
                int max = -1;
                for (int e = 0; e < block.examinees(); e++) {
                    max = Math.max(max, block.response(e, i));
                }
                assertEquals(max, block.maxCategory(i));
            }
            from += block.examinees();
        }
        assertEquals(whole.examinees(), from);
    }

    @Test
    void errorsAreTheSameAsInMemoryWhereverTheyAre() throws IOException {
        String good = simulated(300, 4, 5);
        List<String> bad = List.of(
                good + "LATE,1,2,x,0\n",
                good + "P17,1,1,1,1\n",
                good.replace("\r\nP250,", "\r\nP3,"),
                good + "R1,1,1\n",
                good + "R1,1,1,1,1,9\n",
                good + "\"R1,1,1,1,1\n",
                good.replace("P280", "P2\u00e9").replace("P290,", "P280,P290,"),
                "id,Q1\n\n");
        for (String text : bad) {
            DataFormatException expected = assertThrows(DataFormatException.class, () -> whole(text, null));
            DataFormatException streamed = assertThrows(DataFormatException.class, () -> stream(text, null, 30));
            assertEquals(expected.getMessage(), streamed.getMessage());
        }
        Map<String, Integer> binary = Map.of("Q0", 3, "Q1", 3, "Q2", 3, "Q3", 2);
        String tooHigh = good + "LAST,0,0,0,2\n";
        assertEquals(assertThrows(DataFormatException.class, () -> whole(tooHigh, binary)).getMessage(),
                assertThrows(DataFormatException.class, () -> stream(tooHigh, binary, 30)).getMessage());
    }

    @Test
    void blocksBeforeALateErrorAreHandedOver() throws IOException {
        String text = simulated(300, 4, 5) + "LATE,1,2,x,0\n";
        List<ResponseMatrix> blocks = new ArrayList<>();
        assertThrows(DataFormatException.class, () -> ResponseParser.stream(
                text.getBytes(StandardCharsets.UTF_8), "r.csv", null, BLOCK_BYTES, 30, blocks::add));
        assertTrue(blocks.size() > 1, "blocks: " + blocks.size());
    }

    @Test
    void aFileIsReadWithTheHeapOfABlock(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.csv");
        int examinees = 60_000;
        Files.writeString(file, simulated(examinees, 20, 3));
        // about 50 bytes a row: one parsing block of 1 MiB holds about 21,000 rows
        int[] seen = {0, 0, 0};
        ResponseCsv.readBlocks(file, 25_000, block -> {
            seen[0] += block.examinees();
            seen[1] = Math.max(seen[1], block.examinees());
            seen[2]++;
        });
        assertEquals(examinees, seen[0]);
        assertTrue(seen[1] <= 25_000, "largest block: " + seen[1]);
        assertTrue(seen[2] >= 3, "blocks: " + seen[2]);
        assertEquals(ResponseCsv.read(file).examinees(), seen[0]);
        assertThrows(IllegalArgumentException.class, () -> ResponseCsv.readBlocks(file, 0, block -> { }));
    }
}
