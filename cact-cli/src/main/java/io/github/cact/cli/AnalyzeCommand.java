package io.github.cact.cli;

import io.github.cact.ctt.ItemAnalysis;
import io.github.cact.ctt.ItemStatistics;
import io.github.cact.ctt.MarginalReliability;
import io.github.cact.ctt.OptionAnalysis;
import io.github.cact.ctt.OptionStatistics;
import io.github.cact.data.DataFormatException;
import io.github.cact.dependence.ItemPairDependence;
import io.github.cact.dependence.LocalDependence;
import io.github.cact.dependence.LocalDependenceOptions;
import io.github.cact.dependence.LocalDependenceResults;
import io.github.cact.dif.DifAnalysis;
import io.github.cact.dif.DifGroups;
import io.github.cact.dif.DifMethod;
import io.github.cact.dif.DifResult;
import io.github.cact.dif.IrtLrDif;
import io.github.cact.dif.ItemDif;
import io.github.cact.dif.LogisticDif;
import io.github.cact.dif.MantelHaenszelDif;
import io.github.cact.data.RawResponses;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.data.ScoringKey;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.personfit.PersonFit;
import io.github.cact.personfit.PersonFitOptions;
import io.github.cact.personfit.PersonFitResult;
import io.github.cact.personfit.PersonFitResults;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.Scores;
import io.github.cact.scoring.ScoringOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cact analyze}: the test-quality analyses of a calibrated test, written to a directory:
 * {@code ctt.csv} (classical item statistics), {@code reliability.csv} (α with its Feldt interval, the
 * empirical and marginal IRT reliabilities), {@code personfit.csv} (lz, lz*, infit, outfit and a flag per
 * examinee), {@code ld.csv} (Q3 and the signed LD χ² per item pair), with raw answers and a key
 * {@code options.csv} (the options' statistics), with groups {@code dif.csv} (Mantel–Haenszel, logistic
 * regression and IRT likelihood-ratio DIF). Each scale of the bank is analysed on its own, and every file
 * but reliability.csv gets a first column {@code scale} when the bank has scales; reliability.csv always
 * has it, empty without scales. Statistics have six decimals; an undefined statistic (see
 * docs/analysis.md) is an empty cell.
 */
final class AnalyzeCommand implements CactCommand {

    private Path responses;
    private Path items;
    private Path raw;
    private Path key;
    private Path groups;
    private String reference;
    private String focal;
    private Path out;
    private final Quiet quiet = new Quiet();

    @Override
    public CommandSpec spec() {
        Declaration d = Declaration.command(this, "analyze",
                "Test quality: classical item analysis, reliability and answer options, written to a directory.");
        d.option("--responses", Path.class, v -> responses = v).paramLabel("R.csv").required(true)
                .description("id,<item>... categories 0..K-1, empty or NA for missing.");
        d.option("--items", Path.class, v -> items = v).paramLabel("ITEMS.csv").required(true)
                .description("The item bank (cact item-bank CSV).");
        d.option("--raw", Path.class, v -> raw = v).paramLabel("RAW.csv")
                .description("The raw option answers the responses were scored from (with --key).");
        d.option("--key", Path.class, v -> key = v).paramLabel("KEY.csv")
                .description("item,option,score: the scoring key of --raw.");
        d.option("--groups", Path.class, v -> groups = v).paramLabel("G.csv")
                .description("id,group: the group of every examinee, for DIF.");
        d.option("--reference", String.class, v -> reference = v).paramLabel("VALUE")
                .description("The reference group's value in --groups.");
        d.option("--focal", String.class, v -> focal = v).paramLabel("VALUE")
                .description("The focal group's value in --groups.");
        d.option("--out", Path.class, v -> out = v).paramLabel("DIR").required(true)
                .description("The directory to write the analyses to; created if missing, files in it replaced.");
        quiet.declare(d);
        return d.spec();
    }

