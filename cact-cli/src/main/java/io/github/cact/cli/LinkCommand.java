package io.github.cact.cli;

import io.github.cact.calibration.Linking;
import io.github.cact.calibration.LinkingMethod;
import io.github.cact.calibration.LinkingResult;
import io.github.cact.data.DataFormatException;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cact link}: puts a separately calibrated form on the bank's scale through their common items
 * (θ* = Aθ + B, a* = a/A, b* = Ab + B). Writes {@code method,A,B,criterion,common_items} to {@code --out}
 * and, with {@code --transformed}, the form's items on the bank's scale.
 */
final class LinkCommand implements CactCommand {

    private Path from;
    private Path to;
    private String method;
    private Path out;
    private Path transformed;
    private final Quiet quiet = new Quiet();

    @Override
    public CommandSpec spec() {
        Declaration d = Declaration.command(this, "link",
                "Link a form to a bank: mean-mean, mean-sigma, haebara or stocking-lord.");
        d.option("--from", Path.class, v -> from = v).paramLabel("FORM.csv").required(true)
                .description("The form's calibrated items.");
        d.option("--to", Path.class, v -> to = v).paramLabel("BANK.csv").required(true)
                .description("The bank whose scale to use.");
        d.option("--method", String.class, v -> method = v).paramLabel("METHOD").required(true)
                .description("mean-mean, mean-sigma, haebara or stocking-lord.");
        d.option("--out", Path.class, v -> out = v).paramLabel("A.csv").required(true)
                .description("Where to write A, B and the common items.");
        d.option("--transformed", Path.class, v -> transformed = v).paramLabel("ITEMS.csv")
                .description("Where to write the form's items on the bank's scale.");
        quiet.declare(d);
        return d.spec();
    }

    @Override
    public Integer call() throws IOException {
        LinkingMethod linkingMethod = parse(method);
        new FileOptions().input("--from", from).input("--to", to).output("--out", out).output("--transformed", transformed)
                .check();
        ItemBank form = ItemBankFiles.readCsv(Inputs.existing(from, "--from"));
        ItemBank bank = ItemBankFiles.readCsv(Inputs.existing(to, "--to"));
        LinkingResult result;
        try {
            result = Linking.link(bank, form, linkingMethod);
        } catch (IllegalArgumentException e) {
            // the two banks disagree (too few common items, a common item in another model): no single place
            throw new DataFormatException(from.getFileName() + " and " + to.getFileName(), 0, 0, e.getMessage());
        }
        try (Outputs outputs = new Outputs()) {
            CsvOutput csv = outputs.csv(out, List.of("method", "A", "B", "criterion", "common_items"));
            csv.row(method, CsvOutput.number(result.a(), 6), CsvOutput.number(result.b(), 6),
                    String.format(Locale.ROOT, "%.6g", result.criterion()), String.join(" ", result.commonItems()));
            if (transformed != null) {
                ItemBankFiles.writeCsv(result.transformed(), outputs.file(transformed).writer());
            }
            outputs.commit();
        }
        return ExitCodes.OK;
    }

    private static LinkingMethod parse(String name) {
        for (LinkingMethod m : LinkingMethod.values()) {
            if (m.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(name)) {
                return m;
            }
        }
        throw new UsageException("--method: '" + name + "' is not one of mean-mean, mean-sigma, haebara, stocking-lord");
    }
}
