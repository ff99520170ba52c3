package io.github.cact.cli;

import io.github.cact.cat.ExposureControl;
import io.github.cact.cat.exposure.SympsonHetter;
import io.github.cact.cat.simulation.DesignSummary;
import io.github.cact.cat.simulation.LevelRule;
import io.github.cact.cat.simulation.SimulationResult;
import io.github.cact.cat.simulation.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cact cat-simulate}: simulated examinees through an adaptive design and through a fixed form, side
 * by side. Writes into {@code --out DIR} (created if missing) {@code sessions.csv} and {@code fixed.csv}
 * (per person and scale {@code id,scale,true_theta,theta,se,items,stop_reason,level,true_level}),
 * {@code exposure.csv} ({@code item,scale,exposure_rate} of the adaptive test) and {@code summary.json};
 * see docs/cat-simulation.md.
 */
final class CatSimulateCommand implements CactCommand {

    /** Examinees per round of a Sympson–Hetter derivation. */
    static final int SYMPSON_HETTER_EXAMINEES = 2000;
    /** The most rounds of a Sympson–Hetter derivation. */
    static final int SYMPSON_HETTER_ROUNDS = 40;

    private static final List<String> FILES = List.of("sessions.csv", "fixed.csv", "exposure.csv", "summary.json");

    private CommandSpec spec;
    private final CatDesignOptions options = new CatDesignOptions();
    private Integer examinees;
    private double correlation;
    private Path theta;
    private String exposure;
    private Path fixed;
    private String level;
    private long seed;
    private Path out;
    private final Quiet quiet = new Quiet();

    @Override
    public CommandSpec spec() {
        Declaration d = Declaration.command(this, "cat-simulate",
                "Simulate an adaptive test design and a fixed form on the same simulated people, side by side.");
        options.declare(d);
        d.option("--examinees", Integer.class, v -> examinees = v).paramLabel("N")
                .description("Simulated examinees, >= 1 (default: 1000).");
        d.option("--correlation", double.class, v -> correlation = v).paramLabel("R").defaultValue("0.6")
                .description("Common correlation of the true θ of the scales, in (-1/(S-1), 1] (default: ${DEFAULT-VALUE}).");
        d.option("--theta", Path.class, v -> theta = v).paramLabel("THETA.csv")
                .description("id,<scale>...: true θ given instead of --examinees.");
        d.option("--exposure", String.class, v -> exposure = v).paramLabel("CONTROL").defaultValue("none")
                .description("none, randomesque:K, sympson-hetter:RATE (parameters derived first) or progressive (default:"
                        + " ${DEFAULT-VALUE}).");
        d.option("--fixed", Path.class, v -> fixed = v).paramLabel("FORM.csv")
                .description("The fixed form to compare with: a file with an item column (default: every item of the bank).");
        d.option("--level", String.class, v -> level = v).paramLabel("RULE").defaultValue("estimate")
                .description("How answers become a level, the same for the adaptive test and the fixed form: estimate (the"
                        + " level of θ̂, or the SPRT's decision) or probable (the most probable level of the posterior)"
                        + " (default: ${DEFAULT-VALUE}).");
        d.option("--seed", long.class, v -> seed = v).paramLabel("SEED").defaultValue("1")
                .description("Random seed (default: ${DEFAULT-VALUE}).");
        d.option("--out", Path.class, v -> out = v).paramLabel("DIR").required(true)
                .description("Output directory.");
        quiet.declare(d);
        spec = d.spec();
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        options.checkValues();
        if (examinees != null && theta != null) {
            throw new UsageException("--examinees and --theta exclude each other; give one");
        }
        int count = examinees == null ? 1000 : OptionValues.atLeast("--examinees", examinees, 1);
        OptionValues.finite("--correlation", correlation);
        Exposure control = Exposure.parse(exposure);
        LevelRule levelRule = levelRule(level);
        FileOptions files = options.inputs(new FileOptions()).input("--theta", theta).input("--fixed", fixed);
        outputs(files).check();
        CatDesignOptions.Design design = options.read(ExposureControl.none());
        Map<String, Object> described = describe(design, count);
        SympsonHetter.Result derived = null;
        ExposureControl exposureControl = control.control();
        if (control.sympsonHetterRate() > 0) {
            derived = SympsonHetter.derive(design.design(), control.sympsonHetterRate(), SYMPSON_HETTER_EXAMINEES,
                    SYMPSON_HETTER_ROUNDS, seed);
            exposureControl = derived.control();
            Map<String, Object> sh = new LinkedHashMap<>();
            sh.put("examineesPerRound", SYMPSON_HETTER_EXAMINEES);
            sh.put("rounds", derived.rounds());
            sh.put("converged", derived.converged());
            sh.put("maxExposure", derived.maxExposure());
            described.put("sympsonHetter", sh);
        }
        Simulator.Builder builder = Simulator.builder(design.design().toBuilder().exposure(exposureControl).build(),
                design.cuts()).seed(seed).levelRule(levelRule);
        if (design.standard() != null) {
            builder.standard(design.standard());
        }
        if (fixed != null) {
            builder.fixedForm(FormFile.read(Inputs.existing(fixed, "--fixed"), design.bank(),
                    String.valueOf(options.items.getFileName())));
        }
        if (theta != null) {
            ThetaFile.People people = ThetaFile.read(Inputs.existing(theta, "--theta"), design.design().scales(),
                    String.valueOf(options.items.getFileName()));
            builder.abilities(people.ids(), people.thetas());
        } else {
            try {
                builder.examinees(count, correlation);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--correlation: " + e.getMessage());
            }
        }
        SimulationResult result = builder.build().run();
        write(described, result);
        if (!quiet.on()) {
            print(spec.commandLine().getOut(), result, derived);
        }
        return ExitCodes.OK;
    }

