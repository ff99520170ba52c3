package io.github.cact.cli;

import io.github.cact.competency.Capping;
import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.JobPersonMatch;
import io.github.cact.competency.JpmResult;
import io.github.cact.competency.StandardProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cact jpm}: Job-Person-Match from competency levels given directly (e.g. levels already
 * reported by BKN). {@code L.csv}: {@code id,position,<code>...}, every other column a competency of the
 * standards; {@code S.csv}: {@code position,<code>...}; output {@code id,position,jpm,ikk,category_filling,category_mapping} with
 * JPM and IKK to two decimals; categories are decided on the unrounded JPM.
 */
final class JpmCommand implements CactCommand {

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

    private Path levels;
    private Path standards;
    private Cap cap;
    private Path out;
    private final Quiet quiet = new Quiet();

    @Override
    public CommandSpec spec() {
        Declaration d = Declaration.command(this, "jpm",
                "Job-Person-Match (JPM = Σ levels / Σ standards × 100) from levels given directly.");
        d.option("--levels", Path.class, v -> levels = v).paramLabel("L.csv").required(true)
                .description("id,position,<competency code>... levels 1-5.");
        d.option("--standards", Path.class, v -> standards = v).paramLabel("S.csv").required(true)
                .description("position,<competency code>... standard levels 1-5.");
        d.option("--cap", Cap.class, v -> cap = v).paramLabel("CAP").defaultValue("none").converters(new CapConverter())
                .description("Surplus capping: none (default), total, per-competency.");
        d.option("--out", Path.class, v -> out = v).paramLabel("JPM.csv").required(true)
                .description("Where to write the JPM per person.");
        quiet.declare(d);
        return d.spec();
    }

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