    @Override
    public Integer call() throws IOException {
        if ((raw == null) != (key == null)) {
            throw new UsageException("--raw and --key go together: give both or neither");
        }
        if ((groups == null) != (reference == null) || (groups == null) != (focal == null)) {
            throw new UsageException("--groups, --reference and --focal go together: give all three or none");
        }
        if (groups != null && reference.equals(focal)) {
            throw new UsageException("--reference and --focal name the same group '" + reference + "'");
        }
        Path directory = outputDirectory();
        Path ctt = directory.resolve("ctt.csv");
        Path reliability = directory.resolve("reliability.csv");
        Path options = raw == null ? null : directory.resolve("options.csv");
        Path dif = groups == null ? null : directory.resolve("dif.csv");
        Path personFit = directory.resolve("personfit.csv");
        Path ld = directory.resolve("ld.csv");
        new FileOptions().input("--responses", responses).input("--items", items).input("--raw", raw)
                .input("--key", key).input("--groups", groups).output("--out", ctt).output("--out", reliability)
                .output("--out", options).output("--out", dif).output("--out", personFit).output("--out", ld).check();
        ItemBank bank = ItemBankFiles.readCsv(Inputs.existing(items, "--items"));
        ResponseMatrix data = Inputs.responses(responses, "--responses", bank, String.valueOf(items.getFileName()));
        Map<String, ItemBank> units = units(bank, data);
        boolean scaled = !units.containsKey("");
        RawResponses answers = raw == null ? null : answers(data);
        DifGroups difGroups = groups == null ? null : DifGroups.of(data, GroupsFile.read(groups, data.examineeIds(),
                String.valueOf(responses.getFileName()), reference, focal), reference, focal);
        ItemBank present = bank.select(presentItems(bank, data));
        ScoringOptions scoring = ScoringOptions.defaults();
        Map<String, Scores> scores = Scorer.scoreByScale(present, data, scoring);
        try (Outputs outputs = new Outputs()) {
            CsvOutput cttCsv = outputs.csv(ctt, header(scaled, "item", "n", "mean", "sd", "item_rest_r",
                    "alpha_if_deleted"));
            CsvOutput reliabilityCsv = outputs.csv(reliability, List.of("scale", "n_complete", "alpha", "alpha_lower",
                    "alpha_upper", "empirical_rxx", "marginal_rxx"));
            CsvOutput optionsCsv = options == null ? null : outputs.csv(options, header(scaled, "item", "option",
                    "score", "n", "proportion", "mean_rest", "point_biserial", "flag"));
            for (Map.Entry<String, ItemBank> unit : units.entrySet()) {
                String scale = unit.getKey();
                List<String> ids = unit.getValue().ids();
                ItemAnalysis analysis = ItemAnalysis.of(data, ids);
                for (ItemStatistics item : analysis.items()) {
                    scale(cttCsv, scaled, scale).cell(item.item()).cell(Integer.toString(item.answered()));
                    number(cttCsv, item.mean());
                    number(cttCsv, item.sd());
                    number(cttCsv, item.itemRest());
                    number(cttCsv, item.alphaIfDeleted());
                    cttCsv.endRow();
                }
                reliabilityCsv.cell(scale).cell(Integer.toString(analysis.completeCases()));
                number(reliabilityCsv, analysis.alpha());
                number(reliabilityCsv, analysis.alphaLower());
                number(reliabilityCsv, analysis.alphaUpper());
                number(reliabilityCsv, scores.get(scale).empiricalReliability());
                reliabilityCsv.cell(MarginalReliability.of(unit.getValue()), 6).endRow();
                if (optionsCsv != null) {
                    for (OptionStatistics option : OptionAnalysis.of(answers, data, ids)) {
                        scale(optionsCsv, scaled, scale).cell(option.item()).cell(option.option())
                                .cell(Integer.toString(option.score())).cell(Integer.toString(option.chosen()));
                        number(optionsCsv, option.proportion());
                        number(optionsCsv, option.meanRest());
                        number(optionsCsv, option.pointBiserial());
                        optionsCsv.cell(option.reversed() ? "REVERSED" : "").endRow();
                    }
                }
            }
            writePersonFit(outputs.csv(personFit, header(scaled, "id", "theta", "lz", "lz_star", "infit", "outfit",
                    "flag")), PersonFit.fitByScale(present, data, scoring, PersonFitOptions.defaults()), scaled);
            writeDependence(outputs.csv(ld, header(scaled, "item1", "item2", "q3", "ld_chi2", "flag")),
                    LocalDependence.analyzeByScale(present, data, scoring, LocalDependenceOptions.defaults()), scaled);
            if (difGroups != null) {
                writeDif(outputs.csv(dif, header(scaled, "item", "n_reference", "n_focal", "mh_chi2", "mh_p", "mh_delta",
                        "ets_class", "lr_uniform_chi2", "lr_uniform_p", "lr_nonuniform_chi2", "lr_nonuniform_p",
                        "lr_delta_r2", "lr_class", "irt_chi2", "irt_df", "irt_p", "p_adjusted", "reason")),
                        DifAnalysis.withDefaults().run(data, present, difGroups), scaled);
            }
            outputs.commit();
        }
        return ExitCodes.OK;
    }

    private static void writePersonFit(CsvOutput csv, Map<String, PersonFitResults> byScale, boolean scaled)
            throws IOException {
        for (Map.Entry<String, PersonFitResults> scale : byScale.entrySet()) {
            PersonFitResults results = scale.getValue();
            for (int n = 0; n < results.size(); n++) {
                PersonFitResult fit = results.result(n);
                scale(csv, scaled, scale.getKey()).cell(results.examineeId(n)).cell(fit.theta(), 6);
                number(csv, fit.lz());
                number(csv, fit.lzStar());
                number(csv, fit.infit());
                number(csv, fit.outfit());
                csv.cell(fit.flag().code()).endRow();
            }
        }
    }

    private static void writeDependence(CsvOutput csv, Map<String, LocalDependenceResults> byScale, boolean scaled)
            throws IOException {
        for (Map.Entry<String, LocalDependenceResults> scale : byScale.entrySet()) {
            for (ItemPairDependence pair : scale.getValue().pairs()) {
                scale(csv, scaled, scale.getKey()).cell(pair.item1()).cell(pair.item2());
                number(csv, pair.q3());
                number(csv, pair.ldChi2());
                csv.cell(pair.flag().code()).endRow();
            }
        }
    }

