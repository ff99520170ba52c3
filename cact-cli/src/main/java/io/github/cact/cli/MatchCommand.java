package io.github.cact.cli;

import io.github.cact.competency.Capping;
import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.JobPersonMatch;
import io.github.cact.competency.PositionStandard;
import io.github.cact.internal.text.CsvReader;
import io.github.cact.ninebox.matching.Assignment;
import io.github.cact.ninebox.matching.Candidate;
import io.github.cact.ninebox.matching.JpmCategory;
import io.github.cact.ninebox.matching.Match;
import io.github.cact.ninebox.matching.MatchingProblem;
import io.github.cact.ninebox.matching.Position;
import io.github.cact.ninebox.matching.UnassignedCandidate;
import io.github.cact.ninebox.matching.UnfilledPosition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cact match}: an optimal one-to-one assignment of candidates to vacant positions, maximising
 * total JPM under the positions' eligibility rules.
 *
 * <p>{@code positions.csv}: {@code position,<competency code>...} (standard levels 1–5), optional
 * {@code min_category} (MS, MMS, KMS, OPTIMAL, CUKUP_OPTIMAL, KURANG_OPTIMAL) and {@code allowed_boxes}
 * (box numbers separated by blanks, {@code |} or {@code ;}). {@code people.csv}: {@code id}, the same
 * competency codes (levels 1–5), {@code box} (1–9, as written by {@code cact ninebox}) and optional {@code talent_score} (0–100, the
 * tie-break).
 * Output {@code position,id,jpm,talent_score,box,status,reason,jpm_uncapped}: one row per assignment
 * ({@code ASSIGNED}), per unfilled position ({@code UNFILLED}) and per unassigned candidate
 * ({@code UNASSIGNED}), each with its reason. The assignment maximises the JPM capped per competency
 * (Σ min(L, S) / Σ S), so that a surplus on one competency never makes up for a shortfall on another;
 * {@code jpm_uncapped} shows the uncapped JPM of each assigned pair beside it.
 */
final class MatchCommand implements CactCommand {

    private CommandSpec spec;
    private Path people;
    private Path positions;
    private JpmCommand.Cap cap;
    private Path out;
    private final Quiet quiet = new Quiet();

    @Override
    public CommandSpec spec() {
        Declaration d = Declaration.command(this, "match",
                "Assign candidates to vacant positions one to one, maximising total JPM under eligibility rules.");
        d.option("--people", Path.class, v -> people = v).paramLabel("PEOPLE.csv").required(true)
                .description("id, competency levels (same codes as the positions), box, optional talent_score.");
        d.option("--positions", Path.class, v -> positions = v).paramLabel("POSITIONS.csv").required(true)
                .description("position, standard level per competency, optional min_category and allowed_boxes.");
        d.option("--cap", JpmCommand.Cap.class, v -> cap = v).paramLabel("CAP").defaultValue("per-competency").converters(new JpmCommand.CapConverter())
                .description("JPM surplus capping that the assignment maximises: per-competency (default; a surplus on one"
                        + " competency does not make up for a shortfall on another), total, none.");
        d.option("--out", Path.class, v -> out = v).paramLabel("ASSIGNMENT.csv").required(true)
                .description("Where to write the assignment.");
        quiet.declare(d);
        spec = d.spec();
        return spec;
    }

    private record Vacancy(Position position, PositionStandard standard) {
    }

    @Override
    public Integer call() throws IOException {
        new FileOptions().input("--people", people).input("--positions", positions).output("--out", out).check();
        CompetencyFramework framework = Frameworks.fromHeader(Inputs.existing(positions, "--positions"),
                "position", "min_category", "allowed_boxes");
        List<Vacancy> vacancies = readPositions(framework);
        List<Candidate> candidates = new ArrayList<>();
        List<Map<String, Integer>> levels = new ArrayList<>();
        readPeople(framework, candidates, levels);
        JobPersonMatch jpm = JobPersonMatch.of(cap.capping());
        double[][] matrix = new double[candidates.size()][vacancies.size()];
        for (int c = 0; c < candidates.size(); c++) {
            for (int p = 0; p < vacancies.size(); p++) {
                matrix[c][p] = jpm.evaluate(levels.get(c), vacancies.get(p).standard()).jpm();
            }
        }
        List<Position> positionList = new ArrayList<>();
        for (Vacancy vacancy : vacancies) {
            positionList.add(vacancy.position());
        }
        Assignment assignment = MatchingProblem.of(candidates, positionList, matrix).assign();
        write(assignment, uncappedJpm(candidates, levels, vacancies));
        if (!quiet.on()) {
            spec.commandLine().getOut().printf(Locale.ROOT, "%d of %d positions filled, total JPM %.2f;"
                    + " %d candidates unassigned%n", assignment.matches().size(), vacancies.size(),
                    assignment.totalJpm(), assignment.unassignedCandidates().size());
        }
        return ExitCodes.OK;
    }

