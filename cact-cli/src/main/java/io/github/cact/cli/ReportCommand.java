package io.github.cact.cli;

import io.github.cact.cli.report.HtmlReport;
import io.github.cact.cli.report.ReportData;
import io.github.cact.competency.CompetencyFramework;
import io.github.cact.internal.text.CsvReader;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.ninebox.NineBoxConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cact report}: the self-contained HTML report from the files the other commands write. Every
 * input is optional and adds its sections: {@code --boxes} (from {@code ninebox}) the nine-box and the
 * succession pool (boxes 7–9 of the ASN numbering), with names from {@code --people} ({@code id,name});
 * {@code --profiles} (from {@code profile}) the JPM histogram and the competency levels against the
 * standard; {@code --items} (from {@code calibrate}) the calibration table, the item and test curves
 * of one scale and, when the items name competency scales, the classification accuracy at the cut
 * scores of {@code --cuts} (default −1.5, −0.5, 0.5, 1.5); {@code --simulation} (the output directory of
 * {@code cat-simulate}) the adaptive-test simulation; {@code --analysis} (the directory {@code analyze}
 * writes) the test-quality section.
 */
final class ReportCommand implements CactCommand {

    private Path boxes;
    private Path people;
    private Path profiles;
    private Path items;
    private String scale;
    private Path cuts;
    private Path simulation;
    private Path analysis;
    private String title;
    private Path out;
    private final Quiet quiet = new Quiet();

    @Override
    public CommandSpec spec() {
        Declaration d = Declaration.command(this, "report",
                "Write the self-contained HTML report from boxes, profiles and item files.");
        d.option("--boxes", Path.class, v -> boxes = v).paramLabel("BOXES.csv")
                .description("Placements written by cact ninebox.");
        d.option("--people", Path.class, v -> people = v).paramLabel("PEOPLE.csv")
                .description("id,name: names to show instead of ids.");
        d.option("--profiles", Path.class, v -> profiles = v).paramLabel("PROFILES.csv")
                .description("Profiles written by cact profile.");
        d.option("--items", Path.class, v -> items = v).paramLabel("ITEMS.csv")
                .description("Items written by cact calibrate.");
        d.option("--scale", String.class, v -> scale = v).paramLabel("CODE")
                .description("The scale whose curves to draw (default: the first).");
        d.option("--cuts", Path.class, v -> cuts = v).paramLabel("CUTS.csv")
                .description("competency,c1,c2,c3,c4 for classification accuracy.");
        d.option("--simulation", Path.class, v -> simulation = v).paramLabel("DIR")
                .description("Output directory of cact cat-simulate.");
        d.option("--analysis", Path.class, v -> analysis = v).paramLabel("DIR")
                .description("The directory written by cact analyze.");
        d.option("--title", String.class, v -> title = v).paramLabel("TITLE").defaultValue("Laporan CACT")
                .description("Report title (default: ${DEFAULT-VALUE}).");
        d.option("--out", Path.class, v -> out = v).paramLabel("REPORT.html").required(true)
                .description("Where to write the report.");
        quiet.declare(d);
        return d.spec();
    }

    @Override
    public Integer call() throws IOException {
        if (boxes == null && profiles == null && items == null && simulation == null && analysis == null) {
            throw new UsageException("give at least one of --boxes, --profiles, --items, --simulation, --analysis");
        }
        new FileOptions().input("--boxes", boxes).input("--people", people).input("--profiles", profiles)
                .input("--items", items).input("--cuts", cuts)
                .input("--simulation", simulation == null ? null : simulation.resolve("summary.json"))
                .input("--simulation", simulation == null ? null : simulation.resolve("exposure.csv"))
                .output("--out", out).check();
        ReportData.Builder report = ReportData.builder(title).generatedAt("cact report");
        if (boxes != null) {
            addBoxes(report, names());
        }
        if (profiles != null) {
            addProfiles(report);
        }
        if (items != null) {
            addItems(report);
        }
        if (simulation != null) {
            report.simulation(SimulationReportFiles.read(simulation));
        }
        if (analysis != null) {
            report.testQuality(AnalysisFiles.read(analysis));
        }
        try (Outputs outputs = new Outputs()) {
            HtmlReport.write(report.build(), outputs.file(out).writer());
            outputs.commit();
        }
        return ExitCodes.OK;
    }

    private Map<String, String> names() throws IOException {
        Map<String, String> names = new HashMap<>();
        if (people != null) {
            try (CsvReader csv = CsvReader.open(Inputs.existing(people, "--people"))) {
                Columns columns = new Columns(csv);
                int id = columns.required("id");
                int name = columns.required("name");
                while (csv.next()) {
                    columns.checkWidth();
                    names.put(csv.get(id), csv.get(name));
                }
            }
        }
        return names;
    }

