package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every command does with the files it is given: an output that is an input, or another output, is
 * refused with exit 2 before anything is read; a missing file or output directory is exit 5 naming the
 * path; a failing run leaves previous outputs byte-identical and no temporary file.
 */
class FileSafetyTest {

    @TempDir
    Path dir;

    /** A command line whose {@code @NAME} arguments are files in the test directory. */
    record Case(String first, String second, String... args) {
        @Override
        public String toString() {
            return String.join(" ", args);
        }
    }

    static Stream<Case> collisions() {
        return Stream.of(
                new Case("--out", "--responses", "score", "--responses", "@R.csv", "--items", "@I.csv", "--out", "@R.csv"),
                new Case("--out", "--items", "score", "--responses", "@R.csv", "--items", "@I.csv", "--out", "@I.csv"),
                new Case("--out", "--levels", "jpm", "--levels", "@L.csv", "--standards", "@S.csv", "--out", "@L.csv"),
                new Case("--out", "--standards", "jpm", "--levels", "@L.csv", "--standards", "@S.csv", "--out", "@S.csv"),
                new Case("--out", "--people", "ninebox", "--people", "@P.csv", "--out", "@P.csv"),
                new Case("--out", "--config", "ninebox", "--people", "@P.csv", "--config", "@C.json", "--out", "@C.json"),
                new Case("--out", "--responses", "calibrate", "--responses", "@R.csv", "--model", "2pl", "--out", "@R.csv"),
                new Case("--summary", "--responses", "calibrate", "--responses", "@R.csv", "--model", "2pl",
                        "--out", "@items.csv", "--summary", "@R.csv"),
                new Case("--out", "--item-models", "calibrate", "--responses", "@R.csv", "--model", "2pl",
                        "--item-models", "@M.csv", "--out", "@M.csv"),
                new Case("--summary", "--anchors", "calibrate", "--responses", "@R.csv", "--model", "2pl",
                        "--anchors", "@A.csv", "--out", "@items.csv", "--summary", "@A.csv"),
                new Case("--out", "--summary", "calibrate", "--responses", "@R.csv", "--model", "2pl",
                        "--out", "@items.csv", "--summary", "@items.csv"),
                new Case("--out", "--items", "simulate", "--items", "@I.csv", "--out", "@I.csv"),
                new Case("--bank-out", "--items", "simulate", "--items", "@I.csv", "--out", "@x.csv", "--bank-out", "@I.csv"),
                new Case("--theta-out", "--items", "simulate", "--items", "@I.csv", "--out", "@x.csv", "--theta-out", "@I.csv"),
                new Case("--out", "--bank-out", "simulate", "--out", "@x.csv", "--bank-out", "@x.csv"),
                new Case("--out", "--theta-out", "simulate", "--out", "@x.csv", "--theta-out", "@x.csv"),
                new Case("--transformed", "--to", "link", "--from", "@F.csv", "--to", "@B.csv", "--method", "mean-mean",
                        "--out", "@A.csv", "--transformed", "@B.csv"),
                new Case("--out", "--from", "link", "--from", "@F.csv", "--to", "@B.csv", "--method", "mean-mean",
                        "--out", "@F.csv"),
                new Case("--out", "--transformed", "link", "--from", "@F.csv", "--to", "@B.csv", "--method", "mean-mean",
                        "--out", "@A.csv", "--transformed", "@A.csv"),
                new Case("--out", "--responses", "profile", "--responses", "@R.csv", "--items", "@I.csv", "--standards",
                        "@S.csv", "--position", "X", "--out", "@R.csv"),
                new Case("--out", "--items", "profile", "--responses", "@R.csv", "--items", "@I.csv", "--standards",
                        "@S.csv", "--position", "X", "--out", "@I.csv"),
                new Case("--out", "--standards", "profile", "--responses", "@R.csv", "--items", "@I.csv", "--standards",
                        "@S.csv", "--position", "X", "--out", "@S.csv"),
                new Case("--out", "--cuts", "profile", "--responses", "@R.csv", "--items", "@I.csv", "--standards",
                        "@S.csv", "--position", "X", "--cuts", "@K.csv", "--out", "@K.csv"),
                new Case("--out", "--people", "match", "--people", "@P.csv", "--positions", "@Q.csv", "--out", "@P.csv"),
                new Case("--out", "--positions", "match", "--people", "@P.csv", "--positions", "@Q.csv", "--out", "@Q.csv"),
                new Case("--out", "--boxes", "report", "--boxes", "@X.csv", "--out", "@X.csv"),
                new Case("--out", "--people", "report", "--boxes", "@X.csv", "--people", "@P.csv", "--out", "@P.csv"),
                new Case("--out", "--profiles", "report", "--profiles", "@Y.csv", "--out", "@Y.csv"),
                new Case("--out", "--items", "report", "--items", "@I.csv", "--out", "@I.csv"),
                new Case("--out", "--cuts", "report", "--items", "@I.csv", "--cuts", "@K.csv", "--out", "@K.csv"));
    }

