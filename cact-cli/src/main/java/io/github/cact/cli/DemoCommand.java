package io.github.cact.cli;

import io.github.cact.competency.FillingCategory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cact demo}: the whole pipeline on a synthetic cohort of 1,015 officials of a city government,
 * with no input: simulate, calibrate, score and profile, place in the nine-box, fill vacant posts,
 * write every CSV and the HTML report, and print a short summary.
 */
final class DemoCommand implements CactCommand {

    private CommandSpec spec;
    private Path out;
    private long seed;
    private final Quiet quiet = new Quiet();

    @Override
    public CommandSpec spec() {
        Declaration d = Declaration.command(this, "demo",
                "Run the whole pipeline on a synthetic cohort of 1,015 officials and write the CSVs and report.");
        d.option("--out", Path.class, v -> out = v).paramLabel("DIR").defaultValue("cact-demo")
                .description("Output directory (default: ${DEFAULT-VALUE}).");
        d.option("--seed", long.class, v -> seed = v).paramLabel("SEED").defaultValue("2025")
                .description("Random seed (default: ${DEFAULT-VALUE}).");
        quiet.declare(d);
        spec = d.spec();
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Demo.Summary summary = new Demo(out, seed).run();
        if (!quiet.on()) {
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "cact demo: %d officials of a city government, 9 competencies x 12 SJT items,"
                    + " 8 potential aspects x 8 items%n", summary.people());
            o.printf(Locale.ROOT, "calibration: %d scales, %s, at most %d EM cycles%n", summary.cycles().size(),
                    summary.converged() ? "all converged" : "NOT ALL CONVERGED",
                    summary.cycles().values().stream().mapToInt(Integer::intValue).max().orElse(0));
            o.print("nine-box  ");
            for (int box = 1; box <= 9; box++) {
                o.printf(Locale.ROOT, " %d:%d", box, summary.boxCounts()[box]);
            }
            o.printf(Locale.ROOT, "%nsuccession pool (boxes 7-9): %d%n", summary.pool());
            o.print("JPM (competency):");
            for (FillingCategory category : FillingCategory.values()) {
                o.printf(Locale.ROOT, " %s %d", category.name(), summary.filling()[category.ordinal()]);
            }
            o.printf(Locale.ROOT, "%ncompetencies scored together (9 correlated factors, mean r = %.2f): %d of %d"
                    + " levels differ from the nine separate scales", summary.latentCorrelation(), summary.levelsChanged(),
                    summary.people() * 9);
            o.printf(Locale.ROOT, "%nvacant Administrator posts filled: %d of %d%n", summary.filled(), summary.vacancies());
            o.printf(Locale.ROOT, "wrote %s (report.html and CSVs) in %.1f s%n", out, (System.nanoTime() - start) / 1e9);
        }
        return summary.converged() ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }
}
