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

    private CliRunner run(String people, String positions, String... options) throws Exception {
        Files.writeString(dir.resolve("people.csv"), people);
        Files.writeString(dir.resolve("positions.csv"), positions);
        List<String> args = new java.util.ArrayList<>(List.of("match", "--people", dir.resolve("people.csv").toString(),
                "--positions", dir.resolve("positions.csv").toString(), "--out", dir.resolve("assignment.csv").toString()));
        args.addAll(List.of(options));
        return CliRunner.run(args.toArray(new String[0]));
    }

    @Test
    void assignsToMaximiseTotalJpmAndReportsTheRest() throws Exception {
        // KABAG admits boxes 7-9 only, so A (box 9, JPM 100) is its one eligible candidate; B goes to STAF
        // (JPM capped per competency (2 + 2) / 4 = 100, uncapped 5/4 = 125); nobody reaches MS for KASI
        // (standard 5); C stays unassigned.
        CliRunner result = run("id,M1,M2,box,talent_score\nA,3,3,9,90\nB,3,2,5,70\nC,1,1,1,40\n",
                "position,M1,M2,min_category,allowed_boxes\nKABAG,3,3,MS,7 8 9\nSTAF,2,2,MMS,\nKASI,5,5,MS,\n");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> lines = Files.readAllLines(dir.resolve("assignment.csv"));
        assertEquals("position,id,jpm,talent_score,box,status,reason,jpm_uncapped", lines.get(0));
        assertTrue(lines.contains("KABAG,A,100.00,90.00,9,ASSIGNED,,100.00"), lines.toString());
        assertTrue(lines.contains("STAF,B,100.00,70.00,5,ASSIGNED,,125.00"), lines.toString());
        assertTrue(lines.contains("KASI,,,,,UNFILLED,NO_ELIGIBLE_CANDIDATE,"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(",C,,40.00,1,UNASSIGNED,")), lines.toString());
        assertEquals(5, lines.size());
        assertTrue(result.out().contains("2 of 3 positions filled"), result.out());
    }

    /**
     * X exceeds the standard on M1 and falls short on M2 (uncapped JPM (5 + 2) / 6 = 116.67, per competency
     * (3 + 2) / 6 = 83.33); Y meets it exactly (100). By default the post goes to Y: a surplus on one
     * competency does not buy a post; with {@code --cap none} the uncapped maximum gives it to X.
     */
    @Test
    void aSurplusOnOneCompetencyDoesNotBuyThePostUnlessAskedFor() throws Exception {
        String people = "id,M1,M2,box\nX,5,2,5\nY,3,3,5\n";
        String positions = "position,M1,M2\nP,3,3\n";
        CliRunner capped = run(people, positions);
        assertEquals(ExitCodes.OK, capped.exitCode(), capped.err());
        List<String> lines = Files.readAllLines(dir.resolve("assignment.csv"));
        assertTrue(lines.contains("P,Y,100.00,0.00,5,ASSIGNED,,100.00"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(",X,,")), lines.toString());
        CliRunner uncapped = run(people, positions, "--cap", "none");
        assertEquals(ExitCodes.OK, uncapped.exitCode(), uncapped.err());
        lines = Files.readAllLines(dir.resolve("assignment.csv"));
        assertTrue(lines.contains("P,X,116.67,0.00,5,ASSIGNED,,116.67"), lines.toString());
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
