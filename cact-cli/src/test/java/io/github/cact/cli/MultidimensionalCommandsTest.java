package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.competency.CompetencyAssessment;
import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.CompetencyResult;
import io.github.cact.competency.CutScores;
import io.github.cact.competency.JobPersonMatch;
import io.github.cact.competency.PersonProfile;
import io.github.cact.competency.StandardProfile;
import io.github.cact.data.ResponseCsv;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.text.Json;
import io.github.cact.irt.ModelType;
import io.github.cact.mirt.LatentNormal;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import io.github.cact.mirt.MultidimensionalSimulator;
import io.github.cact.mirt.estimation.FactorModel;
import io.github.cact.mirt.estimation.MirtCalibrator;
import io.github.cact.mirt.estimation.MirtOptions;
import io.github.cact.mirt.files.MultidimensionalBankFiles;
import io.github.cact.mirt.scoring.MirtProfiler;
import io.github.cact.mirt.scoring.MirtScorer;
import io.github.cact.mirt.scoring.MirtScores;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * calibrate --dimensions, score and profile on a multidimensional bank, end to end on simulated three-factor
 * data, checked against the library's MirtCalibrator, MirtScorer and MirtProfiler.
 */
class MultidimensionalCommandsTest {

    private static final List<String> FACTORS = List.of("M1", "M2", "SK1");
    private static final double[][] CORRELATIONS = {{1, 0.6, 0.5}, {0.6, 1, 0.7}, {0.5, 0.7, 1}};

    @TempDir
    Path dir;

