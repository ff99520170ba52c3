package io.github.cact.cli;

import io.github.cact.data.ResponseCsv;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.text.DecimalText;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cact simulate}: seeded responses from a given item bank or from a random one. */
final class SimulateCommand implements CactCommand {

    /** Rows simulated and written at once: memory holds two batches (one drawn, one written), not the file. */
    private static final int BATCH_ROWS = 1 << 16;

    private Path items;
    private String model;
    private int itemCount;
    private int categories;
    private int examinees;
    private long seed;
    private double mean;
    private double sd;
    private double missing;
    private Path out;
    private Path bankOut;
    private Path thetaOut;
    private final Quiet quiet = new Quiet();

    @Override
    public CommandSpec spec() {
        Declaration d = Declaration.command(this, "simulate",
                "Simulate responses from an item bank (--items) or from a random bank (--model)," + " with a seed: same seed, same file.");
        d.option("--items", Path.class, v -> items = v).paramLabel("BANK.csv")
                .description("Item bank CSV to answer.");
        d.option("--model", String.class, v -> model = v).paramLabel("MODEL").defaultValue("2pl")
                .description("Model of a random bank when --items is absent: rasch, 1pl, 2pl, 3pl, 4pl, grm, gpcm, pcm"
                        + " (default: ${DEFAULT-VALUE}).");
        d.option("--n-items", int.class, v -> itemCount = v).paramLabel("I").defaultValue("40")
                .description("Items of a random bank, >= 1 (default: ${DEFAULT-VALUE}).");
        d.option("--categories", int.class, v -> categories = v).paramLabel("K").defaultValue("5")
                .description("Categories of polytomous random items, 2..127 (default: ${DEFAULT-VALUE}).");
        d.option("--examinees", int.class, v -> examinees = v).paramLabel("N").defaultValue("1000")
                .description("Examinees to simulate, >= 1 (default: ${DEFAULT-VALUE}).");
        d.option("--seed", long.class, v -> seed = v).paramLabel("SEED").defaultValue("1")
                .description("Random seed (default: ${DEFAULT-VALUE}).");
        d.option("--mean", double.class, v -> mean = v).paramLabel("MU").defaultValue("0")
                .description("Mean of θ (default: ${DEFAULT-VALUE}).");
        d.option("--sd", double.class, v -> sd = v).paramLabel("SIGMA").defaultValue("1")
                .description("SD of θ, >= 0 (default: ${DEFAULT-VALUE}).");
        d.option("--missing", double.class, v -> missing = v).paramLabel("RATE").defaultValue("0")
                .description("Share of cells left missing at random, in [0, 1) (default: ${DEFAULT-VALUE}).");
        d.option("--out", Path.class, v -> out = v).paramLabel("RESPONSES.csv").required(true)
                .description("Where to write the responses.");
        d.option("--bank-out", Path.class, v -> bankOut = v).paramLabel("BANK.csv")
                .description("Where to write the bank used (useful with --model).");
        d.option("--theta-out", Path.class, v -> thetaOut = v).paramLabel("THETA.csv")
                .description("Where to write the true θ of each examinee.");
        quiet.declare(d);
        return d.spec();
    }

    @Override
    public Integer call() throws Exception {
        ModelType type = OptionValues.model("--model", model);
        OptionValues.atLeast("--n-items", itemCount, 1);
        OptionValues.between("--categories", categories, 2, ResponseMatrix.MAX_CATEGORY + 1);
        OptionValues.atLeast("--examinees", examinees, 1);
        OptionValues.finite("--mean", mean);
        OptionValues.finiteAtLeast("--sd", sd, 0);
        if (!(missing >= 0 && missing < 1)) {
            throw new UsageException("--missing: got " + missing + "; expected a share in [0, 1)");
        }
        if (items == null && (long) itemCount * examinees > ResponseMatrix.MAX_CELLS) {
            throw new UsageException("--n-items " + itemCount + " x --examinees " + examinees + " is more than the "
                    + ResponseMatrix.MAX_CELLS + " cells a response matrix holds");
        }
        new FileOptions().input("--items", items).output("--out", out).output("--bank-out", bankOut)
                .output("--theta-out", thetaOut).check();
        ItemBank bank = items != null ? ItemBankFiles.readCsv(Inputs.existing(items, "--items"))
                : ResponseSimulator.randomBank(type, itemCount, categories, seed);
        if ((long) bank.size() * examinees > ResponseMatrix.MAX_CELLS) {
            throw new UsageException("--examinees " + examinees + " x " + bank.size() + " items of " + items
                    + " is more than the " + ResponseMatrix.MAX_CELLS + " cells a response matrix holds");
        }
        ResponseSimulator simulator = ResponseSimulator.of(bank, seed).withAbility(mean, sd).withMissingRate(missing);
        try (Outputs outputs = new Outputs(); BackgroundWriter writer = new BackgroundWriter()) {
            OutputStream responsesOut = outputs.file(out).stream();
            Writer thetaWriter = thetaOut == null ? null : outputs.file(thetaOut).writer();
            ResponseCsv.writeHeader(bank.ids(), responsesOut);
            if (thetaWriter != null) {
                thetaWriter.write("id,theta\n");
            }
            StringBuilder line = new StringBuilder();
            try {
                // each batch is written while the next one is drawn
                simulator.simulateCsv(examinees, BATCH_ROWS, batch -> {
                    try {
                        writer.submit(() -> {
                            batch.writeTo(responsesOut);
                            if (thetaWriter != null) {
                                for (int n = 0; n < batch.examinees(); n++) {
                                    line.setLength(0);
                                    line.append(batch.examineeId(n)).append(',');
                                    thetaWriter.append(DecimalText.appendFixed(line, batch.trueTheta(n), 6).append('\n'));
                                }
                            }
                        });
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.finish();
            if (bankOut != null) {
                ItemBankFiles.writeCsv(bank, outputs.file(bankOut).writer());
            }
            outputs.commit();
        }
        return ExitCodes.OK;
    }
}
