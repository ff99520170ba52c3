package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseCsv;
import io.github.cact.internal.text.Json;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {

    @TempDir
    Path dir;

    private Path responses;

    @BeforeEach
    void lsat7() throws Exception {
        // LSAT7 (Bock & Lieberman 1970), the response patterns expanded to 1,000 examinees
        responses = dir.resolve("lsat7.csv");
        ResponseCsv.write(ResponseCsv.readPatterns(ReferenceFiles.FOLDER.resolve("lsat7-patterns.csv")),
                responses);
    }

    @Test
    void lsat7TwoPlMatchesMirtThroughTheCommandLine() throws Exception {
        CliRunner result = CliRunner.run("calibrate", "--responses", responses.toString(), "--model", "2pl", "--out",
                dir.resolve("items.csv").toString(), "--summary", dir.resolve("summary.json").toString(), "--quiet");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        ItemBank bank = ItemBankFiles.readCsv(dir.resolve("items.csv"));
        // mirt 2PL, 61 nodes, TOL 1e-4 (lsat7-mirt.json with its source, and
        // docs/conventions.md#reference-data-and-published-results): a and d per item, published to 3 decimals. The accelerated EM stops nearer the maximum than mirt's plain EM (a3:
        // 1.7074 here, 1.70748 at the maximum, 1.706 published), so the bound adds the publication's rounding
        // (5e-4) to 1e-3; the library's LsatReferenceTest checks plain EM against 1e-3 alone.
        Map<?, ?> published = (Map<?, ?>) ReferenceFiles.published("lsat7-mirt.json").get("twoPl");
        List<?> a = (List<?>) published.get("a");
        List<?> d = (List<?>) published.get("d");
        for (int i = 0; i < 5; i++) {
            assertEquals((Double) a.get(i), bank.model(i).slope(), 1e-3 + 5e-4, "a" + (i + 1));
            assertEquals((Double) d.get(i), bank.model(i).intercepts()[0], 1e-3 + 5e-4, "d" + (i + 1));
        }
        Map<?, ?> summary = (Map<?, ?>) Json.parse(Files.readString(dir.resolve("summary.json")), "summary.json");
        assertEquals((Double) published.get("logLikelihood"), (Double) summary.get("logLikelihood"), 1e-3);
        assertEquals((Double) published.get("aic"), (Double) summary.get("aic"), 1e-2);
        assertEquals(Boolean.TRUE, summary.get("converged"));
        for (String key : List.of("iterations", "bic", "latentMean", "latentVariance")) {
            assertTrue(summary.containsKey(key), key);
        }
        Map<?, ?> m2 = (Map<?, ?>) summary.get("limitedInformationFit");
        assertEquals(List.of("type", "m2", "df", "p", "rmsea", "rmseaLower", "rmseaUpper", "srmsr", "examinees"), List.copyOf(m2.keySet()));
        assertEquals("M2", m2.get("type"));
        assertEquals(5.0, ((Number) m2.get("df")).doubleValue());
        assertEquals(List.of("g2", "df", "p"), List.copyOf(((Map<?, ?>) summary.get("modelFit")).keySet()));
        String header = Files.readAllLines(dir.resolve("items.csv")).get(0);
        assertEquals("item,model,a,b1,g,u,scale,d1,se_a,se_d1,se_g,se_u,sx2,sx2_df,sx2_p,infit,outfit", header);
    }

    @Test
    void nonConvergenceWritesResultsAndExitsWithFour() {
        CliRunner result = CliRunner.run("calibrate", "--responses", responses.toString(), "--model", "2pl",
                "--max-cycles", "2", "--out", dir.resolve("items.csv").toString(), "--summary",
                dir.resolve("summary.json").toString());
        assertEquals(ExitCodes.NOT_CONVERGED, result.exitCode(), result.err());
        assertTrue(Files.exists(dir.resolve("items.csv")) && Files.exists(dir.resolve("summary.json")));
        assertTrue(result.err().contains("NOT CONVERGED"), result.err());
    }

    @Test
    void scalesInTheItemModelsFileAreCalibratedSeparately() throws Exception {
        Files.writeString(dir.resolve("m.csv"), "item,model,scale\nitem1,2pl,A\nitem2,2pl,A\nitem3,2pl,A\n"
                + "item4,rasch,B\nitem5,rasch,B\n");
        CliRunner result = CliRunner.run("calibrate", "--responses", responses.toString(), "--model", "2pl",
                "--item-models", dir.resolve("m.csv").toString(), "--out", dir.resolve("items.csv").toString(),
                "--summary", dir.resolve("summary.json").toString(), "--quiet");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        ItemBank bank = ItemBankFiles.readCsv(dir.resolve("items.csv"));
        assertEquals(List.of("A", "B"), bank.scales());
        assertEquals("rasch", bank.model(4).type().code());
        Map<?, ?> summary = (Map<?, ?>) Json.parse(Files.readString(dir.resolve("summary.json")), "summary.json");
        assertEquals(2, ((Map<?, ?>) summary.get("scales")).size());
    }

    @Test
    void badInputsAreReportedWithTheirPlace() throws Exception {
        Files.writeString(dir.resolve("m.csv"), "item,model\nitem1,2pl\nitem9,2pl\n");
        CliRunner unknown = CliRunner.run("calibrate", "--responses", responses.toString(), "--model", "2pl",
                "--item-models", dir.resolve("m.csv").toString(), "--out", dir.resolve("items.csv").toString());
        assertEquals(ExitCodes.DATA, unknown.exitCode());
        assertTrue(unknown.err().contains("m.csv, line 3") && unknown.err().contains("item9"), unknown.err());
        CliRunner model = CliRunner.run("calibrate", "--responses", responses.toString(), "--model", "5pl", "--out",
                dir.resolve("items.csv").toString());
        assertEquals(ExitCodes.USAGE, model.exitCode());
    }

    @Test
    void aCategoryCountThatIsNotWholeIsBadDataWithItsPlace() throws Exception {
        Files.writeString(dir.resolve("m.csv"), "item,model,categories\nitem1,grm,3\nitem2,grm,2.5\n");
        CliRunner result = CliRunner.run("calibrate", "--responses", responses.toString(), "--model", "2pl",
                "--item-models", dir.resolve("m.csv").toString(), "--out", dir.resolve("items.csv").toString());
        assertEquals(ExitCodes.DATA, result.exitCode(), result.err());
        assertTrue(result.err().contains("m.csv, line 3, column 3") && result.err().contains("'2.5'")
                && result.err().contains("item2"), result.err());
        assertTrue(!Files.exists(dir.resolve("items.csv")));
    }

    @Test
    void m2MaxMomentsRaisesTheCapSoThatFortyDichotomousItemsGetM2() throws Exception {
        Path forty = dir.resolve("forty.csv");
        assertEquals(ExitCodes.OK, CliRunner.run("simulate", "--model", "2pl", "--n-items", "40", "--examinees", "500",
                "--seed", "11", "--out", forty.toString()).exitCode());
        // 40 dichotomous items have 40 + 40 * 39 / 2 = 820 first- and second-order moments, above the default 500
        CliRunner capped = CliRunner.run("calibrate", "--responses", forty.toString(), "--model", "2pl", "--out",
                dir.resolve("items.csv").toString(), "--summary", dir.resolve("capped.json").toString(), "--quiet");
        assertEquals(ExitCodes.OK, capped.exitCode(), capped.err());
        Map<?, ?> without = (Map<?, ?>) Json.parse(Files.readString(dir.resolve("capped.json")), "capped.json");
        assertTrue(!without.containsKey("limitedInformationFit"), without.toString());

        CliRunner raised = CliRunner.run("calibrate", "--responses", forty.toString(), "--model", "2pl",
                "--m2-max-moments", "820", "--out", dir.resolve("items.csv").toString(), "--summary",
                dir.resolve("raised.json").toString(), "--quiet");
        assertEquals(ExitCodes.OK, raised.exitCode(), raised.err());
        Map<?, ?> with = (Map<?, ?>) Json.parse(Files.readString(dir.resolve("raised.json")), "raised.json");
        Map<?, ?> m2 = (Map<?, ?>) with.get("limitedInformationFit");
        assertEquals("M2", m2.get("type"));
        // df = moments - free parameters = 820 - 80
        assertEquals(740.0, ((Number) m2.get("df")).doubleValue());
        assertTrue(with.containsKey("warnings"));
    }

    @Test
    void warningsGoToStderrUnlessQuietAndIntoTheSummary() throws Exception {
        // an examinee with no responses is left out with a warning
        Files.writeString(dir.resolve("tiny.csv"), "id,Q1,Q2,Q3\nA,0,1,1\nB,1,0,1\nC,1,1,0\nD,0,0,1\nE,,,\n");
        CliRunner loud = CliRunner.run("calibrate", "--responses", dir.resolve("tiny.csv").toString(), "--model", "2pl",
                "--out", dir.resolve("items.csv").toString(), "--summary", dir.resolve("s.json").toString());
        assertEquals(ExitCodes.OK, loud.exitCode(), loud.err());
        Map<?, ?> summary = (Map<?, ?>) Json.parse(Files.readString(dir.resolve("s.json")), "s.json");
        List<?> warnings = (List<?>) summary.get("warnings");
        assertTrue(warnings.contains("1 examinee(s) with no responses were left out: 'E'"), summary.toString());
        for (Object warning : warnings) {
            assertTrue(loud.err().contains("warning: " + warning), loud.err());
        }
        CliRunner quiet = CliRunner.run("calibrate", "--responses", dir.resolve("tiny.csv").toString(), "--model", "2pl",
                "--out", dir.resolve("items.csv").toString(), "--quiet");
        assertTrue(!quiet.err().contains("warning"), quiet.err());
    }
}