    private List<Vacancy> readPositions(CompetencyFramework framework) throws IOException {
        List<Vacancy> vacancies = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(positions)) {
            Columns columns = new Columns(csv);
            int id = columns.required("position");
            int minCategory = columns.optional("min_category");
            int allowedBoxes = columns.optional("allowed_boxes");
            Map<String, Integer> codeColumns = codeColumns(csv, columns, framework);
            Map<String, Integer> seen = new HashMap<>();
            while (csv.next()) {
                columns.checkWidth();
                String positionId = columns.id(id, seen);
                Position.Builder builder = Position.builder(positionId);
                if (columns.present(minCategory)) {
                    String name = csv.get(minCategory).toUpperCase(Locale.ROOT);
                    try {
                        builder.minimumCategory(JpmCategory.valueOf(name));
                    } catch (IllegalArgumentException e) {
                        throw csv.error(minCategory, "'" + positionId + "': min_category '" + csv.get(minCategory)
                                + "' is not one of MS, MMS, KMS, OPTIMAL, CUKUP_OPTIMAL, KURANG_OPTIMAL");
                    }
                }
                if (columns.present(allowedBoxes)) {
                    builder.allowedBoxes(boxes(csv, allowedBoxes, positionId));
                }
                Map<String, Integer> standard = levels(csv, codeColumns, positionId);
                try {
                    vacancies.add(new Vacancy(builder.build(), PositionStandard.of(positionId, framework, standard)));
                } catch (IllegalArgumentException e) {
                    throw csv.error(-1, e.getMessage());
                }
            }
            if (vacancies.isEmpty()) {
                throw csv.error(-1, "the file has a header but no positions");
            }
        }
        return vacancies;
    }

    private void readPeople(CompetencyFramework framework, List<Candidate> candidates,
            List<Map<String, Integer>> levels) throws IOException {
        try (CsvReader csv = CsvReader.open(Inputs.existing(people, "--people"))) {
            Columns columns = new Columns(csv);
            int id = columns.required("id");
            int talent = columns.optional("talent_score");
            int box = columns.required("box");
            Map<String, Integer> codeColumns = codeColumns(csv, columns, framework);
            Map<String, Integer> seen = new HashMap<>();
            while (csv.next()) {
                columns.checkWidth();
                String personId = columns.id(id, seen);
                double talentScore = columns.present(talent) ? columns.number(talent, personId) : 0;
                int boxNumber = boxNumber(csv, box, csv.get(box), personId);
                levels.add(levels(csv, codeColumns, personId));
                try {
                    candidates.add(Candidate.of(personId, talentScore, boxNumber));
                } catch (IllegalArgumentException e) {
                    throw csv.error(-1, e.getMessage());
                }
            }
            if (candidates.isEmpty()) {
                throw csv.error(-1, "the file has a header but no people");
            }
        }
    }

    private static Map<String, Integer> codeColumns(CsvReader csv, Columns columns, CompetencyFramework framework) {
        Map<String, Integer> codeColumns = new LinkedHashMap<>();
        for (String code : framework.codes()) {
            int column = columns.optional(code.toLowerCase(Locale.ROOT));
            if (column < 0) {
                throw csv.error(-1, "the header has no column for competency " + code + "; expected " + framework.codes());
            }
            codeColumns.put(code, column);
        }
        return codeColumns;
    }

    private static Map<String, Integer> levels(CsvReader csv, Map<String, Integer> codeColumns, String rowId) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : codeColumns.entrySet()) {
            String text = csv.get(entry.getValue());
            if (text.length() != 1 || text.charAt(0) < '1' || text.charAt(0) > '5') {
                throw csv.error(entry.getValue(), "'" + rowId + "': level of " + entry.getKey() + " is '" + text
                        + "'; expected a whole number 1..5");
            }
            levels.put(entry.getKey(), text.charAt(0) - '0');
        }
        return levels;
    }

    private static Set<Integer> boxes(CsvReader csv, int column, String rowId) {
        Set<Integer> boxes = new TreeSet<>();
        for (String part : csv.get(column).split("[\\s|;]+")) {
            if (!part.isEmpty()) {
                boxes.add(boxNumber(csv, column, part, rowId));
            }
        }
        return boxes;
    }

    private static int boxNumber(CsvReader csv, int column, String text, String rowId) {
        if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '9') {
            return text.charAt(0) - '0';
        }
        throw csv.error(column, "'" + rowId + "': box '" + text + "' is not a box number 1..9");
    }

    /** The uncapped JPM of each candidate for each position, by candidate id then position id. */
    private static Map<String, Map<String, Double>> uncappedJpm(List<Candidate> candidates,
            List<Map<String, Integer>> levels, List<Vacancy> vacancies) {
        JobPersonMatch uncapped = JobPersonMatch.of(Capping.NONE);
        Map<String, Map<String, Double>> jpm = new HashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            Map<String, Double> row = new HashMap<>();
            for (Vacancy vacancy : vacancies) {
                row.put(vacancy.position().id(), uncapped.evaluate(levels.get(c), vacancy.standard()).jpm());
            }
            jpm.put(candidates.get(c).id(), row);
        }
        return jpm;
    }

    private void write(Assignment assignment, Map<String, Map<String, Double>> uncapped) throws IOException {
        try (Outputs outputs = new Outputs()) {
            CsvOutput csv = outputs.csv(out, List.of("position", "id", "jpm", "talent_score", "box", "status", "reason",
                    "jpm_uncapped"));
            for (Match match : assignment.matches()) {
                csv.row(match.position().id(), match.candidate().id(), CsvOutput.number(match.jpm(), 2),
                        CsvOutput.number(match.candidate().talentScore(), 2), box(match.candidate()), "ASSIGNED", "",
                        CsvOutput.number(uncapped.get(match.candidate().id()).get(match.position().id()), 2));
            }
            for (UnfilledPosition unfilled : assignment.unfilledPositions()) {
                csv.row(unfilled.position().id(), "", "", "", "", "UNFILLED", unfilled.reason().name(), "");
            }
            for (UnassignedCandidate unassigned : assignment.unassignedCandidates()) {
                csv.row("", unassigned.candidate().id(), "", CsvOutput.number(unassigned.candidate().talentScore(), 2),
                        box(unassigned.candidate()), "UNASSIGNED", unassigned.reason().name(), "");
            }
            outputs.commit();
        }
    }

    private static String box(Candidate candidate) {
        return Integer.toString(candidate.box());
    }
}