    /** Parses {@code --level}: {@code estimate} or {@code probable}. */
    private static LevelRule levelRule(String code) {
        return switch (code) {
            case "estimate" -> LevelRule.ESTIMATE;
            case "probable" -> LevelRule.MOST_PROBABLE;
            default -> throw new UsageException("--level: '" + code + "' is not a level rule; expected estimate or"
                    + " probable");
        };
    }

    /** The output files as checks: collisions with inputs, and a usable directory. */
    private FileOptions outputs(FileOptions files) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out: " + out + " is a file; expected a directory");
        }
        if (!Files.exists(out)) {
            Path parent = out.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new EnvironmentException("--out: no such directory: " + parent);
            }
            return files;
        }
        for (String name : FILES) {
            files.output("--out", out.resolve(name));
        }
        return files;
    }

    private Map<String, Object> describe(CatDesignOptions.Design design, int count) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", String.valueOf(options.items.getFileName()));
        json.put("bankSize", design.bank().size());
        json.put("select", options.select);
        json.put("exposure", exposure);
        json.put("minItems", options.minItems);
        json.put("maxItems", options.maxItems);
        json.put("se", options.se);
        json.put("classify", options.classifyDescription());
        json.put("position", options.position);
        json.put("levelRule", level);
        json.put("fixedForm", fixed == null ? "every item of the bank" : String.valueOf(fixed.getFileName()));
        json.put("abilities", theta == null ? "N(0, 1), correlation " + correlation + ", " + count + " examinees"
                : String.valueOf(theta.getFileName()));
        json.put("seed", seed);
        return json;
    }

    private void write(Map<String, Object> described, SimulationResult result) throws IOException {
        Files.createDirectories(out);
        try (Outputs outputs = new Outputs()) {
            SimulationOutputs.sessions(outputs, out.resolve("sessions.csv"), result.ids(), result.adaptive());
            SimulationOutputs.sessions(outputs, out.resolve("fixed.csv"), result.ids(), result.fixed());
            SimulationOutputs.exposure(outputs, out.resolve("exposure.csv"), result.adaptive());
            outputs.text(out.resolve("summary.json"), SimulationOutputs.summary(described, result));
            outputs.commit();
        }
    }

    private static void print(PrintWriter o, SimulationResult result, SympsonHetter.Result derived) {
        if (derived != null) {
            o.printf(Locale.ROOT, "Sympson-Hetter parameters: %d rounds, max exposure %.3f%s%n", derived.rounds(),
                    derived.maxExposure(), derived.converged() ? "" : " (NOT CONVERGED)");
        }
        DesignSummary a = result.adaptive().summary();
        DesignSummary f = result.fixed().summary();
        o.printf(Locale.ROOT, "%d examinees, %d scales%n", result.ids().size(), result.scales().size());
        o.printf(Locale.ROOT, "adaptive: %.2f items, RMSE %.3f, accuracy %.3f, max exposure %.3f%n", a.meanItems(),
                a.overall().rmse(), a.overall().classificationAccuracy(), a.maxExposure());
        o.printf(Locale.ROOT, "fixed:    %.2f items, RMSE %.3f, accuracy %.3f%n", f.meanItems(), f.overall().rmse(),
                f.overall().classificationAccuracy());
        o.printf(Locale.ROOT, "saving: %.1f %% of the items%n", 100 * result.saving());
    }

    /** The parsed {@code --exposure} value. */
    record Exposure(ExposureControl control, double sympsonHetterRate) {

        static Exposure parse(String text) {
            String[] parts = text.split(":", 2);
            switch (parts[0]) {
                case "none":
                    if (parts.length == 1) {
                        return new Exposure(ExposureControl.none(), 0);
                    }
                    break;
                case "randomesque":
                    if (parts.length == 2) {
                        return new Exposure(ExposureControl.randomesque(
                                CatDesignOptions.count("--exposure", "randomesque", parts[1])), 0);
                    }
                    break;
                case "progressive":
                    if (parts.length == 1) {
                        return new Exposure(ExposureControl.progressive(1), 0);
                    }
                    break;
                case "sympson-hetter":
                    if (parts.length == 2) {
                        return new Exposure(ExposureControl.none(), rate(parts[1]));
                    }
                    break;
                default:
                    break;
            }
            throw new UsageException("--exposure: got '" + text + "'; expected none, randomesque:K,"
                    + " sympson-hetter:RATE or progressive");
        }

        private static double rate(String text) {
            try {
                double rate = Double.parseDouble(text);
                if (rate > 0 && rate <= 1) {
                    return rate;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException("--exposure: got 'sympson-hetter:" + text + "'; expected a rate in (0, 1]");
        }
    }
}
