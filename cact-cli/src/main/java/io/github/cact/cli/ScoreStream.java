package io.github.cact.cli;

import io.github.cact.data.ResponseCsv;
import io.github.cact.irt.ItemBank;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.Scores;
import io.github.cact.scoring.ScoringOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code cact score} on a response file read block of rows by block: each block is scored as it is read
 * and its rows written before the next block is read. Every examinee is scored alone, so the bytes are
 * those of scoring the whole file in memory. With several scales the output holds one block of rows per
 * scale, in bank order: the first scale's rows go straight to the output and each later scale's rows to a
 * {@link SpillFile} beside it, appended in scale order once the file is read. The heap holds one block of
 * rows, its scores and a fingerprint of every examinee id seen; a data error leaves no output.
 */
final class ScoreStream {

    /** The most rows read and scored at once. */
    static final int BLOCK_ROWS = 65_536;

    private ScoreStream() {
    }

    /**
     * Scores a response file into an output file.
     *
     * @param responses the response file
     * @param categories the number of categories of every bank item, by id
     * @param bank the items
     * @param options how to score
     * @param out where the scores go
     * @throws IOException if a file cannot be read or written
     */
    static void write(Path responses, Map<String, Integer> categories, ItemBank bank, ScoringOptions options,
            Path out) throws IOException {
        boolean multiScale = bank.scales().size() > 1;
        try (Outputs outputs = new Outputs(); Spills spills = new Spills()) {
            OutputStream file = outputs.file(out).stream();
            List<ScoreRows> rows = new ArrayList<>(List.of(new ScoreRows(file).header(multiScale)));
            for (int scale = 1; scale < bank.scales().size(); scale++) {
                rows.add(new ScoreRows(spills.add(SpillFile.beside(out)).stream()));
            }
            ResponseCsv.readBlocks(responses, categories, BLOCK_ROWS, block -> {
                int scale = 0;
                for (Map.Entry<String, Scores> scores : Scorer.scoreByScale(bank, block, options).entrySet()) {
                    rows.get(scale++).write(scores.getValue(), multiScale ? scores.getKey() : null);
                }
            });
            for (ScoreRows scale : rows) {
                scale.flush();
            }
            for (SpillFile spill : spills.files) {
                spill.appendTo(file);
            }
            outputs.commit();
        }
    }

    /** The spill files of one run, all deleted on close. */
    private static final class Spills implements AutoCloseable {

        private final List<SpillFile> files = new ArrayList<>();

        SpillFile add(SpillFile file) {
            files.add(file);
            return file;
        }

        @Override
        public void close() throws IOException {
            Outputs.closeAll(files);
        }
    }
}
