package io.github.cact.cli;

import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.CutScores;
import io.github.cact.internal.text.CsvReader;
import io.github.cact.irt.ItemBank;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cut scores per competency from a CSV file {@code competency,c1,c2,c3,c4}: the lowest θ (or, with
 * summed scores, the lowest summed score, mapped to θ through the test characteristic curve of the
 * competency's items) of levels 2..5. Without a file every competency gets the library's default
 * {@link #DEFAULT_CUTS}.
 */
final class CutScoresFile {

    /**
     * The default θ cuts −1.5, −0.5, 0.5, 1.5: five equal-width bands of one SD around the N(0, 1) mean
     * (about 7 / 24 / 38 / 24 / 7 % of a standard-normal cohort). A library convention, not a
     * regulation: agencies set their own (Bookmark, summed-score tables).
     */
    static final double[] DEFAULT_CUTS = {-1.5, -0.5, 0.5, 1.5};

    private CutScoresFile() {
    }

    static List<CutScores> read(Path path, CompetencyFramework framework, ItemBank bank, boolean summed)
            throws IOException {
        if (path == null) {
            List<CutScores> cuts = new ArrayList<>();
            for (String code : framework.codes()) {
                cuts.add(CutScores.of(code, DEFAULT_CUTS));
            }
            return cuts;
        }
        Map<String, CutScores> byCode = new HashMap<>();
        try (CsvReader csv = CsvReader.open(Inputs.existing(path, "--cuts"))) {
            Columns columns = new Columns(csv);
            int code = columns.required("competency");
            int[] cutColumns = {columns.required("c1"), columns.required("c2"), columns.required("c3"),
                columns.required("c4")};
            Map<String, Integer> seen = new HashMap<>();
            while (csv.next()) {
                columns.checkWidth();
                String competency = columns.id(code, seen);
                if (!framework.contains(competency)) {
                    throw csv.error(code, "competency '" + competency + "' is not one of " + framework.codes());
                }
                double[] values = new double[4];
                for (int k = 0; k < 4; k++) {
                    values[k] = columns.number(cutColumns[k], competency);
                }
                try {
                    byCode.put(competency, summed
                            ? CutScores.fromSummedScores(competency,
                                    bank.forScale(competency)::expectedScore, values)
                            : CutScores.of(competency, values));
                } catch (IllegalArgumentException e) {
                    throw csv.error(-1, e.getMessage());
                }
            }
            List<CutScores> cuts = new ArrayList<>();
            for (String competency : framework.codes()) {
                CutScores c = byCode.get(competency);
                if (c == null) {
                    throw csv.error(-1, "no cut scores for competency " + competency + "; the file must list "
                            + framework.codes());
                }
                cuts.add(c);
            }
            return cuts;
        }
    }
}
