package io.github.cact.cli;

import io.github.cact.internal.text.CsvReader;
import io.github.cact.ninebox.BoxResult;
import io.github.cact.ninebox.CohortResult;
import io.github.cact.ninebox.FollowUp;
import io.github.cact.ninebox.Language;
import io.github.cact.ninebox.NineBox;
import io.github.cact.ninebox.NineBoxConfig;
import io.github.cact.ninebox.PersonInput;
import io.github.cact.ninebox.Placement;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cact ninebox}: places every person of a CSV file in the nine-box grid (PermenPANRB 3/2020).
 *
 * <p>Input columns: {@code id}; performance from {@code skp_predicate}, or {@code hasil_kerja} and
 * {@code perilaku_kerja}, or {@code performance_score} (0–100), the first non-empty in that order, with an
 * optional {@code reinforcing_score} (0–100) composed with the predicate (Kepka BKN 411/2025, 60/40);
 * potential from {@code potential_score} (0–100), or {@code competency_jpm}, {@code potential_jpm},
 * {@code qualification}, {@code integrity} (0–100); optional {@code unit}. Output columns:
 * {@code id,box,performance_level,potential_level,talent_score,recommendation,status,reason,input_sha256};
 * every input person appears once, in input order; a person who cannot be placed has an empty box and
 * the reason.
 */
final class NineBoxCommand implements CactCommand {

    private CommandSpec spec;
    private Path people;
    private Path config;
    private Path out;
    private final Quiet quiet = new Quiet();

