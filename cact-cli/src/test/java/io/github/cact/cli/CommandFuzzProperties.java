package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.ResponseCsv;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.text.CsvReader;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.irt.PartialCreditItem;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Runs every command in-process on valid input files of which one is replaced by random bytes, random
 * text or a valid file changed one to four times ({@link InputMutation}), and checks the command line's
 * contract for each run: an exit code of the contract (0, 2, 3, 5; 4 only for calibrate; never 1); on
 * failure exactly one line on stderr, no stack trace, and for bad data (3) a line that names an input
 * file and a place in it ({@code line N} or a {@code $} path), or both files of a disagreement between two
 * (link's common items), or an empty file; after a failure no output file and no
 * temporary file; inputs byte for byte as they were; on success outputs that parse back, with no NaN and
 * one row per input person in input order where the command promises it. Fixed seeds keep the cases the
 * same on every run; {@code -Dcact.fuzz.tries=N} runs N cases per property instead of {@value #TRIES}.
 */
@AddLifecycleHook(value = CommandFuzzProperties.Tries.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class CommandFuzzProperties {

    /** Cases per property: 16 properties, 800 command runs in all. */
    static final int TRIES = 50;

    private static final Pattern LOCATION = Pattern.compile(", (line \\d+|\\$)");

    private static Path root;
    private static final Map<String, byte[]> SEEDS = new LinkedHashMap<>();

    /** Replaces the tries of every property by {@code -Dcact.fuzz.tries=N} when given. */
    public static final class Tries implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            String tries = System.getProperty("cact.fuzz.tries");
            if (tries != null && !tries.isBlank()) {
                context.attributes().setTries(Integer.parseInt(tries.trim()));
            }
            return property.execute();
        }
    }

    // ------------------------------------------------------------------ valid seeds

    @BeforeContainer
    static void writeSeeds() throws IOException {
        root = Files.createTempDirectory("cact-command-fuzz");
        StringWriter bank = new StringWriter();
        ItemBankFiles.writeCsv(ItemBank.of(List.of(
                Item.of("Q1", DichotomousItem.twoPl(1.2, -0.3), "M1"),
                Item.of("Q2", DichotomousItem.threePl(0.9, 0.4, 0.2), "M1"),
                Item.of("Q3", GradedResponseItem.ofIrt(1.1, new double[] {-1, 0.2, 1.3}), "M2"),
                Item.of("Q4", PartialCreditItem.gpcmOfIrt(0.8, new double[] {-0.5, 0.7}), "M2"))), bank);
        SEEDS.put("items.csv", utf8(bank.toString()));
        SEEDS.put("bank.csv", utf8(bank.toString()));
        Files.writeString(root.resolve("items.csv"), bank.toString());
        SEEDS.put("responses.csv", simulated("--items", root.resolve("items.csv").toString(), "--examinees", "6"));
        SEEDS.put("calibration.csv", simulated("--model", "2pl", "--n-items", "4", "--examinees", "40"));
        SEEDS.put("models.csv", utf8("item,model,categories,scale\nI1,2pl,2,A\nI2,1pl,2,A\nI3,2pl,2,B\nI4,rasch,2,B\n"));
        SEEDS.put("standards.csv", utf8("position,M1,M2\nADMIN,3,3\nANALIS,4,2\n"));
        SEEDS.put("cuts.csv", utf8("competency,c1,c2,c3,c4\nM1,-1.5,-0.5,0.5,1.5\nM2,-1.2,-0.4,0.6,1.4\n"));
        SEEDS.put("levels.csv", utf8("id,position,M1,M2\nP1,ADMIN,3,4\nP2,ANALIS,2,5\n\"P3\",ADMIN,1,1\n"));
        SEEDS.put("people.csv", utf8("id,unit,skp_predicate,hasil_kerja,perilaku_kerja,performance_score,"
                + "reinforcing_score,potential_score,competency_jpm,potential_jpm,qualification,integrity\n"
                + "A1,Biro Umum,SANGAT_BAIK,,,,,,92.59,85,80,90\nA2,\"Dinas, Adé\",,SESUAI,SESUAI,,,64,,,,\n"
                + "A3,Dinas,,,,45.5,70,30,,,,\nA4,Dinas,BAIK,,,,75,,,,,\n"));
        SEEDS.put("ninebox.json", utf8("{\"name\": \"pemda-x\", \"version\": \"2025-1\", \"numbering\": \"asn\","
                + " \"performanceBands\": {\"middleFrom\": 61, \"highFrom\": 81},"
                + " \"potentialBands\": {\"middleFrom\": 61, \"highFrom\": 81},"
                + " \"potentialWeights\": {\"competencyJpm\": 0.40, \"potentialJpm\": 0.25, \"qualification\": 0.20,"
                + " \"integrity\": 0.15}, \"talentWeights\": {\"performance\": 0.5, \"potential\": 0.5},"
                + " \"performanceWeights\": {\"primary\": 0.6, \"reinforcing\": 0.4},"
                + " \"predicateScores\": {\"SANGAT_BAIK\": 100, \"BAIK\": 80},"
                + " \"predicateLevels\": {\"BAIK\": \"MIDDLE\"}, \"nearBoundaryThreshold\": 0.8}"));
        SEEDS.put("candidates.csv", utf8("id,M1,M2,box,talent_score\nA,3,3,9,90\nB,3,2,5,70\nC,1,1,1,40\n"));
        SEEDS.put("positions.csv", utf8("position,M1,M2,min_category,allowed_boxes\nKABAG,3,3,MS,7 8 9\n"
                + "STAF,2,2,MMS,\nKASI,5,5,MS,\n"));
    }

    /** Responses written by {@code cact simulate}. */
    private static byte[] simulated(String... options) throws IOException {
        Path out = root.resolve("simulated.csv");
        List<String> args = new ArrayList<>(List.of("simulate", "--seed", "7", "--quiet", "--out", out.toString()));
        args.addAll(List.of(options));
        CliRunner result = CliRunner.run(args.toArray(new String[0]));
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        byte[] bytes = Files.readAllBytes(out);
        Files.delete(out);
        return bytes;
    }

    @AfterContainer
    static void deleteRoot() throws IOException {
        deleteTree(root);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ hostile inputs

    /**
     * A generated input file and how it was made.
     *
     * @param bytes the content
     * @param how "valid", "random bytes", "random text" or the mutations applied
     */
    record Hostile(byte[] bytes, List<String> how) {
        @Override
        public String toString() {
            String text = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.ISO_8859_1);
            return how + " '" + text.replace("\n", "\\n").replace("\r", "\\r") + "'"
                    + (bytes.length > 300 ? " (" + bytes.length + " bytes)" : "");
        }
    }

    private static Arbitrary<Hostile> hostile(String seedName) {
        byte[] valid = SEEDS.get(seedName);
        Arbitrary<InputMutation> mutation = Combinators.combine(Arbitraries.of(InputMutation.Kind.class),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 1 << 20))
                .as(InputMutation::new);
        Arbitrary<Hostile> mutated = mutation.list().ofMinSize(1).ofMaxSize(4).map(list -> {
            byte[] bytes = valid;
            List<String> how = new ArrayList<>();
            for (InputMutation m : list) {
                bytes = m.apply(bytes);
                how.add(m.kind().name());
            }
            return new Hostile(bytes, how);
        });
        Arbitrary<Hostile> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300)
                .map(b -> new Hostile(b, List.of("random bytes")));
        Arbitrary<Hostile> printable = Arbitraries.strings().withChars("\"',;\t\n\r {}[]:.-+eE0129aZé\\$NA")
                .ofMaxLength(200).map(s -> new Hostile(utf8(s), List.of("random text")));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(new Hostile(valid, List.of("valid")))),
                Tuple.of(2, random), Tuple.of(2, printable), Tuple.of(15, mutated));
    }

    @Provide
    Arbitrary<Hostile> responses() {
        return hostile("responses.csv");
    }

    @Provide
    Arbitrary<Hostile> items() {
        return hostile("items.csv");
    }

    @Provide
    Arbitrary<Hostile> standards() {
        return hostile("standards.csv");
    }

    @Provide
    Arbitrary<Hostile> cuts() {
        return hostile("cuts.csv");
    }

    @Provide
    Arbitrary<Hostile> levels() {
        return hostile("levels.csv");
    }

    @Provide
    Arbitrary<Hostile> people() {
        return hostile("people.csv");
    }

    @Provide
    Arbitrary<Hostile> config() {
        return hostile("ninebox.json");
    }

    @Provide
    Arbitrary<Hostile> candidates() {
        return hostile("candidates.csv");
    }

    @Provide
    Arbitrary<Hostile> positions() {
        return hostile("positions.csv");
    }

    @Provide
    Arbitrary<Hostile> calibration() {
        return hostile("calibration.csv");
    }

    @Provide
    Arbitrary<Hostile> models() {
        return hostile("models.csv");
    }

    // ------------------------------------------------------------------ running a command

    /** What a successful run must have written; checked only when the exit code is 0. */
    @FunctionalInterface
    interface Success {
        void check(Path dir) throws IOException;
    }

    /**
     * Runs one command in a fresh directory: every input is its seed, except {@code fuzzed}, which gets the
     * generated bytes; then checks the contract.
     *
     * @param fuzzed the input file replaced by the generated bytes
     * @param input the generated bytes
     * @param outputs the output files the command may write
     * @param success what a successful run must have written
     * @param args the command and its options; a word naming a seed or an output becomes its path
     */
    private static void run(String fuzzed, Hostile input, List<String> outputs, Success success, String... args)
            throws IOException {
        Statistics.label("input").collect(fuzzed);
        for (String how : input.how()) {
            Statistics.label("generated").collect(how);
        }
        Path dir = Files.createTempDirectory(root, args[0]);
        try {
            Map<Path, byte[]> inputs = new LinkedHashMap<>();
            List<String> resolved = new ArrayList<>();
            for (String arg : args) {
                if (SEEDS.containsKey(arg)) {
                    Path file = dir.resolve(arg);
                    byte[] bytes = arg.equals(fuzzed) ? input.bytes() : SEEDS.get(arg);
                    Files.write(file, bytes);
                    inputs.put(file, bytes);
                    resolved.add(file.toString());
                } else if (outputs.contains(arg)) {
                    resolved.add(dir.resolve(arg).toString());
                } else {
                    resolved.add(arg);
                }
            }
            resolved.add("--quiet");
            CliRunner result = CliRunner.run(resolved.toArray(new String[0]));
            int code = result.exitCode();
            Statistics.label("exit").collect(code);
            checkContract(args[0], result, inputs.keySet(), outputs, input);
            for (Map.Entry<Path, byte[]> file : inputs.entrySet()) {
                assertArrayEquals(file.getValue(), Files.readAllBytes(file.getKey()), file.getKey() + " changed");
            }
            try (Stream<Path> files = Files.list(dir)) {
                List<String> left = files.map(p -> p.getFileName().toString())
                        .filter(name -> !inputs.containsKey(dir.resolve(name))).sorted().toList();
                List<String> expected = code == ExitCodes.OK || code == ExitCodes.NOT_CONVERGED
                        ? outputs.stream().sorted().toList() : List.of();
                assertEquals(expected, left, "files after exit " + code + ": " + result.err());
            }
            if (code == ExitCodes.OK) {
                success.check(dir);
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static void checkContract(String command, CliRunner result, Set<Path> inputs, List<String> outputs,
            Hostile input) {
        int code = result.exitCode();
        String context = command + " exit " + code + " on " + input + ": " + result.err();
        assertTrue(code == ExitCodes.OK || code == ExitCodes.USAGE || code == ExitCodes.DATA
                || code == ExitCodes.ENVIRONMENT || (code == ExitCodes.NOT_CONVERGED && command.equals("calibrate")),
                context);
        assertFalse(result.err().contains("\tat ") || result.err().contains("internal error"), context);
        if (code == ExitCodes.OK || code == ExitCodes.NOT_CONVERGED) {
            return;
        }
        String err = result.err();
        assertTrue(err.endsWith("\n") && err.indexOf('\n') == err.length() - 1, "not one line: " + context);
        if (code == ExitCodes.DATA) {
            boolean located = false;
            for (Path file : inputs) {
                String name = file.getFileName().toString();
                int at = err.indexOf(name);
                located |= at >= 0 && (LOCATION.matcher(err).region(at + name.length(), err.length()).lookingAt()
                        || err.startsWith(": the file is empty", at + name.length()));
                for (Path other : inputs) {
                    // a disagreement between two files (link's common items) names both
                    located |= err.contains(name + " and " + other.getFileName() + ": ");
                }
            }
            assertTrue(located, "no file and location: " + context);
        }
    }

    /**
     * Reads a CSV output: the header must start with the expected columns (later columns may be added),
     * every row must be as wide as the header, and no cell NaN.
     */
    private static List<List<String>> rows(Path file, List<String> header) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(file)) {
            List<String> written = csv.header();
            assertEquals(header, written.subList(0, Math.min(header.size(), written.size())), file.toString());
            while (csv.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < csv.size(); c++) {
                    row.add(csv.get(c));
                }
                assertEquals(written.size(), row.size(), file + ", line " + csv.line());
                assertFalse(row.contains("NaN"), file + ", line " + csv.line() + ": " + row);
                rows.add(row);
            }
        }
        return rows;
    }

    /** Checks that the rows hold the examinees in input order, in blocks of equal size (one per scale). */
    private static void inInputOrder(List<List<String>> rows, List<String> ids, boolean idsRepeatWithinBlock) {
        assertFalse(ids.isEmpty());
        assertEquals(0, rows.size() % ids.size(), rows.size() + " rows for " + ids.size() + " people");
        int perPerson = rows.size() / ids.size();
        for (int r = 0; r < rows.size(); r++) {
            String expected = idsRepeatWithinBlock ? ids.get(r / perPerson) : ids.get(r % ids.size());
            assertEquals(expected, rows.get(r).get(0), "row " + (r + 1));
        }
    }

    private static List<String> column(List<List<String>> rows, int column) {
        return rows.stream().map(row -> row.get(column)).toList();
    }

    // ------------------------------------------------------------------ properties

    private static void score(String fuzzed, Hostile input) throws IOException {
        run(fuzzed, input, List.of("scores.csv"), dir -> {
            ResponseMatrix data = ResponseCsv.read(dir.resolve("responses.csv"));
            List<String> header = ItemBankFiles.readCsv(dir.resolve("items.csv")).scales().size() > 1
                    ? List.of("id", "theta", "se", "scale", "status") : List.of("id", "theta", "se", "status");
            List<List<String>> rows = rows(dir.resolve("scores.csv"), header);
            inInputOrder(rows, data.examineeIds(), false);
            for (List<String> row : rows) {
                assertTrue(Double.isFinite(Double.parseDouble(row.get(1))), row.toString());
            }
        }, "score", "--responses", "responses.csv", "--items", "items.csv", "--method", "eap", "--quadrature", "21",
                "--out", "scores.csv");
    }

    @Property(tries = TRIES, seed = "1101")
    void scoreResponses(@ForAll("responses") Hostile input) throws IOException {
        score("responses.csv", input);
    }

    @Property(tries = TRIES, seed = "1102")
    void scoreItems(@ForAll("items") Hostile input) throws IOException {
        score("items.csv", input);
    }

    private static void profile(String fuzzed, Hostile input) throws IOException {
        run(fuzzed, input, List.of("profiles.csv"), dir -> {
            ResponseMatrix data = ResponseCsv.read(dir.resolve("responses.csv"));
            inInputOrder(rows(dir.resolve("profiles.csv"), ProfileCommand.header()), data.examineeIds(), true);
        }, "profile", "--responses", "responses.csv", "--items", "items.csv", "--standards", "standards.csv",
                "--position", "ADMIN", "--cuts", "cuts.csv", "--quadrature", "21", "--out", "profiles.csv");
    }

    @Property(tries = TRIES, seed = "1201")
    void profileResponses(@ForAll("responses") Hostile input) throws IOException {
        profile("responses.csv", input);
    }

    @Property(tries = TRIES, seed = "1202")
    void profileItems(@ForAll("items") Hostile input) throws IOException {
        profile("items.csv", input);
    }

    @Property(tries = TRIES, seed = "1203")
    void profileStandards(@ForAll("standards") Hostile input) throws IOException {
        profile("standards.csv", input);
    }

    @Property(tries = TRIES, seed = "1204")
    void profileCuts(@ForAll("cuts") Hostile input) throws IOException {
        profile("cuts.csv", input);
    }

    @Property(tries = TRIES, seed = "1301")
    void linkBanks(@ForAll("items") Hostile input, @ForAll boolean fuzzForm) throws IOException {
        // one side is the mutated bank, the other the valid one: the common items are those that survive
        Statistics.label("side").collect(fuzzForm ? "--from" : "--to");
        run("items.csv", input, List.of("link.csv", "transformed.csv"), dir -> {
            List<List<String>> rows = rows(dir.resolve("link.csv"), List.of("method", "A", "B", "criterion",
                    "common_items"));
            assertEquals(1, rows.size());
            assertTrue(Double.isFinite(Double.parseDouble(rows.get(0).get(1))), rows.toString());
            assertTrue(Double.isFinite(Double.parseDouble(rows.get(0).get(2))), rows.toString());
            ItemBankFiles.readCsv(dir.resolve("transformed.csv"));
        }, fuzzForm ? new String[] {"link", "--from", "items.csv", "--to", "bank.csv", "--method", "mean-sigma",
            "--out", "link.csv", "--transformed", "transformed.csv"}
            : new String[] {"link", "--from", "bank.csv", "--to", "items.csv", "--method", "stocking-lord",
                "--out", "link.csv", "--transformed", "transformed.csv"});
    }

    @Property(tries = TRIES, seed = "1401")
    void simulateItems(@ForAll("items") Hostile input) throws IOException {
        run("items.csv", input, List.of("simulated.csv"), dir -> {
            ResponseMatrix data = ResponseCsv.read(dir.resolve("simulated.csv"));
            assertEquals(5, data.examinees());
            assertEquals(ItemBankFiles.readCsv(dir.resolve("items.csv")).ids(), data.itemIds());
        }, "simulate", "--items", "items.csv", "--examinees", "5", "--out", "simulated.csv");
    }

    private static void jpm(String fuzzed, Hostile input) throws IOException {
        run(fuzzed, input, List.of("jpm.csv"), dir -> {
            List<List<String>> rows = rows(dir.resolve("jpm.csv"), List.of("id", "position", "jpm", "ikk",
                    "category_filling", "category_mapping"));
            List<String> ids = new ArrayList<>();
            try (CsvReader csv = CsvReader.open(dir.resolve("levels.csv"))) {
                while (csv.next()) {
                    ids.add(csv.get(0));
                }
            }
            assertEquals(ids, column(rows, 0));
        }, "jpm", "--levels", "levels.csv", "--standards", "standards.csv", "--cap", "total", "--out", "jpm.csv");
    }

    @Property(tries = TRIES, seed = "1501")
    void jpmLevels(@ForAll("levels") Hostile input) throws IOException {
        jpm("levels.csv", input);
    }

    @Property(tries = TRIES, seed = "1502")
    void jpmStandards(@ForAll("standards") Hostile input) throws IOException {
        jpm("standards.csv", input);
    }

    private static void ninebox(String fuzzed, Hostile input) throws IOException {
        run(fuzzed, input, List.of("boxes.csv"), dir -> {
            List<List<String>> rows = rows(dir.resolve("boxes.csv"), List.of("id", "box", "performance_level",
                    "potential_level", "talent_score", "recommendation", "status", "reason", "input_sha256"));
            List<String> ids = NineBoxCommand.readPeople(dir.resolve("people.csv")).stream()
                    .map(p -> p.id()).toList();
            assertEquals(ids, column(rows, 0));
        }, "ninebox", "--people", "people.csv", "--config", "ninebox.json", "--out", "boxes.csv");
    }

    @Property(tries = TRIES, seed = "1601")
    void nineboxPeople(@ForAll("people") Hostile input) throws IOException {
        ninebox("people.csv", input);
    }

    @Property(tries = TRIES, seed = "1602")
    void nineboxConfig(@ForAll("config") Hostile input) throws IOException {
        ninebox("ninebox.json", input);
    }

    private static void match(String fuzzed, Hostile input) throws IOException {
        run(fuzzed, input, List.of("assignment.csv"), dir -> rows(dir.resolve("assignment.csv"),
                List.of("position", "id", "jpm", "talent_score", "box", "status", "reason")),
                "match", "--people", "candidates.csv", "--positions", "positions.csv", "--out", "assignment.csv");
    }

    @Property(tries = TRIES, seed = "1701")
    void matchPeople(@ForAll("candidates") Hostile input) throws IOException {
        match("candidates.csv", input);
    }

    @Property(tries = TRIES, seed = "1702")
    void matchPositions(@ForAll("positions") Hostile input) throws IOException {
        match("positions.csv", input);
    }

    private static void calibrate(String fuzzed, Hostile input) throws IOException {
        run(fuzzed, input, List.of("calibrated.csv"), dir -> {
            ResponseMatrix data = ResponseCsv.read(dir.resolve("calibration.csv"));
            try (CsvReader csv = CsvReader.open(dir.resolve("calibrated.csv"))) {
                List<String> items = new ArrayList<>();
                while (csv.next()) {
                    assertEquals(csv.header().size(), csv.size(), "line " + csv.line());
                    items.add(csv.get(0));
                }
                assertEquals(Set.copyOf(data.itemIds()), Set.copyOf(items));
            }
        }, "calibrate", "--responses", "calibration.csv", "--model", "2pl", "--item-models", "models.csv",
                "--quadrature", "11", "--max-cycles", "40", "--out", "calibrated.csv");
    }

    @Property(tries = TRIES, seed = "1801")
    void calibrateResponses(@ForAll("calibration") Hostile input) throws IOException {
        calibrate("calibration.csv", input);
    }

    @Property(tries = TRIES, seed = "1802")
    void calibrateItemModels(@ForAll("models") Hostile input) throws IOException {
        calibrate("models.csv", input);
    }
}
