package io.github.cact.cli;

import io.github.cact.data.RawResponses;
import io.github.cact.data.ResponseCsv;
import io.github.cact.data.ScoringKey;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cact key}: scores raw option answers with a scoring key and writes the response file the other
 * commands read, {@code id,<items>} with each answer's score as its category, missing cells empty, in
 * the raw file's row and column order.
 */
final class KeyCommand implements CactCommand {

    private Path raw;
    private Path key;
    private Path out;
    private final Quiet quiet = new Quiet();

    @Override
    public CommandSpec spec() {
        Declaration d = Declaration.command(this, "key",
                "Score raw option answers (A-E) with a scoring key into a response file.");
        d.option("--raw", Path.class, v -> raw = v).paramLabel("RAW.csv").required(true)
                .description("id,<item>... chosen option labels (any case), empty or NA for missing.");
        d.option("--key", Path.class, v -> key = v).paramLabel("KEY.csv").required(true)
                .description("item,option,score: integer scores 0..max with no gap per item.");
        d.option("--out", Path.class, v -> out = v).paramLabel("R.csv").required(true)
                .description("Where to write the scored responses.");
        quiet.declare(d);
        return d.spec();
    }

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
