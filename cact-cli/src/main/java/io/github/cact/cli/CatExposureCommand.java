package io.github.cact.cli;

import io.github.cact.cat.ExposureControl;
import io.github.cact.cat.exposure.SympsonHetter;
import io.github.cact.irt.Item;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cact cat-exposure}: the Sympson–Hetter exposure parameters of an adaptive design for a target
 * rate, derived by the iterative simulation of Sympson and Hetter (1985). Output {@code item,scale,k}, one
 * row per item of the bank in bank order, k in (0, 1] with six decimals.
 */
final class CatExposureCommand implements CactCommand {

    private CommandSpec spec;
    private final CatDesignOptions options = new CatDesignOptions();
    private double rate;
    private int examinees;
    private int rounds;
    private long seed;
    private Path out;
    private final Quiet quiet = new Quiet();

    @Override
    public CommandSpec spec() {
        Declaration d = Declaration.command(this, "cat-exposure",
                "Derive Sympson-Hetter exposure parameters of an adaptive design for a target exposure rate.");
        options.declare(d);
        d.option("--rate", double.class, v -> rate = v).paramLabel("RATE").required(true)
                .description("Target maximum exposure rate, in (0, 1].");
        d.option("--examinees", int.class, v -> examinees = v).paramLabel("N").defaultValue("2000")
                .description("Simulated examinees per round, >= 10 (default: ${DEFAULT-VALUE}).");
        d.option("--rounds", int.class, v -> rounds = v).paramLabel("R").defaultValue("40")
                .description("Most rounds of the derivation, >= 1 (default: ${DEFAULT-VALUE}).");
        d.option("--seed", long.class, v -> seed = v).paramLabel("SEED").defaultValue("1")
                .description("Random seed (default: ${DEFAULT-VALUE}).");
        d.option("--out", Path.class, v -> out = v).paramLabel("K.csv").required(true)
                .description("Where to write the parameters.");
        quiet.declare(d);
        spec = d.spec();
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        options.checkValues();
        if (!(rate > 0 && rate <= 1)) {
            throw new UsageException("--rate: got " + rate + "; expected a rate in (0, 1]");
        }
        OptionValues.atLeast("--examinees", examinees, 10);
        OptionValues.atLeast("--rounds", rounds, 1);
        options.inputs(new FileOptions()).output("--out", out).check();
        CatDesignOptions.Design design = options.read(ExposureControl.none());
        SympsonHetter.Result result = SympsonHetter.derive(design.design(), rate, examinees, rounds, seed);
        try (Outputs outputs = new Outputs()) {
            CsvOutput csv = outputs.csv(out, List.of("item", "scale", "k"));
            for (Item item : design.bank().items()) {
                Double k = result.parameters().get(item.id());
                csv.cell(item.id()).cell(item.scale().orElse("")).cell(k == null ? 1.0 : k, 6).endRow();
            }
            outputs.commit();
        }
        if (!quiet.on()) {
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%d rounds of %d examinees: max exposure %.3f (target %.3f)%s%n", result.rounds(),
                    examinees, result.maxExposure(), rate, result.converged() ? "" : "; NOT CONVERGED, raise --rounds");
        }
        return ExitCodes.OK;
    }
}