    @Override
    public CommandSpec spec() {
        Declaration d = Declaration.command(this, "ninebox",
                "Place people in the nine-box talent grid (PermenPANRB 3/2020). The placement is a" + " recommendation for a human decision.");
        d.option("--people", Path.class, v -> people = v).paramLabel("PEOPLE.csv").required(true)
                .description("id, performance (skp_predicate | hasil_kerja+perilaku_kerja | performance_score; optional"
                        + " reinforcing_score with a predicate), potential (potential_score | competency_jpm,"
                        + " potential_jpm, qualification, integrity), unit.");
        d.option("--config", Path.class, v -> config = v).paramLabel("NINEBOX.json")
                .description("Bands, weights and numbering (default: cact-default).");
        d.option("--out", Path.class, v -> out = v).paramLabel("BOXES.csv").required(true)
                .description("Where to write the placements.");
        quiet.declare(d);
        spec = d.spec();
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        new FileOptions().input("--people", people).input("--config", config).output("--out", out).check();
        NineBoxConfig configuration = config == null ? NineBoxConfig.defaults()
                : NineBoxConfigFile.read(Inputs.existing(config, "--config"));
        List<PersonInput> inputs = readPeople(Inputs.existing(people, "--people"));
        CohortResult cohort = NineBox.of(configuration).placeAll(inputs);
        write(cohort);
        if (!quiet.on()) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(summary(cohort));
        }
        return ExitCodes.OK;
    }

    static List<PersonInput> readPeople(Path path) throws IOException {
        try (CsvReader csv = CsvReader.open(path)) {
            Columns columns = new Columns(csv);
            int id = columns.required("id");
            int predicate = columns.optional("skp_predicate");
            int hasil = columns.optional("hasil_kerja");
            int perilaku = columns.optional("perilaku_kerja");
            int performanceScore = columns.optional("performance_score");
            int reinforcing = columns.optional("reinforcing_score");
            int potentialScore = columns.optional("potential_score");
            int[] components = {columns.optional("competency_jpm"), columns.optional("potential_jpm"),
                columns.optional("qualification"), columns.optional("integrity")};
            int unit = columns.optional("unit");
            if (predicate < 0 && (hasil < 0 || perilaku < 0) && performanceScore < 0) {
                throw csv.error(-1, "the header has no performance column; expected skp_predicate,"
                        + " or hasil_kerja and perilaku_kerja, or performance_score");
            }
            boolean hasComponents = components[0] >= 0 && components[1] >= 0 && components[2] >= 0 && components[3] >= 0;
            if (potentialScore < 0 && !hasComponents) {
                throw csv.error(-1, "the header has no potential column; expected potential_score, or"
                        + " competency_jpm, potential_jpm, qualification and integrity");
            }
            List<PersonInput> inputs = new ArrayList<>();
            Map<String, Integer> lines = new HashMap<>();
            while (csv.next()) {
                columns.checkWidth();
                String personId = columns.id(id, lines);
                PersonInput.Builder person = PersonInput.builder(personId);
                int column = -1;
                try {
                    if (unit >= 0) {
                        column = unit;
                        person.unit(csv.get(unit));
                    }
                    if (columns.present(predicate)) {
                        column = predicate;
                        person.predicate(csv.get(predicate));
                    } else if (columns.present(hasil) && columns.present(perilaku)) {
                        column = hasil;
                        person.skp(csv.get(hasil), csv.get(perilaku));
                    } else if (columns.present(performanceScore)) {
                        column = performanceScore;
                        person.performanceScore(columns.number(performanceScore, personId));
                    }
                    if (columns.present(reinforcing)) {
                        column = reinforcing;
                        person.reinforcingScore(columns.number(reinforcing, personId));
                    }
                    if (columns.present(potentialScore)) {
                        column = potentialScore;
                        person.potentialScore(columns.number(potentialScore, personId));
                    } else if (hasComponents && columns.present(components[0]) && columns.present(components[1])
                            && columns.present(components[2]) && columns.present(components[3])) {
                        column = components[0];
                        person.potentialComponents(columns.number(components[0], personId),
                                columns.number(components[1], personId), columns.number(components[2], personId),
                                columns.number(components[3], personId));
                    }
                    column = reinforcing;
                    inputs.add(person.build());
                } catch (IllegalArgumentException e) {
                    if (e instanceof io.github.cact.data.DataFormatException located) {
                        throw located;
                    }
                    throw csv.error(column, e.getMessage());
                }
            }
            if (inputs.isEmpty()) {
                throw csv.error(-1, "the file has a header but no people");
            }
            return inputs;
        }
    }

    private void write(CohortResult cohort) throws IOException {
        try (Outputs outputs = new Outputs()) {
            CsvOutput csv = outputs.csv(out, List.of("id", "box", "performance_level", "potential_level",
                    "talent_score", "recommendation", "status", "reason", "input_sha256"));
            for (Placement placement : cohort.placements()) {
                Optional<BoxResult> result = placement.result();
                csv.row(placement.personId(),
                        result.map(p -> Integer.toString(p.box())).orElse(""),
                        result.map(p -> p.performanceLevel().name()).orElse(""),
                        result.map(p -> p.potentialLevel().name()).orElse(""),
                        result.map(p -> CsvOutput.number(p.talentScore(), 2)).orElse(""),
                        result.map(NineBoxCommand::recommendation).orElse(""),
                        placement.status().name(),
                        placement.reason().orElse(""),
                        placement.audit().inputSha256());
            }
            outputs.commit();
        }
    }

    private static String recommendation(BoxResult result) {
        List<String> labels = new ArrayList<>();
        for (FollowUp followUp : result.followUps()) {
            labels.add(followUp.label(Language.INDONESIAN));
        }
        return String.join("; ", labels);
    }

    static String summary(CohortResult cohort) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%d people: %d placed, %d unplaced; succession pool (boxes 7-9): %d%n",
                cohort.boxCounts().total(), cohort.boxCounts().placed(), cohort.boxCounts().unplaced(),
                cohort.successionPool().size()));
        text.append("box:   ");
        for (int box = 1; box <= 9; box++) {
            text.append(String.format(Locale.ROOT, "%6d", box));
        }
        text.append(String.format("%ncount: "));
        for (int box = 1; box <= 9; box++) {
            text.append(String.format(Locale.ROOT, "%6d", cohort.boxCounts().count(box)));
        }
        return text.toString();
    }
}
