package io.github.cact.cli;

import io.github.cact.competency.Capping;
import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.JobPersonMatch;
import io.github.cact.competency.JpmResult;
import io.github.cact.competency.StandardProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
        List<LevelsFile.Person> people = LevelsFile.read(Inputs.existing(levels, "--levels"), profile,
                String.valueOf(standards.getFileName()));
        try (Outputs outputs = new Outputs()) {
            CsvOutput csv = outputs.csv(out, List.of("id", "position", "jpm", "ikk", "category_filling",
                    "category_mapping"));
            for (LevelsFile.Person person : people) {
                JpmResult result = jpm.evaluate(person.levels(), profile.standard(person.position()));
                csv.row(person.id(), person.position(), CsvOutput.number(result.jpm(), 2),
                        CsvOutput.number(result.ikk(), 2), result.filling().name(), result.mapping().name());
            }
            outputs.commit();
        }
        return ExitCodes.OK;
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
