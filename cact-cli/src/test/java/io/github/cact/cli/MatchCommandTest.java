package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {

    @TempDir
    Path dir;

    private CliRunner run(String people, String positions) throws Exception {
        Files.writeString(dir.resolve("people.csv"), people);
        Files.writeString(dir.resolve("positions.csv"), positions);
        return CliRunner.run("match", "--people", dir.resolve("people.csv").toString(), "--positions",
                dir.resolve("positions.csv").toString(), "--out", dir.resolve("assignment.csv").toString());
    }

    @Test
    void assignsToMaximiseTotalJpmAndReportsTheRest() throws Exception {
        // KABAG admits boxes 7-9 only, so A (box 9, JPM 100) is its one eligible candidate; B goes to STAF
        // (JPM 5/4 = 125); nobody reaches MS for KASI (standard 5); C stays unassigned.
        CliRunner result = run("id,M1,M2,box,talent_score\nA,3,3,9,90\nB,3,2,5,70\nC,1,1,1,40\n",
                "position,M1,M2,min_category,allowed_boxes\nKABAG,3,3,MS,7 8 9\nSTAF,2,2,MMS,\nKASI,5,5,MS,\n");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> lines = Files.readAllLines(dir.resolve("assignment.csv"));
        assertEquals("position,id,jpm,talent_score,box,status,reason", lines.get(0));
        assertTrue(lines.contains("KABAG,A,100.00,90.00,9,ASSIGNED,"), lines.toString());
        assertTrue(lines.contains("STAF,B,125.00,70.00,5,ASSIGNED,"), lines.toString());
        assertTrue(lines.contains("KASI,,,,,UNFILLED,NO_ELIGIBLE_CANDIDATE"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(",C,,40.00,1,UNASSIGNED,")), lines.toString());
        assertEquals(5, lines.size());
        assertTrue(result.out().contains("2 of 3 positions filled"), result.out());
    }

    @Test
    void badBoxAndBadCategoryAreLocated() throws Exception {
        CliRunner box = run("id,M1,box\nA,3,10\n", "position,M1\nP,3\n");
        assertEquals(ExitCodes.DATA, box.exitCode());
        assertTrue(box.err().contains("people.csv, line 2, column 3"), box.err());
        CliRunner category = run("id,M1,box\nA,3,9\n", "position,M1,min_category\nP,3,GOOD\n");
        assertEquals(ExitCodes.DATA, category.exitCode());
        assertTrue(category.err().contains("positions.csv, line 2, column 3") && category.err().contains("GOOD"),
                category.err());
    }
}