    /** Writes every {@code @NAME} file with distinct content and returns the arguments with paths. */
    private String[] prepare(String[] args, Map<Path, byte[]> contents) throws IOException {
        List<String> resolved = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("@")) {
                Path file = dir.resolve(arg.substring(1));
                if (!contents.containsKey(file)) {
                    byte[] bytes = ("original " + arg + "\n").getBytes(StandardCharsets.UTF_8);
                    Files.write(file, bytes);
                    contents.put(file, bytes);
                }
                resolved.add(file.toString());
            } else {
                resolved.add(arg);
            }
        }
        return resolved.toArray(new String[0]);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertUntouched(Map<Path, byte[]> contents, List<String> before) throws IOException {
        for (Map.Entry<Path, byte[]> file : contents.entrySet()) {
            assertArrayEquals(file.getValue(), Files.readAllBytes(file.getKey()), file.getKey() + " changed");
        }
        assertEquals(before, names(), "no file added or removed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collisions")
    void anOutputNamingAnInputOrAnotherOutputIsRefusedBeforeAnythingIsRead(Case c) throws IOException {
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        String[] args = prepare(c.args(), contents);
        List<String> before = names();
        CliRunner result = CliRunner.run(args);
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.err());
        assertTrue(result.err().contains(c.first()) && result.err().contains(c.second()), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertUntouched(contents, before);
    }

    @Test
    void aSymbolicLinkToAnInputIsTheInput() throws IOException {
        Files.writeString(dir.resolve("P.csv"), "id,skp_predicate,potential_score\nA,BAIK,50\n");
        Path link = Files.createSymbolicLink(dir.resolve("boxes.csv"), dir.resolve("P.csv"));
        CliRunner result = CliRunner.run("ninebox", "--people", dir.resolve("P.csv").toString(), "--out", link.toString());
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.err());
        assertTrue(result.err().contains("--out") && result.err().contains("--people"), result.err());
        assertEquals("id,skp_predicate,potential_score\nA,BAIK,50\n", Files.readString(dir.resolve("P.csv")));
    }

    @Test
    void aPathThroughDotDotOrALinkedDirectoryIsTheInput() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("L.csv"), "levels");
        Files.writeString(dir.resolve("S.csv"), "standards");
        Path dotDot = dir.resolve("sub").resolve("..").resolve("L.csv");
        CliRunner viaDotDot = CliRunner.run("jpm", "--levels", dir.resolve("L.csv").toString(), "--standards",
                dir.resolve("S.csv").toString(), "--out", dotDot.toString());
        assertEquals(ExitCodes.USAGE, viaDotDot.exitCode(), viaDotDot.err());
        Path linkedDir = Files.createSymbolicLink(dir.resolve("alias"), dir);
        CliRunner viaLinkedDir = CliRunner.run("jpm", "--levels", dir.resolve("L.csv").toString(), "--standards",
                dir.resolve("S.csv").toString(), "--out", linkedDir.resolve("S.csv").toString());
        assertEquals(ExitCodes.USAGE, viaLinkedDir.exitCode(), viaLinkedDir.err());
        assertTrue(viaLinkedDir.err().contains("--standards"), viaLinkedDir.err());
        Path hardLink = Files.createLink(dir.resolve("hard.csv"), dir.resolve("L.csv"));
        CliRunner viaHardLink = CliRunner.run("jpm", "--levels", dir.resolve("L.csv").toString(), "--standards",
                dir.resolve("S.csv").toString(), "--out", hardLink.toString());
        assertEquals(ExitCodes.USAGE, viaHardLink.exitCode(), viaHardLink.err());
        assertEquals("levels", Files.readString(dir.resolve("L.csv")));
        assertEquals("standards", Files.readString(dir.resolve("S.csv")));
    }

    static Stream<Case> missingInputs() {
        return Stream.of(
                new Case("--responses", "R.csv", "score", "--responses", "R.csv", "--items", "@I.csv", "--out", "@s.csv"),
                new Case("--items", "I.csv", "score", "--responses", "@R.csv", "--items", "I.csv", "--out", "@s.csv"),
                new Case("--levels", "L.csv", "jpm", "--levels", "L.csv", "--standards", "@S.csv", "--out", "@j.csv"),
                new Case("--people", "P.csv", "ninebox", "--people", "P.csv", "--out", "@b.csv"),
                new Case("--config", "C.json", "ninebox", "--people", "@P.csv", "--config", "C.json", "--out", "@b.csv"),
                new Case("--responses", "R.csv", "calibrate", "--responses", "R.csv", "--model", "2pl", "--out", "@i.csv"),
                new Case("--anchors", "A.csv", "calibrate", "--responses", "@R.csv", "--model", "2pl", "--anchors", "A.csv",
                        "--out", "@i.csv"),
                new Case("--items", "I.csv", "simulate", "--items", "I.csv", "--out", "@x.csv"),
                new Case("--to", "B.csv", "link", "--from", "@F.csv", "--to", "B.csv", "--method", "haebara", "--out", "@a.csv"),
                new Case("--cuts", "K.csv", "profile", "--responses", "@R.csv", "--items", "@I.csv", "--standards", "@S.csv",
                        "--position", "X", "--cuts", "K.csv", "--out", "@p.csv"),
                new Case("--positions", "Q.csv", "match", "--people", "@P.csv", "--positions", "Q.csv", "--out", "@m.csv"),
                new Case("--profiles", "Y.csv", "report", "--profiles", "Y.csv", "--out", "@r.html"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingInputs")
    void aMissingInputIsAnEnvironmentErrorNamingOptionAndPath(Case c) throws IOException {
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        List<String> args = new ArrayList<>();
        for (String arg : prepare(c.args(), contents)) {
            args.add(arg.equals(c.second()) ? dir.resolve(arg).toString() : arg);
        }
        List<String> before = names();
        CliRunner result = CliRunner.run(args.toArray(new String[0]));
        assertEquals(ExitCodes.ENVIRONMENT, result.exitCode(), result.err());
        assertTrue(result.err().contains(c.first()) && result.err().contains(dir.resolve(c.second()).toString()),
                result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertUntouched(contents, before);
    }

    @Test
    void anOutputDirectoryThatIsMissingOrAFileIsAnEnvironmentError() throws IOException {
        Files.writeString(dir.resolve("P.csv"), "id,skp_predicate,potential_score\nA,BAIK,50\n");
        Path missing = dir.resolve("no-such-dir").resolve("boxes.csv");
        CliRunner noDir = CliRunner.run("ninebox", "--people", dir.resolve("P.csv").toString(), "--out", missing.toString());
        assertEquals(ExitCodes.ENVIRONMENT, noDir.exitCode(), noDir.err());
        assertTrue(noDir.err().contains("--out") && noDir.err().contains("no-such-dir"), noDir.err());
        Path underAFile = dir.resolve("P.csv").resolve("boxes.csv");
        CliRunner fileAsDir = CliRunner.run("ninebox", "--people", dir.resolve("P.csv").toString(), "--out",
                underAFile.toString());
        assertEquals(ExitCodes.ENVIRONMENT, fileAsDir.exitCode(), fileAsDir.err());
        assertTrue(fileAsDir.err().contains(dir.resolve("P.csv").toString()), fileAsDir.err());
        assertEquals(List.of("P.csv"), names());
    }

    @Test
    void anOutputDirectoryWithoutWritePermissionIsAnEnvironmentError() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "the user can write anywhere (root): nothing to test");
            Files.writeString(dir.resolve("P.csv"), "id,skp_predicate,potential_score\nA,BAIK,50\n");
            CliRunner result = CliRunner.run("ninebox", "--people", dir.resolve("P.csv").toString(), "--out",
                    locked.resolve("boxes.csv").toString());
            assertEquals(ExitCodes.ENVIRONMENT, result.exitCode(), result.err());
            assertTrue(result.err().contains("--out") && result.err().contains(locked.toString()), result.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anInputThatIsADirectoryIsAnEnvironmentErrorAndAnOutputThatIsOneIsBadUsage() throws IOException {
        Files.createDirectories(dir.resolve("d"));
        Files.writeString(dir.resolve("P.csv"), "id,skp_predicate,potential_score\nA,BAIK,50\n");
        CliRunner input = CliRunner.run("ninebox", "--people", dir.resolve("d").toString(), "--out",
                dir.resolve("b.csv").toString());
        assertEquals(ExitCodes.ENVIRONMENT, input.exitCode(), input.err());
        assertTrue(input.err().contains("--people"), input.err());
        CliRunner output = CliRunner.run("ninebox", "--people", dir.resolve("P.csv").toString(), "--out",
                dir.resolve("d").toString());
        assertEquals(ExitCodes.USAGE, output.exitCode(), output.err());
        assertTrue(output.err().contains("--out") && output.err().contains("directory"), output.err());
    }

    @Test
    void aDemoDirectoryThatIsAFileIsAnEnvironmentError() throws IOException {
        Path file = dir.resolve("taken");
        Files.writeString(file, "not a directory");
        CliRunner result = CliRunner.run("demo", "--out", file.toString(), "--quiet");
        assertEquals(ExitCodes.ENVIRONMENT, result.exitCode(), result.err());
        assertTrue(result.err().contains(file.toString()), result.err());
        assertEquals("not a directory", Files.readString(file));
    }

    @Test
    void jpmWithABadFourthLineLeavesThePreviousOutputByteIdentical() throws IOException {
        String standards = "position,M1,M2\nADMINISTRATOR,3,3\n";
        Files.writeString(dir.resolve("S.csv"), standards);
        Files.writeString(dir.resolve("L.csv"), "id,position,M1,M2\nP1,ADMINISTRATOR,3,3\nP2,ADMINISTRATOR,2,4\n");
        String[] args = {"jpm", "--levels", dir.resolve("L.csv").toString(), "--standards", dir.resolve("S.csv").toString(),
            "--out", dir.resolve("jpm.csv").toString()};
        assertEquals(ExitCodes.OK, CliRunner.run(args).exitCode());
        byte[] good = Files.readAllBytes(dir.resolve("jpm.csv"));
        Files.writeString(dir.resolve("L.csv"), "id,position,M1,M2\nP1,ADMINISTRATOR,3,3\nP2,ADMINISTRATOR,2,4\n"
                + "P3,ADMINISTRATOR,3,9\n");
        CliRunner bad = CliRunner.run(args);
        assertEquals(ExitCodes.DATA, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("L.csv, line 4"), bad.err());
        assertArrayEquals(good, Files.readAllBytes(dir.resolve("jpm.csv")));
        assertEquals(List.of("L.csv", "S.csv", "jpm.csv"), names());

        Files.delete(dir.resolve("jpm.csv"));
        assertEquals(ExitCodes.DATA, CliRunner.run(args).exitCode());
        assertEquals(List.of("L.csv", "S.csv"), names(), "no partial output when there was none before");
    }

    @Test
    void calibrateWithBadItemModelsLeavesBothPreviousOutputsByteIdentical() throws IOException {
        Files.writeString(dir.resolve("R.csv"), "id,Q1,Q2\nA,0,1\nB,1,0\nC,1,1\n");
        Files.writeString(dir.resolve("M.csv"), "item,categories\nQ1,2.5\n");
        Files.writeString(dir.resolve("items.csv"), "previous items\n");
        Files.writeString(dir.resolve("summary.json"), "{\"previous\": true}");
        CliRunner result = CliRunner.run("calibrate", "--responses", dir.resolve("R.csv").toString(), "--model", "2pl",
                "--item-models", dir.resolve("M.csv").toString(), "--out", dir.resolve("items.csv").toString(),
                "--summary", dir.resolve("summary.json").toString());
        assertEquals(ExitCodes.DATA, result.exitCode(), result.err());
        assertEquals("previous items\n", Files.readString(dir.resolve("items.csv")));
        assertEquals("{\"previous\": true}", Files.readString(dir.resolve("summary.json")));
        assertEquals(List.of("M.csv", "R.csv", "items.csv", "summary.json"), names());
    }

    @Test
    void aDataErrorWithALineBreakInTheValueIsStillOneLine() throws IOException {
        Files.writeString(dir.resolve("P.csv"), "id,skp_predicate,potential_score\n\"a\nb\",BAIK,50\n\"a\nb\",BAIK,50\n");
        CliRunner result = CliRunner.run("ninebox", "--people", dir.resolve("P.csv").toString(), "--out",
                dir.resolve("b.csv").toString());
        assertEquals(ExitCodes.DATA, result.exitCode(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("a\\nb"), result.err());
    }
}
