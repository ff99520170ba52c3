package io.github.cact.cli;

import io.github.cact.cat.CatDesign;
import io.github.cact.cat.ClassificationStop;
import io.github.cact.cat.ExposureControl;
import io.github.cact.cat.SelectionRule;
import io.github.cact.cat.StoppingRule;
import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.CutScores;
import io.github.cact.competency.PositionStandard;
import io.github.cact.competency.StandardProfile;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options that describe an adaptive design, shared by {@code cat-simulate} and {@code cat-exposure}: the
 * bank, the cut scores and an optional position's standard, the selection rule, the per-scale length limits,
 * the standard-error and classification stopping rules. Every value is checked (usage error, exit 2) before
 * a file is read.
 */
final class CatDesignOptions {

    /** A design read from the options, with the cut scores and standard it was built with. */
    record Design(ItemBank bank, CatDesign design, List<CutScores> cuts, Map<String, Integer> standard) {
    }

    Path items;
    Path cuts;
    Path standards;
    String position;
    String select;
    int minItems;
    int maxItems;
    Double se;
    String classify;

    /**
     * Declares these options in a command.
     *
     * @param d the command's declaration
     */
    void declare(Declaration d) {
        d.option("--items", Path.class, v -> items = v).paramLabel("BANK.csv").required(true)
                .description("The item bank; each item's scale is its competency.");
        d.option("--cuts", Path.class, v -> cuts = v).paramLabel("CUTS.csv")
                .description("competency,c1,c2,c3,c4: lowest θ of levels 2..5 (default for every scale: -1.5,-0.5,0.5,1.5);"
                        + " for a bank without scales one row, competency theta.");
        d.option("--standards", Path.class, v -> standards = v).paramLabel("S.csv")
                .description("position,<competency>...: standard levels; with --position, classify against the standard (for"
                        + " a bank without scales: position,theta).");
        d.option("--position", String.class, v -> position = v).paramLabel("P")
                .description("The position of --standards.");
        d.option("--select", String.class, v -> select = v).paramLabel("RULE").defaultValue("mfi")
                .description("Item selection: mfi, kl, pwi, cut (information at the cut nearest theta), astrat"
                        + " (astrat:STRATA, default 4 strata) or random (default: ${DEFAULT-VALUE}).");
        d.option("--min-items", int.class, v -> minItems = v).paramLabel("N").defaultValue("1")
                .description("Fewest items per scale, >= 0 (default: ${DEFAULT-VALUE}).");
        d.option("--max-items", int.class, v -> maxItems = v).paramLabel("N").defaultValue("20")
                .description("Most items per scale, >= 1 and >= --min-items (default: ${DEFAULT-VALUE}).");
        d.option("--se", Double.class, v -> se = v).paramLabel("S")
                .description("Stop a scale once its standard error is at most S (> 0).");
        d.option("--classify", String.class, v -> classify = v)
                .paramLabel("CONFIDENCE|sprt:DELTA[:ALPHA[:BETA]]|lookahead:GAIN")
                .description("Stop a scale once its level (with --position: the decision level >= standard) has at least"
                        + " this posterior probability, in (0.5, 1); or once the SPRT at each cut (theta = cut -/+ DELTA,"
                        + " DELTA > 0; error rates ALPHA, BETA in (0, 0.5), default " + SPRT_DEFAULT_RATE + ") decides it;"
                        + " or once no item it could still take raises the expected probability of a correct decision by"
                        + " more than GAIN, in (0, 0.5).");
    }

    /**
     * The competency code that stands for the one scale of a bank whose items name none, in {@code --cuts}
     * and {@code --standards} (as the {@code theta} column of {@code --theta}).
     */
    static final String SINGLE_SCALE = "theta";

    /** The SPRT's α and β when {@code --classify sprt:DELTA} gives none. */
    static final double SPRT_DEFAULT_RATE = 0.05;