    /** One row per item; a test that gave no number leaves its cells empty and its reason in {@code reason}. */
    private static void writeDif(CsvOutput csv, DifResult result, boolean scaled) throws IOException {
        for (ItemDif item : result.items()) {
            scale(csv, scaled, item.scale()).cell(item.itemId()).cell(Integer.toString(item.nReference()))
                    .cell(Integer.toString(item.nFocal()));
            Optional<MantelHaenszelDif> mh = item.mantelHaenszel();
            number(csv, mh.map(m -> OptionalDouble.of(m.chiSquare())).orElse(OptionalDouble.empty()));
            number(csv, mh.map(m -> OptionalDouble.of(m.p())).orElse(OptionalDouble.empty()));
            number(csv, mh.map(MantelHaenszelDif::delta).orElse(OptionalDouble.empty()));
            csv.cell(mh.map(m -> m.etsClass().name()).orElse(""));
            Optional<LogisticDif> lr = item.logistic();
            number(csv, lr.map(l -> OptionalDouble.of(l.uniformChiSquare())).orElse(OptionalDouble.empty()));
            number(csv, lr.map(l -> OptionalDouble.of(l.uniformP())).orElse(OptionalDouble.empty()));
            number(csv, lr.map(l -> OptionalDouble.of(l.nonUniformChiSquare())).orElse(OptionalDouble.empty()));
            number(csv, lr.map(l -> OptionalDouble.of(l.nonUniformP())).orElse(OptionalDouble.empty()));
            number(csv, lr.map(l -> OptionalDouble.of(l.deltaR2())).orElse(OptionalDouble.empty()));
            csv.cell(lr.map(l -> l.jodoinGierlClass().name()).orElse(""));
            Optional<IrtLrDif> irt = item.irt();
            number(csv, irt.map(i -> OptionalDouble.of(i.chiSquare())).orElse(OptionalDouble.empty()));
            csv.cell(irt.map(i -> Integer.toString(i.df())).orElse(""));
            number(csv, irt.map(i -> OptionalDouble.of(i.p())).orElse(OptionalDouble.empty()));
            number(csv, item.pAdjusted());
            List<String> reasons = new ArrayList<>();
            for (DifMethod method : DifMethod.values()) {
                item.reason(method).ifPresent(reason -> reasons.add(method.name().toLowerCase(Locale.ROOT) + ": " + reason));
            }
            csv.cell(String.join("; ", reasons)).endRow();
        }
    }

    /** The directory of the outputs, created (with its parents) if missing. */
    private Path outputDirectory() throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out: " + out + " is a file; expected a directory");
        }
        if (!Files.exists(out)) {
            Path parent = out.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new EnvironmentException("--out: no such directory: " + parent);
            }
            Files.createDirectories(out);
        }
        return out;
    }

    /** The raw answers read with the key; every raw item must be a column of the responses. */
    private RawResponses answers(ResponseMatrix data) throws IOException {
        RawResponses answers = RawResponses.read(Inputs.existing(raw, "--raw"),
                ScoringKey.read(Inputs.existing(key, "--key")));
        for (int i = 0; i < answers.itemIds().size(); i++) {
            if (data.itemIndex(answers.itemIds().get(i)) < 0) {
                throw new DataFormatException(String.valueOf(raw.getFileName()), 1, i + 2, "item '"
                        + answers.itemIds().get(i) + "' is not in the responses " + responses.getFileName());
            }
        }
        return answers;
    }

    /** The bank's items that the responses hold, in bank order. */
    private static List<String> presentItems(ItemBank bank, ResponseMatrix data) {
        List<String> present = new ArrayList<>();
        for (Item item : bank.items()) {
            if (data.itemIndex(item.id()) >= 0) {
                present.add(item.id());
            }
        }
        return present;
    }

    /**
     * The units analysed, as {@link Scorer#scoreByScale} scores them: each scale with items in the responses,
     * or the whole bank under the empty code when no item names a scale.
     */
    private static Map<String, ItemBank> units(ItemBank bank, ResponseMatrix data) {
        ItemBank present = bank.select(presentItems(bank, data));
        Map<String, ItemBank> units = new LinkedHashMap<>();
        if (present.scales().isEmpty()) {
            units.put("", present);
        } else {
            for (String scale : present.scales()) {
                units.put(scale, present.forScale(scale));
            }
        }
        return units;
    }

    private static List<String> header(boolean scaled, String... columns) {
        List<String> header = new ArrayList<>();
        if (scaled) {
            header.add("scale");
        }
        header.addAll(List.of(columns));
        return header;
    }

    private static CsvOutput scale(CsvOutput csv, boolean scaled, String scale) {
        return scaled ? csv.cell(scale) : csv;
    }

    private static void number(CsvOutput csv, OptionalDouble value) {
        if (value.isPresent()) {
            csv.cell(value.getAsDouble(), 6);
        } else {
            csv.cell("");
        }
    }
}
