package io.github.cact.cli;

import io.github.cact.competency.Competency;
import io.github.cact.competency.CompetencyFramework;
import io.github.cact.internal.text.CsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the competency framework from the competency columns of a file: the PermenPANRB 38/2017 set
 * (M1..M8, SK1) or the potential aspects (P1..P8) when the columns are exactly one of them, otherwise a
 * custom framework of the columns, in file order, named after the known names where a code is known.
 */
final class Frameworks {

    private Frameworks() {
    }

    static CompetencyFramework fromHeader(Path file, String... otherColumns) throws IOException {
        List<String> codes = new ArrayList<>();
        List<String> others = List.of(otherColumns);
        try (CsvReader csv = CsvReader.open(file)) {
            List<String> header = csv.header();
            for (int c = 0; c < header.size(); c++) {
                String column = header.get(c);
                if (!others.contains(column.toLowerCase(Locale.ROOT))) {
                    try {
                        Competency.of(column, column, column);
                    } catch (IllegalArgumentException e) {
                        throw csv.error(c, e.getMessage());
                    }
                    if (codes.contains(column)) {
                        throw csv.error(c, "competency '" + column + "' is repeated; it is also in column "
                                + (header.indexOf(column) + 1));
                    }
                    codes.add(column);
                }
            }
            if (codes.isEmpty()) {
                throw csv.error(-1, "the header has no competency columns; expected " + others
                        + " and competency codes such as M1..M8, SK1");
            }
        }
        return of(codes);
    }

    /**
     * The framework of the given competency codes: a known one when the codes are exactly its codes,
     * otherwise a custom framework of the codes in the given order.
     *
     * @param codes the competency codes, at least one
     * @return the framework
     */
    static CompetencyFramework of(List<String> codes) {
        for (CompetencyFramework known : List.of(CompetencyFramework.permenPanRb38(),
                CompetencyFramework.potentialAspects())) {
            if (new java.util.HashSet<>(known.codes()).equals(new java.util.HashSet<>(codes))) {
                return known;
            }
        }
        CompetencyFramework standard = CompetencyFramework.permenPanRb38();
        List<Competency> competencies = new ArrayList<>();
        for (String code : codes) {
            competencies.add(standard.contains(code) ? standard.get(code) : Competency.of(code, code, code));
        }
        return CompetencyFramework.of("custom", competencies);
    }
}
