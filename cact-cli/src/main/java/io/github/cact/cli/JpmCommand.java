package io.github.cact.cli;

import io.github.cact.competency.Capping;
import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.JobPersonMatch;
import io.github.cact.competency.JpmResult;
import io.github.cact.competency.StandardProfile;
import io.github.cact.internal.CsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cact jpm}: Job-Person-Match from competency levels given directly (e.g. levels already
 * reported by BKN). {@code L.csv}: {@code id,position,<code>...}, every other column a competency of the
 * standards; {@code S.csv}: {@code position,<code>...}; output {@code id,position,jpm,ikk,category_filling,category_mapping} with
 * JPM and IKK to two decimals; categories are decided on the unrounded JPM.
 */
@Command(name = "jpm", mixinStandardHelpOptions = true,
        description = "Job-Person-Match (JPM = Σ levels / Σ standards × 100) from levels given directly.")
final class JpmCommand implements Callable<Integer> {

    /** The values of {@code --cap}. */
    enum Cap {
        none(Capping.NONE), total(Capping.TOTAL), per_competency(Capping.PER_COMPETENCY);

        private final Capping capping;

        Cap(Capping capping) {
            this.capping = capping;
        }

        Capping capping() {
            return capping;
        }
    }

    @Option(names = "--levels", paramLabel = "L.csv", required = true, description = "id,position,<competency code>... levels 1-5.")
    private Path levels;

    @Option(names = "--standards", paramLabel = "S.csv", required = true, description = "position,<competency code>... standard levels 1-5.")
    private Path standards;

    @Option(names = "--cap", paramLabel = "CAP", defaultValue = "none", converter = CapConverter.class,
            description = "Surplus capping: none (default), total, per-competency.")
    private Cap cap;

    @Option(names = "--out", paramLabel = "JPM.csv", required = true, description = "Where to write the JPM per person.")
    private Path out;

    @Mixin
    private Quiet quiet;

    @Override
    public Integer call() throws IOException {
        new FileOptions().input("--levels", levels).input("--standards", standards).output("--out", out).check();
        CompetencyFramework framework = Frameworks.fromHeader(Inputs.existing(standards, "--standards"), "position");
        StandardProfile profile = StandardProfile.readCsv(standards, framework);
        JobPersonMatch jpm = JobPersonMatch.of(cap.capping());
        List<String[]> rows = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(Inputs.existing(levels, "--levels"))) {
            Columns columns = new Columns(csv);
            int id = columns.required("id");
            int position = columns.required("position");
            Map<String, Integer> codeColumns = codeColumns(csv, columns, framework, id, position);
            Map<String, Integer> seen = new HashMap<>();
            while (csv.next()) {
                columns.checkWidth();
                String personId = columns.id(id, seen);
                String positionName = csv.get(position);
                if (!profile.contains(positionName)) {
                    throw csv.error(position, "'" + personId + "': position '" + positionName
                            + "' is not in the standards file; it has " + profile.positions());
                }
                Map<String, Integer> personLevels = new LinkedHashMap<>();
                for (Map.Entry<String, Integer> entry : codeColumns.entrySet()) {
                    personLevels.put(entry.getKey(), level(csv, entry.getValue(), personId, entry.getKey()));
                }
                JpmResult result = jpm.evaluate(personLevels, profile.standard(positionName));
                rows.add(new String[] {personId, positionName, CsvOutput.number(result.jpm(), 2),
                    CsvOutput.number(result.ikk(), 2), result.filling().name(), result.mapping().name()});
            }
            if (rows.isEmpty()) {
                throw csv.error(-1, "the file has a header but no people");
            }
        }
        try (Outputs outputs = new Outputs()) {
            CsvOutput csv = outputs.csv(out, List.of("id", "position", "jpm", "ikk", "category_filling",
                    "category_mapping"));
            for (String[] row : rows) {
                csv.row(row);
            }
            outputs.commit();
        }
        return ExitCodes.OK;
    }

    /**
     * The column of each competency of the standards; every other column than {@code id} and
     * {@code position} must be one of them.
     */
    private Map<String, Integer> codeColumns(CsvReader csv, Columns columns, CompetencyFramework framework, int id,
            int position) {
        Map<String, Integer> codeColumns = new LinkedHashMap<>();
        for (String code : framework.codes()) {
            int column = columns.optional(code.toLowerCase(Locale.ROOT));
            if (column < 0) {
                throw csv.error(-1, "the header has no column for competency " + code
                        + "; the standards file requires " + framework.codes());
            }
            codeColumns.put(code, column);
        }
        List<String> header = csv.header();
        for (int c = 0; c < header.size(); c++) {
            if (c != id && c != position && !codeColumns.containsValue(c)) {
                throw csv.error(c, "competency '" + header.get(c) + "' is not in the standards file "
                        + standards.getFileName() + "; it has " + framework.codes());
            }
        }
        return codeColumns;
    }

    private static int level(CsvReader csv, int column, String personId, String code) {
        String text = csv.get(column);
        if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '5') {
            return text.charAt(0) - '0';
        }
        throw csv.error(column, "'" + personId + "': level of " + code + " is '" + text
                + "'; expected a whole number 1..5");
    }

    /** Accepts {@code per-competency} as well as the enum's own spelling. */
    static final class CapConverter implements picocli.CommandLine.ITypeConverter<Cap> {
        @Override
        public Cap convert(String value) {
            for (Cap cap : Cap.values()) {
                if (cap.name().replace('_', '-').equals(value)) {
                    return cap;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected none, total or per-competency, got '"
                    + value + "'");
        }
    }
}
