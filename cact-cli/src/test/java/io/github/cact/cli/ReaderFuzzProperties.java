package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.StandardProfile;
import io.github.cact.data.DataFormatException;
import io.github.cact.internal.text.CsvReader;
import io.github.cact.internal.text.Json;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.irt.PartialCreditItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Feeds every reader random bytes and random mutations of a valid file (truncated, a quote inserted,
 * separators deleted, bytes that are not UTF-8, deep nesting, huge or non-finite numbers, blank lines,
 * a stray byte-order mark, a line repeated) and checks the error contract: a result (only ever for
 * valid UTF-8), or a {@link DataFormatException} with a one-line message that starts with the file name
 * and carries a location (line, or a JSON path); never another exception type. Fixed seeds keep the
 * cases the same on every run.
 */
class ReaderFuzzProperties {

    /** Tries per property: 10 properties, 2,000 generated inputs in all, about half a minute on a busy machine. */
    private static final int TRIES = 200;
    private static final CompetencyFramework FRAMEWORK = CompetencyFramework.permenPanRb38();
    private static Path dir;

    @BeforeContainer
    static void createDirectory() throws IOException {
        dir = Files.createTempDirectory("cact-fuzz");
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A reader under test. */
    @FunctionalInterface
    interface ReadFile {
        Object read(Path file) throws IOException;
    }

    /** Writes the bytes to a file of that name, runs the reader and checks the contract. */
    private static void check(String name, byte[] bytes, ReadFile reader) {
        Path file = dir.resolve(name);
        try {
            Files.write(file, bytes);
            reader.read(file);
            assertTrue(isUtf8(bytes), "read although not UTF-8: " + preview(bytes));
        } catch (DataFormatException e) {
            String message = e.getMessage();
            assertTrue(message.startsWith(name), message);
            assertFalse(message.contains("\n") || message.contains("\r"), message);
            assertTrue(e.line() > 0 || e.jsonPath().startsWith("$") || message.equals(name
                    + ": the file is empty; expected a header row"), message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(name + ": " + e + " for input " + preview(bytes), e);
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static String preview(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        return "'" + text.replace("\n", "\\n") + "'" + (bytes.length > 200 ? " (" + bytes.length + " bytes)" : "");
    }

    // ------------------------------------------------------------------ valid seeds

    private static ItemBank bank() {
        return ItemBank.of(List.of(
                Item.of("Q1", DichotomousItem.twoPl(1.2, -0.3), "M1"),
                Item.of("Q2", DichotomousItem.threePl(0.9, 0.4, 0.2), "M1"),
                Item.of("Q3", GradedResponseItem.ofIrt(1.1, new double[] {-1, 0.2, 1.3}), "M2"),
                Item.of("Q4, \"quoted\"", PartialCreditItem.gpcmOfIrt(0.8, new double[] {-0.5, 0.7}), "SK1")));
    }

    private static String bankCsv() {
        try {
            StringWriter out = new StringWriter();
            ItemBankFiles.writeCsv(bank(), out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String STANDARDS_CSV = "position,M1,M2,M3,M4,M5,M6,M7,M8,SK1\n"
            + "ADMINISTRATOR,3,3,3,3,3,3,3,3,3\nANALIS;KEBIJAKAN,4,3,3,4,3,3,3,3,4\n";
    private static final String STANDARDS_JSON = "{\"name\": \"pemda\", \"positions\": {\"ADMINISTRATOR\": 3,"
            + " \"ANALIS\": {\"M1\": 4, \"M2\": 3, \"M3\": 3, \"M4\": 4, \"M5\": 3, \"M6\": 3, \"M7\": 3, \"M8\": 3,"
            + " \"SK1\": 4}}}";
    private static final String LEVELS_CSV = "id,position,M1,M2,M3,M4,M5,M6,M7,M8,SK1\n"
            + "P1,ADMINISTRATOR,3,3,2,3,4,2,3,3,3\n\"P2\",ADMINISTRATOR,2,2,3,2,3,2,3,2,3\n";
    private static final String CUTS_CSV = "competency,c1,c2,c3,c4\nM1,-1.5,-0.5,0.5,1.5\nM2,-1.2,-0.4,0.6,1.4\n"
            + "SK1,-1,0,1,2\n";
    private static final String PEOPLE_CSV = "id,unit,skp_predicate,hasil_kerja,perilaku_kerja,performance_score,"
            + "reinforcing_score,potential_score,competency_jpm,potential_jpm,qualification,integrity\n"
            + "A1,Biro Umum,SANGAT_BAIK,,,,,,92.59,85,80,90\nA2,\"Dinas, Adé\",,SESUAI,SESUAI,,,64,,,,\n"
            + "A3,Dinas,,,,45.5,70,30,,,,\n";
    private static final String CONFIG_JSON = "{\"name\": \"pemda-x\", \"version\": \"2025-1\", \"numbering\": \"asn\","
            + " \"performanceBands\": {\"middleFrom\": 61, \"highFrom\": 81},"
            + " \"potentialBands\": {\"middleFrom\": 61, \"highFrom\": 81},"
            + " \"potentialWeights\": {\"competencyJpm\": 0.40, \"potentialJpm\": 0.25, \"qualification\": 0.20,"
            + " \"integrity\": 0.15}, \"talentWeights\": {\"performance\": 0.5, \"potential\": 0.5},"
            + " \"performanceWeights\": {\"primary\": 0.6, \"reinforcing\": 0.4},"
            + " \"predicateScores\": {\"SANGAT_BAIK\": 100, \"BAIK\": 80},"
            + " \"predicateLevels\": {\"BAIK\": \"MIDDLE\"}, \"nearBoundaryThreshold\": 0.8}";

    // ------------------------------------------------------------------ hostile inputs

    /** One change to a file: what, where (a fraction of its length) and a size or choice. */
    record Mutation(int kind, double at, int n) {

        private static final String[] NUMBERS = {"1e400", "-1e309", "NaN", "Infinity", "-Infinity", "1e308",
            "99999999999999999999999", "-0", "4.9e-324", "2.5", "0x1F", "1,5", "+3", ""};
        private static final byte[][] NOT_UTF8 = {{(byte) 0xE9}, {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}};

        byte[] apply(byte[] in) {
            int pos = (int) (at * in.length);
            return switch (kind) {
                case 0 -> Arrays.copyOf(in, pos);
                case 1 -> InputMutation.insert(in, pos, "\"".getBytes(StandardCharsets.UTF_8));
                case 2 -> deleteSeparators(in, n % 2 == 0);
                case 3 -> InputMutation.insert(in, pos, NOT_UTF8[n % NOT_UTF8.length]);
                case 4 -> InputMutation.insert(in, pos, (n % 2 == 0 ? "[" : "{\"a\":").repeat(1 + n % 5_000)
                        .getBytes(StandardCharsets.UTF_8));
                case 5 -> replaceNumber(in, pos, NUMBERS[n % NUMBERS.length]);
                case 6 -> InputMutation.insert(in, pos, "\n\n\r\n \n".substring(0, 1 + n % 5).getBytes(StandardCharsets.UTF_8));
                case 7 -> InputMutation.insert(in, pos, new byte[] {(byte) n});
                case 8 -> InputMutation.insert(in, pos, "\uFEFF".getBytes(StandardCharsets.UTF_8));
                case 9 -> repeatLine(in, pos);
                default -> InputMutation.delete(in, pos, 1 + n % 8);
            };
        }

        private static byte[] deleteSeparators(byte[] in, boolean all) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean deleted = false;
            for (byte b : in) {
                boolean separator = b == ',' || b == ';' || b == ':' || b == '\t';
                if (separator && (all || !deleted)) {
                    deleted = true;
                } else {
                    out.write(b);
                }
            }
            return out.toByteArray();
        }

        private static byte[] replaceNumber(byte[] in, int pos, String number) {
            int start = pos;
            while (start < in.length && !(in[start] >= '0' && in[start] <= '9')) {
                start++;
            }
            int end = start;
            while (end < in.length && ((in[end] >= '0' && in[end] <= '9') || in[end] == '.' || in[end] == '-')) {
                end++;
            }
            byte[] cut = InputMutation.delete(in, start, end - start);
            return InputMutation.insert(cut, Math.min(start, cut.length), number.getBytes(StandardCharsets.UTF_8));
        }

        private static byte[] repeatLine(byte[] in, int pos) {
            int start = pos;
            while (start > 0 && in[start - 1] != '\n') {
                start--;
            }
            int end = pos;
            while (end < in.length && in[end] != '\n') {
                end++;
            }
            byte[] line = Arrays.copyOfRange(in, start, Math.min(in.length, end + 1));
            return InputMutation.insert(in, start, line);
        }
    }

    private static Arbitrary<byte[]> hostile(String seed) {
        byte[] valid = seed.getBytes(StandardCharsets.UTF_8);
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 10),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 1 << 20)).as(Mutation::new);
        Arbitrary<byte[]> mutated = mutation.list().ofMinSize(1).ofMaxSize(4).map(list -> {
            byte[] bytes = valid;
            for (Mutation m : list) {
                bytes = m.apply(bytes);
            }
            return bytes;
        });
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> printable = Arbitraries.strings().withChars("\"',;\t\n\r {}[]:.-+eE019aZé\\")
                .ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(valid)), Tuple.of(2, random),
                Tuple.of(3, printable), Tuple.of(14, mutated));
    }

    @Provide
    Arbitrary<byte[]> bankCsvs() {
        return hostile(bankCsv());
    }

    @Provide
    Arbitrary<byte[]> bankJsons() {
        return hostile(ItemBankFiles.toJson(bank()));
    }

    @Provide
    Arbitrary<byte[]> standardsCsvs() {
        return hostile(STANDARDS_CSV);
    }

    @Provide
    Arbitrary<byte[]> standardsJsons() {
        return hostile(STANDARDS_JSON);
    }

    @Provide
    Arbitrary<byte[]> levelsCsvs() {
        return hostile(LEVELS_CSV);
    }

    @Provide
    Arbitrary<byte[]> cutsCsvs() {
        return hostile(CUTS_CSV);
    }

    @Provide
    Arbitrary<byte[]> peopleCsvs() {
        return hostile(PEOPLE_CSV);
    }

    @Provide
    Arbitrary<byte[]> configJsons() {
        return hostile(CONFIG_JSON);
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = TRIES, seed = "20261129")
    void csvReader(@ForAll("bankCsvs") byte[] bytes) {
        check("any.csv", bytes, file -> {
            try (CsvReader csv = CsvReader.open(file)) {
                int cells = csv.size();
                while (csv.next()) {
                    cells += csv.size();
                }
                return cells;
            }
        });
    }

    @Property(tries = TRIES, seed = "20261130")
    void json(@ForAll("configJsons") byte[] bytes) {
        check("any.json", bytes, Json::parseFile);
    }

    @Property(tries = TRIES, seed = "20261131")
    void itemBankCsv(@ForAll("bankCsvs") byte[] bytes) {
        check("items.csv", bytes, ItemBankFiles::readCsv);
    }

    @Property(tries = TRIES, seed = "20261132")
    void itemBankJson(@ForAll("bankJsons") byte[] bytes) {
        check("items.json", bytes, ItemBankFiles::readJson);
    }

    @Property(tries = TRIES, seed = "20261133")
    void standardsCsv(@ForAll("standardsCsvs") byte[] bytes) {
        check("standards.csv", bytes, file -> StandardProfile.readCsv(file, FRAMEWORK));
    }

    @Property(tries = TRIES, seed = "20261134")
    void standardsJson(@ForAll("standardsJsons") byte[] bytes) {
        check("standards.json", bytes, file -> StandardProfile.readJson(file, FRAMEWORK));
    }

    @Property(tries = TRIES, seed = "20261135")
    void levels(@ForAll("levelsCsvs") byte[] bytes) throws IOException {
        StandardProfile profile = StandardProfile.readJson(Files.writeString(dir.resolve("s.json"), STANDARDS_JSON),
                FRAMEWORK);
        check("levels.csv", bytes, file -> LevelsFile.read(file, profile, "s.json"));
    }

    @Property(tries = TRIES, seed = "20261136")
    void cutScores(@ForAll("cutsCsvs") byte[] bytes, @ForAll boolean summed) {
        CompetencyFramework framework = Frameworks.of(List.of("M1", "M2", "SK1"));
        check("cuts.csv", bytes, file -> CutScoresFile.read(file, framework, bank(), summed));
    }

    @Property(tries = TRIES, seed = "20261137")
    void people(@ForAll("peopleCsvs") byte[] bytes) {
        check("people.csv", bytes, NineBoxCommand::readPeople);
    }

    @Property(tries = TRIES, seed = "20261138")
    void nineBoxConfig(@ForAll("configJsons") byte[] bytes) {
        check("config.json", bytes, NineBoxConfigFile::read);
    }
}
