package io.github.cact.cli;

import io.github.cact.data.ResponseCsv;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import io.github.cact.simulation.Simulation;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cact simulate}: seeded responses from a given item bank or from a random one. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate responses from an item bank (--items) or from a random bank (--model),"
                + " with a seed: same seed, same file.")
final class SimulateCommand implements Callable<Integer> {

    @Option(names = "--items", paramLabel = "BANK.csv", description = "Item bank CSV to answer.")
    private Path items;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "Model of a random bank when --items is absent: rasch, 1pl, 2pl, 3pl, 4pl, grm, gpcm, pcm"
                    + " (default: ${DEFAULT-VALUE}).", defaultValue = "2pl")
    private String model;

    @Option(names = "--n-items", paramLabel = "I", defaultValue = "40",
            description = "Items of a random bank (default: ${DEFAULT-VALUE}).")
    private int itemCount;

    @Option(names = "--categories", paramLabel = "K", defaultValue = "5",
            description = "Categories of polytomous random items (default: ${DEFAULT-VALUE}).")
    private int categories;

    @Option(names = "--examinees", paramLabel = "N", defaultValue = "1000",
            description = "Examinees to simulate (default: ${DEFAULT-VALUE}).")
    private int examinees;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--mean", paramLabel = "MU", defaultValue = "0", description = "Mean of θ (default: ${DEFAULT-VALUE}).")
    private double mean;

    @Option(names = "--sd", paramLabel = "SIGMA", defaultValue = "1", description = "SD of θ (default: ${DEFAULT-VALUE}).")
    private double sd;

    @Option(names = "--missing", paramLabel = "RATE", defaultValue = "0",
            description = "Share of cells left missing at random, in [0, 1) (default: ${DEFAULT-VALUE}).")
    private double missing;

    @Option(names = "--out", paramLabel = "RESPONSES.csv", required = true, description = "Where to write the responses.")
    private Path out;

    @Option(names = "--bank-out", paramLabel = "BANK.csv", description = "Where to write the bank used (useful with --model).")
    private Path bankOut;

    @Option(names = "--theta-out", paramLabel = "THETA.csv", description = "Where to write the true θ of each examinee.")
    private Path thetaOut;

    @Mixin
    private Quiet quiet;

    @Override
    public Integer call() throws Exception {
        ItemBank bank = items != null ? ItemBankFiles.readCsv(Inputs.existing(items, "--items"))
                : ResponseSimulator.randomBank(parseModel(model), itemCount, categories, seed);
        Simulation simulation;
        try {
            simulation = ResponseSimulator.of(bank, seed).withAbility(mean, sd).withMissingRate(missing)
                    .simulate(examinees);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ResponseCsv.write(simulation.responses(), out);
        if (bankOut != null) {
            ItemBankFiles.writeCsv(bank, bankOut);
        }
        if (thetaOut != null) {
            try (BufferedWriter writer = Files.newBufferedWriter(thetaOut, StandardCharsets.UTF_8)) {
                writer.write("id,theta\n");
                for (int n = 0; n < examinees; n++) {
                    writer.write(simulation.responses().examineeId(n) + ","
                            + String.format(Locale.ROOT, "%.6f", simulation.trueTheta(n)) + "\n");
                }
            }
        }
        return ExitCodes.OK;
    }

    private static ModelType parseModel(String name) {
        try {
            return ModelType.fromCode(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--model: " + e.getMessage());
        }
    }
}