    private void addBoxes(ReportData.Builder report, Map<String, String> names) throws IOException {
        List<ReportSections.Placed> placed = new ArrayList<>();
        int total = 0;
        try (CsvReader csv = CsvReader.open(Inputs.existing(boxes, "--boxes"))) {
            Columns columns = new Columns(csv);
            int id = columns.required("id");
            int box = columns.required("box");
            int talent = columns.required("talent_score");
            Map<String, Integer> seen = new HashMap<>();
            while (csv.next()) {
                columns.checkWidth();
                String person = columns.id(id, seen);
                total++;
                if (!columns.present(box)) {
                    continue; // unplaced: counted in the key figures, shown in no box
                }
                int number = (int) columns.number(box, person);
                if (number < 1 || number > 9 || number != columns.number(box, person)) {
                    throw csv.error(box, "'" + person + "': box '" + csv.get(box) + "' is not a box number 1..9");
                }
                placed.add(new ReportSections.Placed(names.getOrDefault(person, person), number,
                        columns.number(talent, person), number >= 7));
            }
        }
        report.keyFigure("Peserta", "People", Integer.toString(total));
        report.keyFigure("Kelompok suksesi", "Succession pool",
                Long.toString(placed.stream().filter(ReportSections.Placed::pool).count()));
        ReportSections.nineBox(report, NineBoxConfig.defaults(), placed);
    }

    private void addProfiles(ReportData.Builder report) throws IOException {
        Map<String, ReportSections.Levels> levels = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Integer> meeting = new HashMap<>();
        Map<String, Double> jpm = new LinkedHashMap<>();
        try (CsvReader csv = CsvReader.open(Inputs.existing(profiles, "--profiles"))) {
            Columns columns = new Columns(csv);
            int id = columns.required("id");
            int competency = columns.required("competency");
            int level = columns.required("level");
            int gap = columns.required("gap");
            int jpmColumn = columns.required("jpm");
            while (csv.next()) {
                columns.checkWidth();
                String person = csv.get(id);
                String code = csv.get(competency);
                double value = columns.number(level, person);
                if (value < 1 || value > 5 || value != Math.rint(value)) {
                    throw csv.error(level, "'" + person + "': level '" + csv.get(level) + "' is not 1..5");
                }
                counts.computeIfAbsent(code, k -> new int[5])[(int) value - 1]++;
                meeting.merge(code, columns.number(gap, person) >= 0 ? 1 : 0, Integer::sum);
                jpm.putIfAbsent(person, columns.number(jpmColumn, person));
            }
        }
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            levels.put(entry.getKey(), new ReportSections.Levels(entry.getValue(), meeting.get(entry.getKey())));
        }
        double[] values = jpm.values().stream().mapToDouble(Double::doubleValue).toArray();
        report.keyFigure("Rerata JPM", "Mean JPM",
                String.format(Locale.ROOT, "%.1f %%", java.util.Arrays.stream(values).average().orElse(0)));
        ReportSections.jpm(report, values);
        ReportSections.competencies(report, Frameworks.of(new ArrayList<>(counts.keySet())), levels);
    }

    private void addItems(ReportData.Builder report) throws IOException {
        ItemBank bank = ItemBankFiles.readCsv(Inputs.existing(items, "--items"));
        report.keyFigure("Butir", "Items", Integer.toString(bank.size()));
        Map<String, double[]> fit = new HashMap<>();
        try (CsvReader csv = CsvReader.open(items)) {
            Columns columns = new Columns(csv);
            int id = columns.required("item");
            int[] fitColumns = {columns.optional("sx2"), columns.optional("sx2_df"), columns.optional("sx2_p"),
                columns.optional("infit"), columns.optional("outfit")};
            while (csv.next()) {
                double[] values = {Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN};
                for (int k = 0; k < fitColumns.length; k++) {
                    if (columns.present(fitColumns[k])) {
                        values[k] = columns.number(fitColumns[k], csv.get(id));
                    }
                }
                fit.put(csv.get(id), values);
            }
        }
        List<String> scales = bank.scales();
        if (!scales.isEmpty()) {
            CompetencyFramework framework = Frameworks.of(scales);
            ReportSections.classification(report, framework, CutScoresFile.read(cuts, framework, bank, false), bank);
        }
        if (scale != null && !scales.contains(scale)) {
            throw new UsageException("--scale: '" + scale + "' is not a scale of " + items.getFileName() + "; it has " + scales);
        }
        ReportSections.curves(report, scales.isEmpty() ? bank : bank.forScale(scale == null ? scales.get(0) : scale));
        ReportSections.fit(report, bank, fit);
    }
}
