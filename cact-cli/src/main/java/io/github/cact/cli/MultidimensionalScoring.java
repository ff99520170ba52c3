package io.github.cact.cli;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.scoring.MirtScorer;
import io.github.cact.mirt.scoring.MirtScores;
import io.github.cact.scoring.ScoringMethod;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ParseResult;

/**
 * {@code cact score} on a multidimensional bank (docs/mirt-files.md): MAP or quasi-Monte Carlo EAP in all
 * the bank's dimensions under its factor correlations ({@link MirtScorer}, default settings), written in
 * the long format of a bank with several scales: {@code id,theta,se,scale,status}, one block per factor in
 * the bank's order, the rows of a block in input order. θ and SE have six decimals and are finite in
 * every status; the status is the person's, the same in every block.
 */
final class MultidimensionalScoring {

    /** The smallest block of rows scored between two redraws of the progress bar. */
    private static final int BLOCK = 10_000;

    private MultidimensionalScoring() {
    }

    /**
     * Tells whether a command reads its bank as multidimensional, refusing {@code --latent} with a
     * unidimensional bank.
     *
     * @param items the items file, already checked to exist
     * @param latent the {@code --latent} option, or null
     * @return true if the items file has {@code a1..aD} columns
     * @throws IOException if the file cannot be read
     * @throws UsageException if {@code --latent} is given for a unidimensional bank
     */
    static boolean applies(Path items, Path latent) throws IOException {
        boolean multidimensional = MultidimensionalBankInput.isMultidimensional(items);
        if (!multidimensional && latent != null) {
            throw new UsageException("--latent applies to a multidimensional bank (a1..aD columns); " + items
                    + " is unidimensional");
        }
        return multidimensional;
    }

    /**
     * Refuses {@code --quadrature} given for a multidimensional bank, which integrates on quasi-Monte Carlo
     * points instead of the grid.
     *
     * @param parsed the command line
     * @throws UsageException if {@code --quadrature} was given
     */
    static void refuseQuadrature(ParseResult parsed) {
        if (parsed.hasMatchedOption("--quadrature")) {
            throw new UsageException("--quadrature applies to a unidimensional bank; a multidimensional bank is"
                    + " integrated on 1,024 quasi-Monte Carlo points");
        }
    }

    /**
     * Scores and writes the output.
     *
     * @param parsed the command line
     * @param method the scoring method: MAP or EAP
     * @param responses the responses
     * @param items the items file
     * @param latent the {@code --latent} option, or null for the file beside the items
     * @param out the output
     * @param err where the progress bar goes
     * @param quiet the {@code --quiet} option
     * @return {@link ExitCodes#OK}
     * @throws IOException if a file cannot be read or written
     * @throws UsageException for a method other than MAP and EAP, or {@code --quadrature}
     */
    static int score(ParseResult parsed, ScoringMethod method, Path responses, Path items, Path latent, Path out,
            PrintWriter err, Quiet quiet) throws IOException {
        if (method != ScoringMethod.MAP && method != ScoringMethod.EAP) {
            throw new UsageException("--method: " + method.code() + " is not available for a multidimensional bank ("
                    + items.getFileName() + " has a1..aD columns); expected map or eap (quasi-Monte Carlo)");
        }
        refuseQuadrature(parsed);
        Path latentFile = MultidimensionalBankInput.checkLatent(items, latent, new FileOptions().output("--out", out));
        MultidimensionalBank bank = MultidimensionalBankInput.read(items, latentFile);
        ResponseMatrix data = MultidimensionalBankInput.responses(responses, "--responses", bank,
                String.valueOf(items.getFileName()));
        MirtScorer scorer = MirtScorer.of(bank);
        List<MirtScores> blocks = new ArrayList<>();
        try (Progress progress = Progress.start(err, "scoring", quiet)) {
            // each examinee is scored alone, so blocks of rows give the bits of one batch
            int block = progress.active() ? Math.max(BLOCK, data.examinees() / 50) : Math.max(1, data.examinees());
            for (int from = 0; from < data.examinees(); from += block) {
                int to = Math.min(data.examinees(), from + block);
                ResponseMatrix rows = block >= data.examinees() ? data : data.rows(from, to);
                blocks.add(method == ScoringMethod.MAP ? scorer.map(rows) : scorer.eap(rows));
                progress.update(to, data.examinees(), to + " of " + data.examinees());
            }
        }
        try (Outputs outputs = new Outputs()) {
            CsvOutput csv = outputs.csv(out, List.of("id", "theta", "se", "scale", "status"));
            for (int f = 0; f < bank.dimensions(); f++) {
                for (MirtScores scores : blocks) {
                    for (int n = 0; n < scores.size(); n++) {
                        csv.cell(scores.examineeId(n)).cell(scores.theta(n, f), 6).cell(scores.se(n, f), 6)
                                .cell(bank.factors().get(f)).cell(scores.status(n).name()).endRow();
                    }
                }
            }
            outputs.commit();
        }
        return ExitCodes.OK;
    }
}