    /**
     * Checks the option values that need no file.
     *
     * @throws UsageException naming the option, the value and what is expected
     */
    void checkValues() {
        OptionValues.atLeast("--min-items", minItems, 0);
        OptionValues.atLeast("--max-items", maxItems, 1);
        if (minItems > maxItems) {
            throw new UsageException("--min-items " + minItems + " is above --max-items " + maxItems);
        }
        if (se != null) {
            OptionValues.positive("--se", se);
        }
        if (classify != null) {
            classification();
        }
        if ((standards == null) != (position == null)) {
            throw new UsageException("--standards and --position go together; give both or neither");
        }
        selection();
    }

    /**
     * Adds the input files to the checks.
     *
     * @param files the checks
     * @return the checks
     */
    FileOptions inputs(FileOptions files) {
        return files.input("--items", items).input("--cuts", cuts).input("--standards", standards);
    }

    /**
     * Reads the files and builds the design with the given exposure control.
     *
     * @param exposure the exposure control
     * @return the design
     * @throws IOException if a file cannot be read
     */
    Design read(ExposureControl exposure) throws IOException {
        ItemBank bank = ItemBankFiles.readCsv(Inputs.existing(items, "--items"));
        List<String> scales = bank.scales();
        List<CutScores> cutScores = new ArrayList<>();
        Map<String, Integer> standard = null;
        if (scales.isEmpty()) {
            CompetencyFramework single = Frameworks.of(List.of(SINGLE_SCALE));
            if (standards != null) {
                CompetencyFramework columns = Frameworks.fromHeader(Inputs.existing(standards, "--standards"),
                        "position");
                if (!columns.codes().equals(List.of(SINGLE_SCALE))) {
                    throw new UsageException("--standards: " + standards.getFileName() + " has the competency columns "
                            + columns.codes() + "; the bank " + items.getFileName() + " has one scale, so expected"
                            + " the columns position," + SINGLE_SCALE);
                }
                StandardProfile profile = StandardProfile.readCsv(standards, single);
                if (!profile.contains(position)) {
                    throw new UsageException("--position: '" + position + "' is not in " + standards.getFileName()
                            + "; it has " + profile.positions());
                }
                standard = new LinkedHashMap<>();
                standard.put("", profile.standard(position).required(SINGLE_SCALE));
            }
            for (CutScores c : CutScoresFile.read(cuts, single, bank, false)) {
                cutScores.add(CutScores.of("", c.cuts()));
            }
        } else {
            CompetencyFramework framework = Frameworks.of(scales);
            if (standards != null) {
                framework = Frameworks.fromHeader(Inputs.existing(standards, "--standards"), "position");
                StandardProfile profile = StandardProfile.readCsv(standards, framework);
                if (!profile.contains(position)) {
                    throw new UsageException("--position: '" + position + "' is not in " + standards.getFileName()
                            + "; it has " + profile.positions());
                }
                Inputs.checkCompetencies(items, framework, String.valueOf(standards.getFileName()));
                PositionStandard levels = profile.standard(position);
                standard = new LinkedHashMap<>();
                for (String scale : scales) {
                    standard.put(scale, levels.required(scale));
                }
            }
            cutScores.addAll(CutScoresFile.read(cuts, framework, bank, false));
        }
        StoppingRule.Builder stopping = StoppingRule.builder().itemsPerScale(minItems, maxItems);
        if (se != null) {
            stopping.standardError(se);
        }
        if (classify != null) {
            Classify c = classification();
            ClassificationStop rule = !Double.isNaN(c.minimumGain())
                    ? ClassificationStop.lookAhead(cutScores, c.minimumGain())
                    : Double.isNaN(c.confidence())
                            ? ClassificationStop.sprt(cutScores, c.delta(), c.alpha(), c.beta())
                            : ClassificationStop.posterior(cutScores, c.confidence());
            stopping.classification(standard == null ? rule : rule.atStandard(standard));
        }
        CatDesign design = CatDesign.builder(bank).selection(selection()).exposure(exposure)
                .stopping(stopping.build()).build();
        return new Design(bank, design, List.copyOf(cutScores), standard);
    }

    /**
     * The parsed {@code --classify}: a posterior confidence, the SPRT's δ, α and β, or the look-ahead's minimum
     * gain; the values of the other rules NaN.
     */
    record Classify(double confidence, double delta, double alpha, double beta, double minimumGain) {
    }

