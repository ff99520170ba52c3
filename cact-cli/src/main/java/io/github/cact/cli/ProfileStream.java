package io.github.cact.cli;

import io.github.cact.competency.CompetencyProfiler;
import io.github.cact.competency.PositionStandard;
import io.github.cact.data.ResponseCsv;
import io.github.cact.irt.ItemBank;
import io.github.cact.scoring.Quadrature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code cact profile} on a response file read block of rows by block: each block's people are profiled
 * and their rows written before the next block is read. Every person is profiled alone (their own EAPs,
 * level probabilities, JPM and person fit), so the bytes are those of profiling the whole file in memory.
 * The heap holds one block of rows, its profiles and a fingerprint of every examinee id seen; a data error
 * leaves no output.
 */
final class ProfileStream {

    private ProfileStream() {
    }

    /**
     * Profiles a response file into an output file.
     *
     * @param responses the response file
     * @param categories the number of categories of every bank item, by id
     * @param bank the items, each naming its competency
     * @param profiler the profiler of that bank
     * @param standard the position's standard
     * @param grid the quadrature of the EAPs and of the person fit
     * @param out where the profiles go
     * @throws IOException if a file cannot be read or written
     */
    static void write(Path responses, Map<String, Integer> categories, ItemBank bank, CompetencyProfiler profiler,
            PositionStandard standard, Quadrature grid, Path out) throws IOException {
        try (Outputs outputs = new Outputs()) {
            CsvOutput csv = outputs.csv(out, ProfileCommand.header());
            ResponseCsv.readBlocks(responses, categories, ScoreStream.BLOCK_ROWS, block -> ProfileCommand.writeRows(
                    csv, profiler.profile(block, standard), ProfileCommand.personFit(bank, block, grid)));
            outputs.commit();
        }
    }
}
