package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NineBoxCommandTest {

    @TempDir
    Path dir;

    private CliRunner run(String people, String... extra) throws Exception {
        Path in = dir.resolve("people.csv");
        Files.writeString(in, people);
        List<String> args = new ArrayList<>(List.of("ninebox", "--people", in.toString(), "--out",
                dir.resolve("boxes.csv").toString()));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(new String[0]));
    }

    @Test
    void everyPerformanceAndPotentialFormIsPlacedAndEveryPersonIsWritten() throws Exception {
        CliRunner result = run("id,unit,skp_predicate,hasil_kerja,perilaku_kerja,performance_score,potential_score,"
                + "competency_jpm,potential_jpm,qualification,integrity\n"
                + "A1,Biro Umum,SANGAT_BAIK,,,,,92.59,85,80,90\n"
                + "A2,Biro Umum,,SESUAI,SESUAI,,64,,,,\n"
                + "A3,Dinas,,,,45,30,,,,\n"
                + "A4,Dinas,,,,,70,,,,\n"
                + "A5,Dinas,,,,120,70,,,,\n");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> lines = Files.readAllLines(dir.resolve("boxes.csv"));
        assertEquals("id,box,performance_level,potential_level,talent_score,recommendation,status,reason,input_sha256",
                lines.get(0));
        assertEquals(6, lines.size());
        assertTrue(lines.get(1).startsWith("A1,9,HIGH,HIGH,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("A2,5,MIDDLE,MIDDLE,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("A3,1,LOW,LOW,"), lines.get(3));
        assertTrue(lines.get(4).startsWith("A4,,,,,,UNPLACED,"), lines.get(4));
        assertTrue(lines.get(4).contains("A4"), lines.get(4));
        assertTrue(lines.get(5).startsWith("A5,,,,,,UNPLACED,"), lines.get(5));
        assertTrue(result.out().contains("5 people: 3 placed, 2 unplaced"), result.out());
    }

    @Test
    void configChangesTheBands() throws Exception {
        Path config = dir.resolve("ninebox.json");
        Files.writeString(config, "{\"name\": \"strict\", \"version\": \"2\", \"potentialBands\": {\"middleFrom\": 70, \"highFrom\": 90}}");
        CliRunner result = run("id,skp_predicate,potential_score\nB1,BAIK,65\n", "--config", config.toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertTrue(Files.readAllLines(dir.resolve("boxes.csv")).get(1).startsWith("B1,2,MIDDLE,LOW,"));
    }

    @Test
    void aReinforcingScoreComposesWithThePredicateAndItsWeightsAreConfigurable() throws Exception {
        // BAIK = 80: 0.6 * 80 + 0.4 * 90 = 84 is HIGH; with 50/50 weights, 0.5 * 80 + 0.5 * 40 = 60 is LOW
        String people = "id,skp_predicate,reinforcing_score,potential_score\nR1,BAIK,90,70\nR2,BAIK,40,70\n"
                + "R3,BAIK,,70\n";
        CliRunner result = run(people);
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> lines = Files.readAllLines(dir.resolve("boxes.csv"));
        assertTrue(lines.get(1).startsWith("R1,7,HIGH,MIDDLE,77.00,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("R2,5,MIDDLE,MIDDLE,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("R3,5,MIDDLE,MIDDLE,75.00,"), lines.get(3));
        Path config = dir.resolve("ninebox.json");
        Files.writeString(config, "{\"performanceWeights\": {\"primary\": 0.5, \"reinforcing\": 0.5}}");
        assertEquals(ExitCodes.OK, run(people, "--config", config.toString()).exitCode());
        assertTrue(Files.readAllLines(dir.resolve("boxes.csv")).get(2).startsWith("R2,3,LOW,MIDDLE,"));
    }

    @Test
    void aReinforcingScoreWithAPerformanceScoreIsBadDataNamingThePlace() throws Exception {
        CliRunner result = run("id,performance_score,reinforcing_score,potential_score\nR1,70,,70\nR2,70,50,70\n");
        assertEquals(ExitCodes.DATA, result.exitCode());
        assertTrue(result.err().contains("people.csv, line 3, column 3"), result.err());
        assertTrue(result.err().contains("person 'R2': a reinforcing score composes with SKP ratings or a predicate"),
                result.err());
    }

    @Test
    void unknownConfigKeyIsBadData() throws Exception {
        Path config = dir.resolve("ninebox.json");
        Files.writeString(config, "{\"potentialBandz\": {}}");
        CliRunner result = run("id,skp_predicate,potential_score\nB1,BAIK,65\n", "--config", config.toString());
        assertEquals(ExitCodes.DATA, result.exitCode());
        assertTrue(result.err().contains("potentialBandz"), result.err());
    }

    @Test
    void unknownPredicateIsBadDataNamingPlaceAndPerson() throws Exception {
        CliRunner result = run("id,skp_predicate,potential_score\nB1,BAIK,65\nB2,LUAR_BIASA,70\n");
        assertEquals(ExitCodes.DATA, result.exitCode());
        assertTrue(result.err().contains("people.csv, line 3, column 2"), result.err());
        assertTrue(result.err().contains("LUAR_BIASA"), result.err());
    }

    @Test
    void duplicateIdAndNonNumberAreBadData() throws Exception {
        CliRunner duplicate = run("id,performance_score,potential_score\nC1,70,70\nC1,80,80\n");
        assertEquals(ExitCodes.DATA, duplicate.exitCode());
        assertTrue(duplicate.err().contains("line 3") && duplicate.err().contains("'C1'"), duplicate.err());
        CliRunner nan = run("id,performance_score,potential_score\nC1,NaN,70\n");
        assertEquals(ExitCodes.DATA, nan.exitCode());
        assertTrue(nan.err().contains("line 2, column 2"), nan.err());
    }

    @Test
    void missingPerformanceColumnIsBadData() throws Exception {
        CliRunner result = run("id,potential_score\nC1,70\n");
        assertEquals(ExitCodes.DATA, result.exitCode());
        assertTrue(result.err().contains("performance column"), result.err());
    }
}
