package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.cat.simulation.GpcmBanks;
import io.github.cact.internal.text.Json;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatSimulateCommandTest {

    @TempDir
    Path dir;

    private Path bank;

    @BeforeEach
    void writeBank() throws IOException {
        bank = dir.resolve("bank.csv");
        ItemBankFiles.writeCsv(GpcmBanks.of(List.of("M1", "SK1"), 12, 5, 3), bank);
    }

    private CliRunner simulate(String out, String... extra) {
        String[] base = {"cat-simulate", "--items", bank.toString(), "--examinees", "30", "--max-items", "4",
            "--seed", "7", "--quiet", "--out", dir.resolve(out).toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRunner.run(args);
    }

    @Test
    void levelRuleChangesOnlyTheReportedLevels() throws IOException {
        assertEquals(0, simulate("estimate").exitCode());
        assertEquals(0, simulate("probable", "--level", "probable").exitCode());
        List<String> estimate = Files.readAllLines(dir.resolve("estimate/sessions.csv"));
        List<String> probable = Files.readAllLines(dir.resolve("probable/sessions.csv"));
        assertEquals(estimate.size(), probable.size());
        int changed = 0;
        for (int row = 1; row < estimate.size(); row++) {
            String[] a = estimate.get(row).split(",", -1);
            String[] b = probable.get(row).split(",", -1);
            // the same test is taken (id .. stop_reason, and the true level); only the reported level may differ
            assertArrayEquals(java.util.Arrays.copyOf(a, 7), java.util.Arrays.copyOf(b, 7), estimate.get(row));
            assertEquals(a[8], b[8]);
            changed += a[7].equals(b[7]) ? 0 : 1;
        }
        assertTrue(changed > 0, "with at most 4 items per scale the posterior mean and mode levels part somewhere");
        String summary = Files.readString(dir.resolve("probable/summary.json"));
        assertTrue(java.util.regex.Pattern.compile("\"levelRule\"\\s*:\\s*\"probable\"").matcher(summary).find(), summary);
        CliRunner bad = simulate("bad", "--level", "mode");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--level: 'mode' is not a level rule; expected estimate or probable"), bad.err());
    }

    @Test
    void writesSessionsExposureAndSummaryTheSameForTheSameSeed() throws IOException {
        assertEquals(0, simulate("a", "--exposure", "randomesque:2", "--classify", "0.8").exitCode());
        assertEquals(0, simulate("b", "--exposure", "randomesque:2", "--classify", "0.8").exitCode());
        for (String name : List.of("sessions.csv", "fixed.csv", "exposure.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)),
                    Files.readAllBytes(dir.resolve("b").resolve(name)), name);
        }
        List<String> sessions = Files.readAllLines(dir.resolve("a/sessions.csv"));
        assertEquals("id,scale,true_theta,theta,se,items,stop_reason,level,true_level", sessions.get(0));
        assertEquals(1 + 30 * 2, sessions.size());
        assertTrue(sessions.get(1).startsWith("E000001,M1,"), sessions.get(1));
        List<String> exposure = Files.readAllLines(dir.resolve("a/exposure.csv"));
        assertEquals("item,scale,exposure_rate", exposure.get(0));
        assertEquals(1 + 24, exposure.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) Json.parse(Files.readString(dir.resolve("a/summary.json")), "s");
        @SuppressWarnings("unchecked")
        Map<String, Object> adaptive = (Map<String, Object>) summary.get("adaptive");
        @SuppressWarnings("unchecked")
        Map<String, Object> fixed = (Map<String, Object>) summary.get("fixed");
        for (String key : List.of("meanItems", "meanItemsPerScale", "bias", "rmse", "correlation",
                "classificationAccuracy", "maxExposure", "overlapRate", "conditional", "lengthDistribution")) {
            assertTrue(adaptive.containsKey(key) && fixed.containsKey(key), key);
        }
        assertEquals(24.0, fixed.get("meanItems"), "the default fixed form is the whole bank");
        assertTrue((Double) adaptive.get("meanItems") <= 8, "at most 4 items on each of 2 scales");
        assertEquals(30.0, summary.get("examinees"));
    }

    @Test
    void givenAbilitiesAFormAndAStandardAreUsed() throws IOException {
        Path theta = Files.writeString(dir.resolve("theta.csv"), "id,SK1,M1\nann,0.5,-1\nbob,2,1.5\n");
        Path form = Files.writeString(dir.resolve("form.csv"), "item\nM1-01\nM1-06\nSK1-02\n");
        Path standards = Files.writeString(dir.resolve("standards.csv"), "position,M1,SK1\nstaff,3,2\n");
        CliRunner result = CliRunner.run("cat-simulate", "--items", bank.toString(), "--theta", theta.toString(),
                "--fixed", form.toString(), "--standards", standards.toString(), "--position", "staff",
                "--classify", "0.9", "--max-items", "5", "--out", dir.resolve("o").toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("saving"), result.out());
        List<String> fixed = Files.readAllLines(dir.resolve("o/fixed.csv"));
        assertTrue(fixed.get(1).startsWith("ann,M1,-1.000000,"), fixed.get(1));
        assertTrue(fixed.get(1).contains(",2,FIXED_FORM,"), fixed.get(1));
        assertTrue(fixed.get(4).startsWith("bob,SK1,2.000000,"), fixed.get(4));
        assertTrue(Files.readString(dir.resolve("o/summary.json")).contains("\"decisionAccuracy\""));
        Path report = dir.resolve("report.html");
        CliRunner reported = CliRunner.run("report", "--simulation", dir.resolve("o").toString(), "--out", report.toString());
        assertEquals(0, reported.exitCode(), reported.err());
        assertTrue(Files.readString(report).contains("id=\"simulation\""));
    }

    @Test
    void badOptionsAreUsageErrorsAndBadFilesDataErrorsWithNoOutput() throws IOException {
        assertEquals(ExitCodes.USAGE, simulate("x", "--exposure", "sympson-hetter:2").exitCode());
        assertEquals(ExitCodes.USAGE, simulate("x", "--exposure", "randomesque:0").exitCode());
        assertEquals(ExitCodes.USAGE, simulate("x", "--classify", "0.4").exitCode());
        assertEquals(ExitCodes.USAGE, simulate("x", "--select", "best").exitCode());
        assertEquals(ExitCodes.USAGE, simulate("x", "--min-items", "5").exitCode());
        assertEquals(ExitCodes.USAGE, simulate("x", "--correlation", "-2").exitCode());
        assertEquals(ExitCodes.USAGE, simulate("x", "--standards", bank.toString()).exitCode());
        Path theta = Files.writeString(dir.resolve("theta.csv"), "id,M1,SK1\nann,0,x\n");
        CliRunner bad = CliRunner.run("cat-simulate", "--items", bank.toString(), "--theta", theta.toString(),
                "--out", dir.resolve("x").toString());
        assertEquals(ExitCodes.DATA, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("theta.csv, line 2, column 3"), bad.err());
        assertFalse(Files.exists(dir.resolve("x")), "no output directory");
        CliRunner both = CliRunner.run("cat-simulate", "--items", bank.toString(), "--theta", theta.toString(),
                "--examinees", "5", "--out", dir.resolve("x").toString());
        assertEquals(ExitCodes.USAGE, both.exitCode());
        CliRunner noParent = CliRunner.run("cat-simulate", "--items", bank.toString(), "--out",
                dir.resolve("no/such/dir").toString());
        assertEquals(ExitCodes.ENVIRONMENT, noParent.exitCode());
        CliRunner overwrite = CliRunner.run("cat-simulate", "--items", dir.resolve("x2/summary.json").toString(),
                "--out", dir.resolve("x2").toString());
        assertEquals(ExitCodes.ENVIRONMENT, overwrite.exitCode(), "a missing bank");
    }

    @Test
    void anOutputThatIsAnInputIsRefused() throws IOException {
        Path out = Files.createDirectories(dir.resolve("o"));
        Path form = Files.writeString(out.resolve("fixed.csv"), "item\nM1-01\nSK1-01\n");
        CliRunner result = CliRunner.run("cat-simulate", "--items", bank.toString(), "--fixed", form.toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.err());
        assertTrue(result.err().contains("--fixed"), result.err());
    }

    @Test
    void catExposureWritesOneParameterPerItem() throws IOException {
        Path out = dir.resolve("k.csv");
        CliRunner result = CliRunner.run("cat-exposure", "--items", bank.toString(), "--rate", "0.3", "--max-items", "4",
                "--examinees", "200", "--rounds", "5", "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("item,scale,k", lines.get(0));
        assertEquals(25, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            double k = Double.parseDouble(line.split(",")[2]);
            assertTrue(k > 0 && k <= 1, line);
        }
        assertEquals(ExitCodes.USAGE, CliRunner.run("cat-exposure", "--items", bank.toString(), "--rate", "0",
                "--out", out.toString()).exitCode());
    }

    @Test
    void theSprtStopsScalesAndIsRecordedInTheSummary() throws IOException {
        CliRunner result = simulate("s", "--classify", "sprt:0.5:0.2");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.readString(dir.resolve("s/sessions.csv")).contains(",CLASSIFIED,"),
                "some scale is decided by the SPRT before its 4 items");
        assertTrue(Files.readString(dir.resolve("s/summary.json")).contains("\"classify\": \"sprt:0.5:0.2\""));
        assertEquals(0, simulate("p", "--classify", "0.8").exitCode());
        assertTrue(Files.readString(dir.resolve("p/summary.json")).contains("\"classify\": 0.8"),
                "a posterior confidence is still written as a number");
    }

    @Test
    void badSprtValuesNameTheOptionTheValueAndTheExpectation() {
        Map<String, String> expected = Map.of(
                "sprt", "expected sprt:DELTA[:ALPHA[:BETA]]",
                "sprt:0.3:0.05:0.05:1", "expected sprt:DELTA[:ALPHA[:BETA]]",
                "sprtx:0.3", "expected sprt:DELTA[:ALPHA[:BETA]]",
                "sprt:0", "expected DELTA, the half-width of the indifference region, finite and > 0",
                "sprt:abc", "expected DELTA, the half-width of the indifference region, finite and > 0",
                "sprt:0.3:0.5", "expected ALPHA and BETA, the error rates, in (0, 0.5)",
                "sprt:0.3:0.05:0", "expected ALPHA and BETA, the error rates, in (0, 0.5)");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            CliRunner result = simulate("x", "--classify", e.getKey());
            assertEquals(ExitCodes.USAGE, result.exitCode(), e.getKey());
            assertTrue(result.err().contains("--classify: got '" + e.getKey() + "'; " + e.getValue()),
                    e.getKey() + ": " + result.err());
        }
        CliRunner exposure = CliRunner.run("cat-exposure", "--items", bank.toString(), "--rate", "0.3",
                "--classify", "sprt:-1", "--out", dir.resolve("k.csv").toString());
        assertEquals(ExitCodes.USAGE, exposure.exitCode());
        assertTrue(exposure.err().contains("--classify: got 'sprt:-1'"), exposure.err());
    }

    @Test
    void theLookAheadStopsScalesTheSameForTheSameSeedAndIsRecordedInTheSummary() throws IOException {
        assertEquals(0, simulate("l", "--classify", "lookahead:0.03").exitCode());
        assertEquals(0, simulate("m", "--classify", "lookahead:0.03").exitCode());
        String sessions = Files.readString(dir.resolve("l/sessions.csv"));
        assertEquals(sessions, Files.readString(dir.resolve("m/sessions.csv")));
        int early = 0;
        for (String line : sessions.lines().skip(1).toList()) {
            String[] f = line.split(",", -1);
            early += f[6].equals("CLASSIFIED") && Integer.parseInt(f[5]) < 4 ? 1 : 0;
        }
        assertTrue(early > 0, "some scale is classified by the look-ahead before its 4 items");
        assertTrue(Files.readString(dir.resolve("l/summary.json")).contains("\"classify\": \"lookahead:0.03\""));
    }

    @Test
    void badLookAheadValuesNameTheOptionTheValueAndTheExpectation() {
        for (String value : List.of("lookahead", "lookahead:", "lookahead:0", "lookahead:0.5", "lookahead:abc",
                "lookahead:-0.1", "lookahead:0.1:2", "lookaheadx:0.1", "lookahead:NaN")) {
            CliRunner result = simulate("x", "--classify", value);
            assertEquals(ExitCodes.USAGE, result.exitCode(), value);
            assertTrue(result.err().contains("--classify: got '" + value + "'; expected lookahead:GAIN with GAIN, the"
                    + " expected gain an item must exceed, in (0, 0.5)"), value + ": " + result.err());
            assertFalse(Files.exists(dir.resolve("x")), "no output for a bad value");
        }
    }

    @Test
    void aBankWithoutScalesTakesCutsAndAStandardAsOneThetaCompetency() throws IOException {
        Path single = dir.resolve("single.csv");
        List<Item> items = new java.util.ArrayList<>();
        for (Item item : GpcmBanks.of(List.of("M1"), 15, 5, 4).items()) {
            items.add(Item.of(item.id(), item.model()));
        }
        ItemBankFiles.writeCsv(ItemBank.of(items), single);
        Path cuts = Files.writeString(dir.resolve("cuts.csv"), "competency,c1,c2,c3,c4\ntheta,-3,-2.9,2.9,3\n");
        CliRunner result = CliRunner.run("cat-simulate", "--items", single.toString(), "--cuts", cuts.toString(),
                "--examinees", "40", "--max-items", "3", "--quiet", "--out", dir.resolve("c").toString());
        assertEquals(0, result.exitCode(), result.err());
        List<String> sessions = Files.readAllLines(dir.resolve("c/sessions.csv"));
        assertEquals(41, sessions.size());
        for (String line : sessions.subList(1, sessions.size())) {
            String[] f = line.split(",");
            double truth = Double.parseDouble(f[2]);
            int trueLevel = Integer.parseInt(f[8]);
            assertEquals(truth < -3 ? 1 : truth < -2.9 ? 2 : truth < 2.9 ? 3 : truth < 3 ? 4 : 5, trueLevel,
                    "the levels follow the file's cuts, not the default ones: " + line);
        }
        Path standards = Files.writeString(dir.resolve("standards.csv"), "position,theta\nstaff,3\n");
        CliRunner standard = CliRunner.run("cat-simulate", "--items", single.toString(), "--cuts", cuts.toString(),
                "--standards", standards.toString(), "--position", "staff", "--classify", "sprt:0.3",
                "--examinees", "40", "--max-items", "3", "--quiet", "--out", dir.resolve("d").toString());
        assertEquals(0, standard.exitCode(), standard.err());
        assertTrue(Files.readString(dir.resolve("d/summary.json")).contains("\"decisionAccuracy\""));
        Path misnamed = Files.writeString(dir.resolve("m1.csv"), "competency,c1,c2,c3,c4\nM1,-1,0,1,2\n");
        CliRunner wrong = CliRunner.run("cat-simulate", "--items", single.toString(), "--cuts", misnamed.toString(),
                "--out", dir.resolve("e").toString());
        assertEquals(ExitCodes.DATA, wrong.exitCode(), wrong.err());
        assertTrue(wrong.err().contains("m1.csv, line 2, column 1") && wrong.err().contains("'M1'")
                && wrong.err().contains("[theta]"), wrong.err());
        Path twoColumns = Files.writeString(dir.resolve("s2.csv"), "position,M1,SK1\nstaff,3,2\n");
        CliRunner columns = CliRunner.run("cat-simulate", "--items", single.toString(), "--standards",
                twoColumns.toString(), "--position", "staff", "--out", dir.resolve("f").toString());
        assertEquals(ExitCodes.USAGE, columns.exitCode(), columns.err());
        assertTrue(columns.err().contains("expected the columns position,theta"), columns.err());
    }
}
