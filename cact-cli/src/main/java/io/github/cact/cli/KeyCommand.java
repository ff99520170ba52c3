package io.github.cact.cli;

import io.github.cact.data.RawResponses;
import io.github.cact.data.ResponseCsv;
import io.github.cact.data.ScoringKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cact key}: scores raw option answers with a scoring key and writes the response file the other
 * commands read, {@code id,<items>} with each answer's score as its category, missing cells empty, in
 * the raw file's row and column order.
 */
@Command(name = "key", mixinStandardHelpOptions = true,
        description = "Score raw option answers (A-E) with a scoring key into a response file.")
final class KeyCommand implements Callable<Integer> {

    @Option(names = "--raw", paramLabel = "RAW.csv", required = true,
            description = "id,<item>... chosen option labels (any case), empty or NA for missing.")
    private Path raw;

    @Option(names = "--key", paramLabel = "KEY.csv", required = true,
            description = "item,option,score: integer scores 0..max with no gap per item.")
    private Path key;

    @Option(names = "--out", paramLabel = "R.csv", required = true, description = "Where to write the scored responses.")
    private Path out;

    @Mixin
    private Quiet quiet;

    @Override
    public Integer call() throws IOException {
        new FileOptions().input("--raw", raw).input("--key", key).output("--out", out).check();
        ScoringKey scoringKey = ScoringKey.read(Inputs.existing(key, "--key"));
        RawResponses answers = RawResponses.read(Inputs.existing(raw, "--raw"), scoringKey);
        try (Outputs outputs = new Outputs()) {
            ResponseCsv.write(answers.scored(), outputs.file(out).writer());
            outputs.commit();
        }
        return ExitCodes.OK;
    }
}
