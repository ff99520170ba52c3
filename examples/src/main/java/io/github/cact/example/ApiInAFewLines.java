package io.github.cact.example;

// README: begin
import io.github.cact.calibration.*;                                // cact-core
import io.github.cact.competency.*;
import io.github.cact.data.*;
import io.github.cact.irt.*;
import io.github.cact.scoring.*;
import io.github.cact.ninebox.*;                                    // cact-ninebox
import java.nio.file.Path;
import java.util.*;
// README: end

import java.io.IOException;

/**
 * The README's "API in a few lines", run as written on sample data (see {@link SampleData}). The lines
 * between the {@code README} markers are the README's Java block; a test in cact-cli keeps them equal.
 */
public final class ApiInAFewLines {

    private ApiInAFewLines() {
    }

    /**
     * Writes the sample data, runs the snippet on it and prints what it found.
     *
     * @param args the data directory, created if needed; its sample files are replaced
     * @throws IOException if the data cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ApiInAFewLines <data directory>");
            System.exit(2);
        }
        SampleData.write(Path.of(args[0]));

        // README: begin
        Path dir = Path.of(args[0]);                                        // the data directory
        ResponseMatrix data = ResponseCsv.read(dir.resolve("responses.csv"));  // id,<item>...; empty or NA = missing
        CalibrationResult fit = Calibrator.withDefaults().calibrate(data, ModelType.GPCM);  // mirt's defaults
        ItemBank bank = fit.bank();                                         // a, b (and d) per item
        Scores eap = Scorer.of(bank).score(data);                           // EAP, SE = posterior SD
        fit.limitedInformationFit();   eap.empiricalReliability();          // M2/C2, RMSEA, SRMSR; rho
        Scores wle = Scorer.of(bank, ScoringOptions.of(ScoringMethod.WLE)).score(data);

        CompetencyFramework framework = CompetencyFramework.permenPanRb38();  // M1–M8, SK1
        List<CutScores> cuts = framework.codes().stream()
                .map(code -> CutScores.of(code, -1.5, -0.5, 0.5, 1.5)).toList();  // θ cuts of levels 2..5
        ItemBank competencyBank = ItemBankFiles.readCsv(dir.resolve("competency-items.csv"));  // scale = code
        ResponseMatrix answers = ResponseCsv.read(dir.resolve("competency-responses.csv"));
        CompetencyAssessment assessment = CompetencyAssessment.of(framework, cuts);  // with its JPM rule
        List<PersonProfile> profiles = CompetencyProfiler.of(competencyBank, assessment)
                .profile(answers, StandardProfile.common().standard(StandardProfile.ADMINISTRATOR));
        profiles.get(0).jpm().jpm();                                        // JPM %, its categories (MS/MMS/KMS, ...)
        FillingCategory.MS.probability(profiles.get(0).jpmDistribution()); // given measurement error

        List<PersonInput> people = new ArrayList<>();
        for (PersonProfile profile : profiles) {                         // each carries its examinee id
            people.add(PersonInput.builder(profile.examineeId()).skp("SESUAI", "SESUAI")  // SKP ratings: from HR
                    .potentialScore(Math.min(100, profile.jpm().jpm())).build());
        }
        CohortResult boxes = NineBox.of(NineBoxConfig.defaults()).placeAll(people);  // boxes, pool, audit
        // README: end

        System.out.printf("calibrated %d items (%s, %d cycles); EAP reliability %.3f; WLE of %d examinees%n",
                bank.size(), fit.converged() ? "converged" : "not converged", fit.cycles(),
                eap.empiricalReliability().orElse(Double.NaN), wle.size());
        System.out.printf("%d competency profiles; first: JPM %.1f %%, %s, P(MS) %.3f%n", profiles.size(),
                profiles.get(0).jpm().jpm(), profiles.get(0).jpm().filling(),
                FillingCategory.MS.probability(profiles.get(0).jpmDistribution()));
        System.out.printf("nine-box: %d placed, %d unplaced, %d in the succession pool%n",
                boxes.boxCounts().placed(), boxes.boxCounts().unplaced(), boxes.successionPool().size());
    }
}
