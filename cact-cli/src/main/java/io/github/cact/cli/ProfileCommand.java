package io.github.cact.cli;

import io.github.cact.competency.CompetencyAssessment;
import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.CompetencyProfiler;
import io.github.cact.competency.CompetencyResult;
import io.github.cact.competency.FillingCategory;
import io.github.cact.competency.JobPersonMatch;
import io.github.cact.competency.MappingCategory;
import io.github.cact.competency.PersonProfile;
import io.github.cact.competency.PositionStandard;
import io.github.cact.competency.StandardProfile;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.personfit.PersonFit;
import io.github.cact.personfit.PersonFitOptions;
import io.github.cact.personfit.PersonFitResults;
import io.github.cact.scoring.Quadrature;
import io.github.cact.scoring.ScoringOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cact profile}: competency profiles against a position's standard. One row per person and
 * competency: {@code id,competency,theta,se,level,standard,p_at_or_above_standard,gap,p_level1..p_level5},
 * then the person's {@code jpm,expected_jpm,category_filling,category_mapping,p_ms,p_mms,p_kms,p_optimal,
 * p_cukup_optimal,p_kurang_optimal} (the same on each of the person's rows), then {@code person_fit}: the
 * person-fit flag of the person's answers to the competency's items at its θ ({@link PersonFit}; fits, misfit
 * or the reason it is not computed). θ is the EAP on the competency's own items, SE the posterior SD, and
 * the level probabilities come from the posterior. A multidimensional bank ({@code a1..aD} columns) is
 * profiled from the posterior in all its dimensions by {@link MultidimensionalProfile}.
 */
final class ProfileCommand implements CactCommand {

    private CommandSpec spec;
    private Path responses;
    private Path items;
    private Path standards;
    private String position;
    private Path cuts;
    private boolean summedCuts;
    private JpmCommand.Cap cap;
    private int quadrature;
    private Path latent;
    private Path out;
    private long streamAbove;
    private final Quiet quiet = new Quiet();

    @Override
    public CommandSpec spec() {
        Declaration d = Declaration.command(this, "profile",
                "Competency levels, gaps and JPM against a position's standard, with their probabilities.");
        d.option("--responses", Path.class, v -> responses = v).paramLabel("R.csv").required(true)
                .description("id,<item>... responses.");
        d.option("--items", Path.class, v -> items = v).paramLabel("ITEMS.csv").required(true)
                .description("The item bank; each item's scale is its competency code.");
        d.option("--standards", Path.class, v -> standards = v).paramLabel("S.csv").required(true)
                .description("position,<competency code>... standard levels.");
        d.option("--position", String.class, v -> position = v).paramLabel("P").required(true)
                .description("The position of the standards file to compare with.");
        d.option("--cuts", Path.class, v -> cuts = v).paramLabel("CUTS.csv")
                .description("competency,c1,c2,c3,c4: lowest θ of levels 2..5 (default for every competency:"
                        + " -1.5,-0.5,0.5,1.5).");
        d.option("--summed-cuts", boolean.class, v -> summedCuts = v)
                .description("Read --cuts as summed scores, mapped to θ through the test characteristic curve.");
        d.option("--cap", JpmCommand.Cap.class, v -> cap = v).paramLabel("CAP").defaultValue("none").converters(new JpmCommand.CapConverter())
                .description("JPM surplus capping: none (default), total, per-competency.");
        d.option("--quadrature", int.class, v -> quadrature = v).paramLabel("Q").defaultValue("121")
                .description("Quadrature nodes on [-6, 6], >= 2 (default: ${DEFAULT-VALUE}).");
        d.option("--latent", Path.class, v -> latent = v).paramLabel("LATENT.csv")
                .description("The factor correlations of a multidimensional bank (default: beside --items, its name with"
                        + " .latent.csv).");
        d.option("--out", Path.class, v -> out = v).paramLabel("PROFILES.csv").required(true)
                .description("Where to write the profiles.");
        d.option("--stream-above", long.class, v -> streamAbove = v).paramLabel("BYTES").defaultValue("268435456").hidden(true)
                .description("Profile a response file larger than this many bytes block of rows by block, without holding it"
                        + " in memory (default: 256 MiB).");
        quiet.declare(d);
        spec = d.spec();
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        Quadrature grid = OptionValues.quadrature(quadrature);
        new FileOptions().input("--responses", responses).input("--items", items).input("--standards", standards)
                .input("--cuts", cuts).output("--out", out).check();
        CompetencyFramework framework = Frameworks.fromHeader(Inputs.existing(standards, "--standards"), "position");
        StandardProfile profile = StandardProfile.readCsv(standards, framework);
        if (!profile.contains(position)) {
            throw new UsageException("--position: '" + position + "' is not in " + standards.getFileName()
                    + "; it has " + profile.positions());
        }
        if (MultidimensionalScoring.applies(items, latent)) {
            MultidimensionalScoring.refuseQuadrature(spec.commandLine().getParseResult());
            return new MultidimensionalProfile(responses, items, latent, cuts, summedCuts, JobPersonMatch.of(cap.capping()),
                    out).run(framework, String.valueOf(standards.getFileName()), profile.standard(position));
        }
        ItemBank bank = ItemBankFiles.readCsv(Inputs.existing(items, "--items"));
        Inputs.checkCompetencies(items, framework, String.valueOf(standards.getFileName()));
        CompetencyAssessment assessment = CompetencyAssessment.of(framework,
                CutScoresFile.read(cuts, framework, bank, summedCuts), JobPersonMatch.of(cap.capping()));
        PositionStandard standard = profile.standard(position);
        CompetencyProfiler profiler = CompetencyProfiler.of(bank, assessment, grid);
        if (Files.size(Inputs.existing(responses, "--responses")) > streamAbove) {
            ProfileStream.write(responses, Inputs.responseCategories(responses, "--responses", bank,
                    String.valueOf(items.getFileName())), bank, profiler, standard, grid, out);
            return ExitCodes.OK;
        }
        ResponseMatrix data = Inputs.responses(responses, "--responses", bank, String.valueOf(items.getFileName()));
        write(profiler.profile(data, standard), personFit(bank, data, grid));
        return ExitCodes.OK;
    }

    static List<String> header() {
        List<String> header = new ArrayList<>(List.of("id", "competency", "theta", "se", "level", "standard",
                "p_at_or_above_standard", "gap"));
        for (int k = 1; k <= 5; k++) {
            header.add("p_level" + k);
        }
        header.addAll(List.of("jpm", "expected_jpm", "category_filling", "category_mapping", "p_ms", "p_mms", "p_kms",
                "p_optimal", "p_cukup_optimal", "p_kurang_optimal", "person_fit"));
        return header;
    }

    /** The person fit of every examinee on every competency, at the EAP of {@link CompetencyProfiler} on the grid. */
    static Map<String, PersonFitResults> personFit(ItemBank bank, ResponseMatrix data, Quadrature grid) {
        return PersonFit.fitByScale(bank, data, ScoringOptions.builder().quadrature(grid).build(),
                PersonFitOptions.defaults());
    }

    private void write(List<PersonProfile> profiles, Map<String, PersonFitResults> fit) throws IOException {
        try (Outputs outputs = new Outputs()) {
            writeRows(outputs.csv(out, header()), profiles, fit);
            outputs.commit();
        }
    }

    /** Writes the rows of profiles given in the order of the examinees the person fit was computed for. */
    static void writeRows(CsvOutput csv, List<PersonProfile> profiles, Map<String, PersonFitResults> fit)
            throws IOException {
        for (int n = 0; n < profiles.size(); n++) {
            PersonProfile person = profiles.get(n);
            for (CompetencyResult result : person.competencies()) {
                PersonFitResults competency = fit.get(result.competency());
                if (!competency.examineeId(n).equals(person.examineeId())) {
                    throw new IllegalStateException("profiles and person fit are not in the same examinee order");
                }
                csv.row(row(person, result, competency.result(n).flag().code()));
            }
        }
    }

    static String[] row(PersonProfile person, CompetencyResult result, String personFit) {
        List<String> cells = new ArrayList<>(List.of(person.examineeId(), result.competency(),
                CsvOutput.number(result.theta(), 6), CsvOutput.number(result.se(), 6), Integer.toString(result.level()),
                Integer.toString(result.required()), CsvOutput.number(result.probabilityAtOrAboveStandard(), 4),
                Integer.toString(result.gap())));
        for (int k = 1; k <= 5; k++) {
            cells.add(CsvOutput.number(result.levels().probability(k), 4));
        }
        cells.add(CsvOutput.number(person.jpm().jpm(), 2));
        cells.add(CsvOutput.number(person.jpmDistribution().mean(), 2));
        cells.add(person.jpm().filling().name());
        cells.add(person.jpm().mapping().name());
        for (FillingCategory category : FillingCategory.values()) {
            cells.add(CsvOutput.number(category.probability(person.jpmDistribution()), 4));
        }
        for (MappingCategory category : MappingCategory.values()) {
            cells.add(CsvOutput.number(category.probability(person.jpmDistribution()), 4));
        }
        cells.add(personFit);
        return cells.toArray(new String[0]);
    }
}