    /** Three factors of six items each: slopes 0.9..1.9, intercepts −1..1, correlations 0.5 to 0.7. */
    private static MultidimensionalBank bank(ModelType type) {
        List<MultidimensionalItem> items = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            for (int i = 0; i < 6; i++) {
                double[] a = new double[3];
                a[f] = 0.9 + 0.2 * i;
                double d = -1 + 0.4 * ((i + 2 * f) % 6);
                double[] intercepts = type == ModelType.GRM ? new double[] {d + 1.2, d, d - 1.2} : new double[] {d};
                items.add(MultidimensionalItem.of(FACTORS.get(f) + "_" + (i + 1), type, a, new int[] {f}, intercepts,
                        0, 1));
            }
        }
        return MultidimensionalBank.of(FACTORS, items, LatentNormal.ofCorrelations(CORRELATIONS));
    }

    private Path writeBank(MultidimensionalBank bank, String name) throws IOException {
        Path items = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(items)) {
            MultidimensionalBankFiles.writeItemsCsv(bank, out);
        }
        try (Writer out = Files.newBufferedWriter(MultidimensionalBankInput.latentBeside(items))) {
            MultidimensionalBankFiles.writeLatentCsv(bank, out);
        }
        return items;
    }

    private Path simulate(MultidimensionalBank bank, int n, long seed) throws IOException {
        Path responses = dir.resolve("responses.csv");
        ResponseCsv.write(MultidimensionalSimulator.of(bank, seed).simulate(n).responses(), responses);
        return responses;
    }

    private Path itemModels(MultidimensionalBank bank) throws IOException {
        StringBuilder csv = new StringBuilder("item,model,scale\n");
        for (MultidimensionalItem item : bank.items()) {
            csv.append(item.id()).append(',').append(item.type().code()).append(',')
                    .append(FACTORS.get(item.loadings()[0])).append('\n');
        }
        return Files.writeString(dir.resolve("models.csv"), csv);
    }

    private static String itemsText(MultidimensionalBank bank) throws IOException {
        StringWriter out = new StringWriter();
        MultidimensionalBankFiles.writeItemsCsv(bank, out);
        return out.toString();
    }

    @Test
    void calibrateRecoversTheModelAndComparesWithTheSeparateScales() throws Exception {
        MultidimensionalBank truth = bank(ModelType.TWO_PL);
        Path responses = simulate(truth, 1000, 11);
        Path out = dir.resolve("calibrated.csv");
        CliRunner result = CliRunner.run("calibrate", "--responses", responses.toString(), "--model", "2pl",
                "--item-models", itemModels(truth).toString(), "--dimensions", "scale", "--seed", "5", "--out",
                out.toString(), "--summary", dir.resolve("summary.json").toString(), "--quiet");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        Path latent = dir.resolve("calibrated.latent.csv");
        MultidimensionalBank fitted = MultidimensionalBankFiles.readCsv(out, latent);
        assertEquals(FACTORS, fitted.factors());
        // recovery, N = 1,000: the standard error of a slope is about 0.1 here, of a correlation about 0.04;
        // every correlation within 4 of its reported standard errors of the generating value (this sample's
        // maximum-likelihood correlations, by QMC-EM, are 0.55, 0.41 and 0.74 against 0.6, 0.5 and 0.7)
        double slopes = 0;
        double intercepts = 0;
        for (int i = 0; i < truth.size(); i++) {
            int f = truth.item(i).loadings()[0];
            slopes += Math.pow(fitted.item(i).slope(f) - truth.item(i).slope(f), 2);
            intercepts += Math.pow(fitted.item(i).intercepts()[0] - truth.item(i).intercepts()[0], 2);
        }
        assertTrue(Math.sqrt(slopes / truth.size()) < 0.15, "slope RMSE " + Math.sqrt(slopes / truth.size()));
        assertTrue(Math.sqrt(intercepts / truth.size()) < 0.12, "intercept RMSE " + Math.sqrt(intercepts / truth.size()));
        Map<?, ?> summary = (Map<?, ?>) Json.parse(Files.readString(dir.resolve("summary.json")), "summary.json");
        Map<?, ?> errors = (Map<?, ?>) summary.get("latentCorrelationStandardErrors");
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double se = i == j ? 0 : ((Number) ((Map<?, ?>) errors.get(FACTORS.get(i))).get(FACTORS.get(j)))
                        .doubleValue();
                assertTrue(i == j || se > 0.02 && se < 0.06, "SE " + se);
                assertEquals(CORRELATIONS[i][j], fitted.latent().correlation(i, j), 4 * se, "r" + i + j);
            }
        }

        // the standard errors follow the parameters, one per estimated parameter
        List<String> lines = Files.readAllLines(out);
        assertEquals("item,model,a1,a2,a3,d1,g,u,scale,se_a1,se_a2,se_a3,se_d1,se_g,se_u", lines.get(0));
        String[] first = lines.get(1).split(",", -1);
        assertTrue(Double.parseDouble(first[9]) > 0.03 && Double.parseDouble(first[9]) < 0.3, lines.get(1));
        assertEquals("", first[10]);
        assertTrue(Double.parseDouble(first[12]) > 0.03, lines.get(1));

        // the same bytes as the library on one thread with the same seed
        ResponseMatrix data = ResponseCsv.read(responses);
        Map<String, String> scales = new LinkedHashMap<>();
        truth.items().forEach(item -> scales.put(item.id(), FACTORS.get(item.loadings()[0])));
        MultidimensionalBank library = MirtCalibrator.of(MirtOptions.builder().seed(5).parallelism(1).build())
                .calibrate(data, FactorModel.simpleStructure(scales, ModelType.TWO_PL)).bank();
        assertEquals(itemsText(library), String.join("\n", lines.stream().map(l -> l.substring(0, nthComma(l, 9)))
                .toList()) + "\n");
        StringWriter latentText = new StringWriter();
        MultidimensionalBankFiles.writeLatentCsv(library, latentText);
        assertEquals(latentText.toString(), Files.readString(latent));

        for (String key : List.of("method", "seed", "factors", "examinees", "parameters", "logLikelihood",
                "logLikelihoodError", "aic", "bic", "converged", "iterations", "finalChange", "tolerance", "maxCycles",
                "acceptanceRate", "latentCorrelations", "latentCorrelationStandardErrors", "limitedInformationFit", "warnings",
                "separateScales",
                "multidimensionalMinusSeparate")) {
            assertTrue(summary.containsKey(key), key);
        }
        assertEquals("mhrm", summary.get("method"));
        assertEquals(5.0, ((Number) summary.get("seed")).doubleValue());
        assertEquals(Boolean.TRUE, summary.get("converged"));
        assertEquals(18 * 2 + 3.0, ((Number) summary.get("parameters")).doubleValue());
        Map<?, ?> r = (Map<?, ?>) summary.get("latentCorrelations");
        for (int i = 0; i < 3; i++) {
            Map<?, ?> row = (Map<?, ?>) r.get(FACTORS.get(i));
            for (int j = 0; j < 3; j++) {
                // latent.csv holds these values; reading it rebuilds R from its Cholesky parameters, which may
                // move the last binary digit
                assertEquals(fitted.latent().correlation(i, j), ((Number) row.get(FACTORS.get(j))).doubleValue(), 1e-15,
                        FACTORS.get(i) + "," + FACTORS.get(j));
            }
        }
        // M2 of the correlated model: 18 first- and 153 second-order moments less 39 parameters
        Map<?, ?> m2 = (Map<?, ?>) summary.get("limitedInformationFit");
        assertEquals("M2", m2.get("type"));
        assertEquals(18 + 153 - 39.0, ((Number) m2.get("df")).doubleValue());
        assertTrue(((Number) m2.get("m2")).doubleValue() > 0 && ((Number) m2.get("rmsea")).doubleValue() < 0.05,
                m2.toString());
        double error = ((Number) summary.get("logLikelihoodError")).doubleValue();
        assertTrue(error > 0 && error < 2, "Monte Carlo error " + error);
        // correlated factors (0.5-0.7): the correlated model must fit far better than three separate scales,
        // and it spends only 3 more parameters
        Map<?, ?> separate = (Map<?, ?>) summary.get("separateScales");
        assertEquals(18 * 2.0, ((Number) separate.get("parameters")).doubleValue());
        assertEquals(List.of("M1", "M2", "SK1"), List.copyOf(((Map<?, ?>) separate.get("scales")).keySet()));
        Map<?, ?> difference = (Map<?, ?>) summary.get("multidimensionalMinusSeparate");
        double logLik = ((Number) summary.get("logLikelihood")).doubleValue();
        double separateLogLik = ((Number) separate.get("logLikelihood")).doubleValue();
        assertEquals(logLik - separateLogLik, ((Number) difference.get("logLikelihood")).doubleValue(), 1e-9);
        assertTrue(logLik - separateLogLik > 50, "log-likelihood gain " + (logLik - separateLogLik));
        assertTrue(((Number) difference.get("bic")).doubleValue() < 0, difference.toString());
    }

    private static int nthComma(String line, int n) {
        int at = -1;
        for (int k = 0; k < n; k++) {
            at = line.indexOf(',', at + 1);
        }
        return at;
    }

    @Test
    void calibrateRefusesWhatItCannotFit() throws Exception {
        MultidimensionalBank truth = bank(ModelType.TWO_PL);
        Path responses = simulate(truth, 50, 3);
        String out = dir.resolve("c.csv").toString();
        CliRunner none = CliRunner.run("calibrate", "--responses", responses.toString(), "--model", "2pl",
                "--dimensions", "scale", "--out", out);
        assertEquals(ExitCodes.USAGE, none.exitCode(), none.err());
        assertTrue(none.err().contains("--dimensions scale needs --item-models"), none.err());
        CliRunner other = CliRunner.run("calibrate", "--responses", responses.toString(), "--model", "2pl",
                "--item-models", itemModels(truth).toString(), "--dimensions", "items", "--out", out);
        assertEquals(ExitCodes.USAGE, other.exitCode(), other.err());
        assertTrue(other.err().contains("--dimensions: 'items' is not supported; expected 'scale'"), other.err());
        CliRunner method = CliRunner.run("calibrate", "--responses", responses.toString(), "--model", "2pl",
                "--item-models", itemModels(truth).toString(), "--dimensions", "scale", "--method", "em", "--out", out);
        assertEquals(ExitCodes.USAGE, method.exitCode(), method.err());
        assertTrue(method.err().contains("--method: 'em'") && method.err().contains("mhrm (default) or qmcem"),
                method.err());
        CliRunner seed = CliRunner.run("calibrate", "--responses", responses.toString(), "--model", "2pl", "--seed", "3",
                "--out", out);
        assertEquals(ExitCodes.USAGE, seed.exitCode(), seed.err());
        assertTrue(seed.err().contains("--seed applies to a multidimensional calibration"), seed.err());
        CliRunner overwrite = CliRunner.run("calibrate", "--responses", responses.toString(), "--model", "2pl",
                "--item-models", itemModels(truth).toString(), "--dimensions", "scale", "--out", out, "--latent",
                responses.toString());
        assertEquals(ExitCodes.USAGE, overwrite.exitCode(), overwrite.err());
        assertTrue(overwrite.err().contains("--latent names the same file as --responses"), overwrite.err());
        assertTrue(!Files.exists(dir.resolve("c.csv")) && !Files.exists(dir.resolve("c.latent.csv")));
    }

    @Test
    void notConvergedWritesFlaggedResultsAndExitsWithFour() throws Exception {
        MultidimensionalBank truth = bank(ModelType.TWO_PL);
        Path responses = simulate(truth, 200, 4);
        CliRunner result = CliRunner.run("calibrate", "--responses", responses.toString(), "--model", "2pl",
                "--item-models", itemModels(truth).toString(), "--dimensions", "scale", "--method", "qmcem",
                "--max-cycles", "2", "--out", dir.resolve("c.csv").toString(), "--summary",
                dir.resolve("s.json").toString());
        assertEquals(ExitCodes.NOT_CONVERGED, result.exitCode(), result.err());
        assertTrue(result.err().contains("NOT CONVERGED"), result.err());
        Map<?, ?> summary = (Map<?, ?>) Json.parse(Files.readString(dir.resolve("s.json")), "s.json");
        assertEquals(Boolean.FALSE, summary.get("converged"));
        assertEquals("qmcem", summary.get("method"));
        assertEquals(2.0, ((Number) summary.get("iterations")).doubleValue());
        assertTrue(!((List<?>) summary.get("warnings")).isEmpty());
        assertTrue(Files.exists(dir.resolve("c.csv")) && Files.exists(dir.resolve("c.latent.csv")));
    }

    @Test
    void scoreEqualsTheLibrary() throws Exception {
        MultidimensionalBank bank = bank(ModelType.GRM);
        Path items = writeBank(bank, "bank.csv");
        Path responses = simulate(bank, 60, 8);
        ResponseMatrix data = ResponseCsv.read(responses);
        for (String method : List.of("map", "eap")) {
            Path out = dir.resolve(method + ".csv");
            CliRunner result = CliRunner.run("score", "--responses", responses.toString(), "--items", items.toString(),
                    "--method", method, "--out", out.toString());
            assertEquals(ExitCodes.OK, result.exitCode(), result.err());
            MirtScores scores = method.equals("map") ? MirtScorer.of(bank).map(data) : MirtScorer.of(bank).eap(data);
            List<String> expected = new ArrayList<>(List.of("id,theta,se,scale,status"));
            for (int f = 0; f < 3; f++) {
                for (int n = 0; n < scores.size(); n++) {
                    expected.add(scores.examineeId(n) + "," + CsvOutput.number(scores.theta(n, f), 6) + ","
                            + CsvOutput.number(scores.se(n, f), 6) + "," + FACTORS.get(f) + "," + scores.status(n).name());
                }
            }
            assertEquals(expected, Files.readAllLines(out), method);
        }
    }

    @Test
    void profileEqualsTheLibrary() throws Exception {
        MultidimensionalBank bank = bank(ModelType.GRM);
        Path items = writeBank(bank, "bank.csv");
        Path responses = simulate(bank, 40, 9);
        Path standards = Files.writeString(dir.resolve("S.csv"), "position,M1,M2,SK1\nSTAF,2,3,3\n");
        Path out = dir.resolve("p.csv");
        CliRunner result = CliRunner.run("profile", "--responses", responses.toString(), "--items", items.toString(),
                "--standards", standards.toString(), "--position", "STAF", "--out", out.toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        CompetencyFramework framework = Frameworks.of(FACTORS);
        List<CutScores> cuts = new ArrayList<>();
        for (String code : FACTORS) {
            cuts.add(CutScores.of(code, CutScoresFile.DEFAULT_CUTS));
        }
        CompetencyAssessment assessment = CompetencyAssessment.of(framework, cuts,
                JobPersonMatch.of(JpmCommand.Cap.none.capping()));
        List<PersonProfile> profiles = MirtProfiler.of(MirtScorer.of(bank), assessment)
                .profile(ResponseCsv.read(responses), StandardProfile.readCsv(standards, framework).standard("STAF"));
        List<String> lines = Files.readAllLines(out);
        assertEquals(String.join(",", ProfileCommand.header()), lines.get(0));
        assertEquals(1 + 40 * 3, lines.size());
        int line = 1;
        for (PersonProfile person : profiles) {
            for (CompetencyResult competency : person.competencies()) {
                String[] cells = lines.get(line++).split(",");
                String[] expected = ProfileCommand.row(person, competency, "");
                // every column but the person fit, which the library's profiler does not compute
                for (int c = 0; c < expected.length - 1; c++) {
                    assertEquals(expected[c], cells[c], "line " + line + ", column " + ProfileCommand.header().get(c));
                }
                assertTrue(List.of("fits", "misfit", "too_few_responses", "extreme_pattern").contains(cells[cells.length - 1]),
                        cells[cells.length - 1]);
            }
        }
    }

    @Test
    void badBanksAndMethodsAreRefusedWithTheirPlace() throws Exception {
        MultidimensionalBank bank = bank(ModelType.GRM);
        Path items = writeBank(bank, "bank.csv");
        Path responses = simulate(bank, 10, 1);
        String out = dir.resolve("o.csv").toString();

        CliRunner ml = CliRunner.run("score", "--responses", responses.toString(), "--items", items.toString(),
                "--method", "ml", "--out", out);
        assertEquals(ExitCodes.USAGE, ml.exitCode(), ml.err());
        assertTrue(ml.err().contains("--method: ml is not available for a multidimensional bank (bank.csv has a1..aD"
                + " columns); expected map or eap"), ml.err());
        CliRunner quadrature = CliRunner.run("score", "--responses", responses.toString(), "--items", items.toString(),
                "--quadrature", "41", "--out", out);
        assertEquals(ExitCodes.USAGE, quadrature.exitCode(), quadrature.err());

        Path standards = Files.writeString(dir.resolve("S.csv"), "position,M1,M2,SK1\nSTAF,2,3,3\n");
        Path other = Files.writeString(dir.resolve("S2.csv"), "position,M1,M2,M3\nSTAF,2,3,3\n");
        CliRunner notCompetency = CliRunner.run("profile", "--responses", responses.toString(), "--items",
                items.toString(), "--standards", other.toString(), "--position", "STAF", "--out", out);
        assertEquals(ExitCodes.DATA, notCompetency.exitCode(), notCompetency.err());
        assertTrue(notCompetency.err().contains("bank.latent.csv, line 1, column 4: factor 'SK1' is not a competency"),
                notCompetency.err());

        // the scale column names another factor than the item loads on
        String text = Files.readString(items).replaceFirst(",M1\n", ",M2\n");
        Files.writeString(items, text);
        CliRunner mismatch = CliRunner.run("score", "--responses", responses.toString(), "--items", items.toString(),
                "--out", out);
        assertEquals(ExitCodes.DATA, mismatch.exitCode(), mismatch.err());
        assertTrue(mismatch.err().contains("bank.csv, line 2, column 11: item 'M1_1': scale 'M2' is factor a2, on which"
                + " the item has no slope"), mismatch.err());

        Files.delete(MultidimensionalBankInput.latentBeside(items));
        for (String command : List.of("score", "profile")) {
            List<String> args = new ArrayList<>(List.of(command, "--responses", responses.toString(), "--items",
                    items.toString(), "--out", out));
            if (command.equals("profile")) {
                args.addAll(List.of("--standards", standards.toString(), "--position", "STAF"));
            }
            CliRunner missing = CliRunner.run(args.toArray(new String[0]));
            assertEquals(ExitCodes.ENVIRONMENT, missing.exitCode(), missing.err());
            assertTrue(missing.err().contains("is a multidimensional bank (a1.. columns), and its factor correlations"
                    + " are missing: no such file: " + dir.resolve("bank.latent.csv")), missing.err());
        }
        CliRunner unidimensional = CliRunner.run("score", "--responses", responses.toString(), "--items",
                standards.toString(), "--latent", standards.toString(), "--out", out);
        assertEquals(ExitCodes.USAGE, unidimensional.exitCode(), unidimensional.err());
        assertTrue(!Files.exists(Path.of(out)));
    }
}
