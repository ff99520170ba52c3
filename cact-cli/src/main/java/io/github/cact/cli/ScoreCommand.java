package io.github.cact.cli;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.scoring.Quadrature;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.Scores;
import io.github.cact.scoring.ScoringMethod;
import io.github.cact.scoring.ScoringOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cact score}: ability estimates with standard errors. Output {@code id,theta,se,status}, one row
 * per examinee in input order; with several scales in the bank, {@code id,theta,se,scale,status}, one
 * block per scale in bank order. θ and SE have six decimals; an SE of {@code Infinity} comes with an
 * {@code EXTREME_LOW}, {@code EXTREME_HIGH}, {@code NO_RESPONSES} or {@code UNRESOLVED} status (see the
 * scoring docs); {@code OK} always has a finite SE above 0.
 */
final class ScoreCommand implements CactCommand {

    /** The smallest block of rows scored between two redraws of the progress bar. */
    private static final int BLOCK = 10_000;

    private CommandSpec spec;
    private Path responses;
    private Path items;
    private String method;
    private int quadrature;
    private Path out;
    private Path latent;
    private long streamAbove;
    private final Quiet quiet = new Quiet();

    @Override
    public CommandSpec spec() {
        Declaration d = Declaration.command(this, "score",
                "Score abilities (EAP, MAP, ML, WLE or EAPsum) with standard errors.");
        d.option("--responses", Path.class, v -> responses = v).paramLabel("R.csv").required(true)
                .description("id,<item>... categories 0..K-1, empty or NA for missing.");
        d.option("--items", Path.class, v -> items = v).paramLabel("ITEMS.csv").required(true)
                .description("The item bank (cact item-bank CSV).");
        d.option("--method", String.class, v -> method = v).paramLabel("METHOD").defaultValue("eap")
                .description("eap (default), map, ml, wle or eapsum.");
        d.option("--quadrature", int.class, v -> quadrature = v).paramLabel("Q").defaultValue("121")
                .description("Quadrature nodes on [-6, 6] with a N(0, 1) prior, >= 2 (default: ${DEFAULT-VALUE}).");
        d.option("--out", Path.class, v -> out = v).paramLabel("SCORES.csv").required(true)
                .description("Where to write the scores.");
        d.option("--latent", Path.class, v -> latent = v).paramLabel("LATENT.csv")
                .description("The factor correlations of a multidimensional bank (default: beside --items, its name with"
                        + " .latent.csv).");
        d.option("--stream-above", long.class, v -> streamAbove = v).paramLabel("BYTES").defaultValue("268435456").hidden(true)
                .description("Score a response file larger than this many bytes block of rows by block, without holding it"
                        + " in memory (default: 256 MiB).");
        quiet.declare(d);
        spec = d.spec();
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        ScoringMethod scoringMethod;
        try {
            scoringMethod = ScoringMethod.fromCode(method);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--method: " + e.getMessage());
        }
        Quadrature grid = OptionValues.quadrature(quadrature);
        new FileOptions().input("--responses", responses).input("--items", items).output("--out", out).check();
        if (MultidimensionalScoring.applies(items, latent)) {
            return MultidimensionalScoring.score(spec.commandLine().getParseResult(), scoringMethod, responses, items,
                    latent, out, spec.commandLine().getErr(), quiet);
        }
        ItemBank bank = ItemBankFiles.readCsv(Inputs.existing(items, "--items"));
        ScoringOptions options = ScoringOptions.builder().method(scoringMethod).quadrature(grid).build();
        if (Files.size(Inputs.existing(responses, "--responses")) > streamAbove) {
            ScoreStream.write(responses, Inputs.responseCategories(responses, "--responses", bank,
                    String.valueOf(items.getFileName())), bank, options, out);
            return ExitCodes.OK;
        }
        ResponseMatrix data = Inputs.responses(responses, "--responses", bank, String.valueOf(items.getFileName()));
        List<Map<String, Scores>> blocks = new ArrayList<>();
        try (Progress progress = Progress.start(spec.commandLine().getErr(), "scoring", quiet)) {
            // with a progress bar, score in blocks of rows: each examinee is scored alone, so the
            // results are the same as in one batch
            int block = progress.active() ? Math.max(BLOCK, data.examinees() / 50) : data.examinees();
            for (int from = 0; from < data.examinees(); from += block) {
                int to = Math.min(data.examinees(), from + block);
                blocks.add(Scorer.scoreByScale(bank, block == data.examinees() ? data : data.rows(from, to), options));
                progress.update(to, data.examinees(), to + " of " + data.examinees());
            }
        }
        boolean multiScale = blocks.get(0).size() > 1;
        try (Outputs outputs = new Outputs()) {
            ParallelScoreRows rows = new ParallelScoreRows();
            for (String scale : blocks.get(0).keySet()) {
                for (Map<String, Scores> block : blocks) {
                    rows.add(block.get(scale), multiScale ? scale : null);
                }
            }
            rows.writeTo(outputs.file(out).stream(), multiScale);
            outputs.commit();
        }
        return ExitCodes.OK;
    }
}