    /**
     * Parses {@code --classify}.
     *
     * @return the classification settings
     * @throws UsageException naming the option, the value and what is expected
     */
    Classify classification() {
        if (classify.startsWith("lookahead")) {
            String[] parts = classify.split(":", -1);
            double gain = parts.length == 2 && parts[0].equals("lookahead") ? number(parts[1]) : Double.NaN;
            if (!(gain > 0 && gain < 0.5)) {
                throw new UsageException("--classify: got '" + classify + "'; expected lookahead:GAIN with GAIN, the"
                        + " expected gain an item must exceed, in (0, 0.5)");
            }
            return new Classify(Double.NaN, Double.NaN, Double.NaN, Double.NaN, gain);
        }
        if (!classify.startsWith("sprt")) {
            double confidence = number(classify);
            if (!(confidence > 0.5 && confidence < 1)) {
                throw new UsageException("--classify: got " + classify + "; expected a probability in (0.5, 1),"
                        + " sprt:DELTA[:ALPHA[:BETA]] or lookahead:GAIN");
            }
            return new Classify(confidence, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        String[] parts = classify.split(":", -1);
        if (!parts[0].equals("sprt") || parts.length < 2 || parts.length > 4) {
            throw new UsageException("--classify: got '" + classify + "'; expected sprt:DELTA[:ALPHA[:BETA]]");
        }
        double delta = number(parts[1]);
        if (!(delta > 0) || !Double.isFinite(delta)) {
            throw new UsageException("--classify: got '" + classify + "'; expected DELTA, the half-width of the"
                    + " indifference region, finite and > 0");
        }
        double alpha = parts.length > 2 ? number(parts[2]) : SPRT_DEFAULT_RATE;
        double beta = parts.length > 3 ? number(parts[3]) : alpha;
        if (!(alpha > 0 && alpha < 0.5) || !(beta > 0 && beta < 0.5)) {
            throw new UsageException("--classify: got '" + classify + "'; expected ALPHA and BETA, the error rates,"
                    + " in (0, 0.5)");
        }
        return new Classify(Double.NaN, delta, alpha, beta, Double.NaN);
    }

    /** A number of {@code --classify}, NaN if the text is none (every check then fails). */
    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The {@code --classify} value for a summary: the confidence as a number, the SPRT and the look-ahead as
     * their text, or null.
     *
     * @return the value
     */
    Object classifyDescription() {
        if (classify == null) {
            return null;
        }
        Classify c = classification();
        return Double.isNaN(c.confidence()) ? classify : c.confidence();
    }

    /** The selection rule of {@code --select}. */
    SelectionRule selection() {
        String[] parts = select.split(":", 2);
        switch (parts[0]) {
            case "mfi":
                return noArgument(parts, SelectionRule.maximumInformation());
            case "kl":
                return noArgument(parts, SelectionRule.kullbackLeibler(3));
            case "pwi":
                return noArgument(parts, SelectionRule.posteriorWeightedInformation());
            case "cut":
                return noArgument(parts, SelectionRule.cutInformation());
            case "random":
                return noArgument(parts, SelectionRule.random());
            case "astrat":
                return SelectionRule.aStratified(parts.length == 1 ? 4 : count("--select", "astrat", parts[1]));
            default:
                throw new UsageException("--select: got '" + select + "'; expected mfi, kl, pwi, cut, astrat,"
                        + " astrat:STRATA or random");
        }
    }

    private SelectionRule noArgument(String[] parts, SelectionRule rule) {
        if (parts.length > 1) {
            throw new UsageException("--select: got '" + select + "'; " + parts[0] + " takes no ':' value");
        }
        return rule;
    }

    /** A whole number ≥ 1 after a rule's colon. */
    static int count(String option, String rule, String text) {
        if (text.matches("[0-9]{1,9}") && Integer.parseInt(text) >= 1) {
            return Integer.parseInt(text);
        }
        throw new UsageException(option + ": got '" + rule + ":" + text + "'; expected a whole number >= 1 after '"
                + rule + ":'");
    }
}
