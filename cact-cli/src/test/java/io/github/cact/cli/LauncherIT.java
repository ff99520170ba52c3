package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/cact} that the package phase writes behaves exactly as
 * {@code java -jar target/cact.jar}: same standard output, standard error, exit code and files, from the lean
 * jar with the class-data-sharing archive (a small score with the client compiler only), from the full jar
 * (serve, or no lean jar) and with a broken archive. Runs after the package phase.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void versionHelpAndBadUsageAreTheSame() throws Exception {
        Path launcher = TARGET.resolve("cact");
        for (String[] args : new String[][] {{"--version"}, {"--help"}, {"score", "--help"}, {"scroe"},
                {"score", "--no-such-option"}}) {
            assertSame(launcher, TARGET.resolve("cact.jar"), temp, args);
        }
    }

    @Test
    void simulateAndScoreWriteTheSameFiles() throws Exception {
        Path viaJar = Files.createDirectory(temp.resolve("jar"));
        Path viaLauncher = Files.createDirectory(temp.resolve("launcher"));
        String[][] commands = {
            {"simulate", "--examinees=60", "--n-items=8", "--seed=3", "--out=r.csv", "--bank-out=b.csv"},
            {"score", "--items=b.csv", "--responses=r.csv", "--out=s.csv"},
            {"score", "--items=b.csv", "--responses=s.csv", "--out=t.csv"}, // bad input: exit 3
        };
        for (String[] args : commands) {
            Run jar = run(viaJar, jarCommand(TARGET.resolve("cact.jar"), args));
            Run launched = run(viaLauncher, launcherCommand(TARGET.resolve("cact"), args));
            assertEquals(jar, launched, String.join(" ", args));
        }
        assertTrue(Files.size(viaJar.resolve("s.csv")) > 0);
        for (String file : List.of("r.csv", "b.csv", "s.csv")) {
            assertArrayEquals(Files.readAllBytes(viaJar.resolve(file)), Files.readAllBytes(viaLauncher.resolve(file)), file);
        }
    }

    @Test
    void serveRunsTheJarWithTheServer() throws Exception {
        // the lean jar has no server and would exit 5; the full jar's server reads the file and refuses it (exit 3)
        Files.writeString(temp.resolve("server.json"), "{\"port\": 1");
        assertSame(TARGET.resolve("cact"), TARGET.resolve("cact.jar"), temp, "serve", "--config=server.json");
    }

    @Test
    void aBrokenOrMissingArchiveIsIgnoredSilently() throws Exception {
        Path copy = Files.createDirectory(temp.resolve("copy"));
        Files.copy(TARGET.resolve("cact"), copy.resolve("cact"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(TARGET.resolve("cact.jar"), copy.resolve("cact.jar"));
        assertSame(copy.resolve("cact"), copy.resolve("cact.jar"), temp, "--version");
        Files.writeString(copy.resolve("cact.jsa"), "not an archive");
        assertSame(copy.resolve("cact"), copy.resolve("cact.jar"), temp, "--version");
        assertSame(copy.resolve("cact"), copy.resolve("cact.jar"), temp, "score", "--help");
    }

    @Test
    void theArchiveIsMappedWhenTheBuildMadeOne() throws Exception {
        assertMainFromArchive(temp, launcherCommand(TARGET.resolve("cact"), "--version"));
    }

    @Test
    void aLinkToTheLauncherOrARelativePathFindsTheJarAndTheArchive() throws Exception {
        Path bin = Files.createDirectory(temp.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("cact"), TARGET.resolve("cact"));
        try {
            assertSame(link, TARGET.resolve("cact.jar"), temp, "--version");
            assertMainFromArchive(temp, launcherCommand(link, "--version"));
        } finally {
            Files.delete(link); // the temporary directory's clean-up warns of a link that leads out of it
        }
        Path module = TARGET.getParent();
        for (String relative : List.of("target/cact", "./target/cact", "../" + module.getFileName() + "/target/cact")) {
            assertSame(Path.of(relative), TARGET.resolve("cact.jar"), module, "--version");
            assertMainFromArchive(module, launcherCommand(Path.of(relative), "--version"));
        }
    }

    @Test
    void aSmallScoreRunsWithTheClientCompilerOnlyWhicheverWayItsFileIsGiven() throws Exception {
        Files.writeString(temp.resolve("b.csv"), "item,model,a,b1\ni1,2pl,1.2,-0.5\ni2,2pl,0.8,0.3\n");
        Files.writeString(temp.resolve("r.csv"), "id,i1,i2\np1,1,0\np2,0,0\n");
        String[][] small = {
            {"score", "--items=b.csv", "--responses=r.csv", "--out=s1.csv"},
            {"score", "--items", "b.csv", "--responses", "r.csv", "--out", "s2.csv"},
        };
        for (String[] args : small) {
            assertEquals("1", tieredStopAtLevel(args), String.join(" ", args));
        }
        assertArrayEquals(Files.readAllBytes(temp.resolve("s1.csv")), Files.readAllBytes(temp.resolve("s2.csv")));
        assertEquals("4", tieredStopAtLevel("score", "--items=b.csv", "--responses=none.csv", "--out=s3.csv"));
        assertEquals("4", tieredStopAtLevel("--version"));
    }

    @Test
    void aCalibrationLeavesItsOnePassCodeToTheClientCompilerAndWritesTheSameFiles() throws Exception {
        Path viaJar = Files.createDirectory(temp.resolve("jar"));
        Path viaLauncher = Files.createDirectory(temp.resolve("launcher"));
        String[] simulate = {"simulate", "--quiet", "--examinees=20000", "--n-items=20", "--seed=5", "--out=r.csv"};
        assertEquals(0, run(temp, jarCommand(TARGET.resolve("cact.jar"), simulate)).exitCode());
        String[] calibrate = {"calibrate", "--responses=../r.csv", "--model=2pl", "--out=items.csv",
            "--summary=summary.json"};
        assertEquals(run(viaJar, jarCommand(TARGET.resolve("cact.jar"), calibrate)),
                run(viaLauncher, launcherCommand(TARGET.resolve("cact"), calibrate)));
        for (String file : List.of("items.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(viaJar.resolve(file)), Files.readAllBytes(viaLauncher.resolve(file)), file);
        }

        // the optimising compiler (tier 4) compiles the EM but gives up on every method of the reader
        Path log = viaLauncher.resolve("compilation.xml");
        ProcessBuilder builder = new ProcessBuilder(launcherCommand(TARGET.resolve("cact"), "calibrate",
                "--responses=../r.csv", "--model=2pl", "--out=again.csv", "--quiet"));
        builder.environment().put("JDK_JAVA_OPTIONS",
                "-XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=" + log);
        Run compiled = run(viaLauncher, builder);
        assertEquals(0, compiled.exitCode(), compiled.err());
        Map<String, Boolean> optimised = optimisedCompilations(log);
        // started, at least: a compilation still running when the JVM exits has no end in the log
        assertTrue(optimised.containsKey("io.github.cact.calibration.EStep"), "the E-step not given to C2");
        List<String> readerOptimised = optimised.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("io.github.cact.data.") && entry.getValue())
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), readerOptimised);

        assertTrue(printedFlags("", "calibrate", "--help").contains("MaxNodeLimit,io/github/cact/data/*.*,1"));
        assertFalse(printedFlags("", "score", "--help").contains("MaxNodeLimit,io/github/cact/"));
        assertEquals("false", flag("PartialPeelLoop", "", "calibrate", "--help"));
        assertEquals("true", flag("PartialPeelLoop", "", "score", "--help"));
    }

    @Test
    void everyPatternOfOnePassCodeNamesCodeOfTheLeanJar() throws Exception {
        // HotSpot takes a pattern that names nothing without a word: a renamed class would quietly go back to C2
        Matcher quoted = Pattern.compile("'(io/github/cact/[^']*)'").matcher(Files.readString(TARGET.resolve("cact")));
        List<String> patterns = quoted.results().map(match -> match.group(1)).toList();
        assertEquals(5, patterns.size(), patterns.toString());
        Path lean = TARGET.resolve("cact-lean.jar");
        try (JarFile jar = new JarFile(lean.toFile());
                URLClassLoader loader = new URLClassLoader(new URL[] {lean.toUri().toURL()}, null)) {
            List<String> classes = jar.stream().map(JarEntry::getName).filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length())).toList();
            for (String pattern : patterns) {
                int dot = pattern.lastIndexOf('.');
                Pattern type = Pattern.compile(Pattern.quote(pattern.substring(0, dot)).replace("*", "\\E.*\\Q"));
                String method = pattern.substring(dot + 1);
                List<String> named = classes.stream().filter(name -> type.matcher(name).matches()).toList();
                assertFalse(named.isEmpty(), pattern + " names no class");
                if (!method.equals("*")) {
                    boolean declared = false;
                    for (String name : named) {
                        declared |= Arrays.stream(Class.forName(name.replace('/', '.'), false, loader)
                                .getDeclaredMethods()).anyMatch(m -> m.getName().equals(method));
                    }
                    assertTrue(declared, pattern + " names no method");
                }
            }
        }
    }

    @Test
    void serveRunsWithTheZCollectorUnlessTheOptionsChooseOne() throws Exception {
        Files.writeString(temp.resolve("server.json"), "{\"port\": 1");
        String[] serve = {"serve", "--config=server.json"};
        assertEquals("true", flag("UseZGC", "", serve));
        assertEquals("false", flag("UseZGC", "-XX:+UseSerialGC", serve));
        assertEquals("true", flag("UseSerialGC", "-XX:+UseSerialGC", serve));
        assertEquals("false", flag("UseZGC", "", "--version"));
    }

    /**
     * The classes whose methods the optimising compiler (tier 4) attempted, from a -XX:+LogCompilation file, each
     * with whether any of those attempts succeeded. Each compiler thread writes its own section of the file, whole
     * lines at a time: a {@code <task>} line, which names no {@code level} for tier 4, then its {@code <task_done>}.
     */
    private static Map<String, Boolean> optimisedCompilations(Path log) throws IOException {
        Pattern task = Pattern.compile("^<task [^>]*method='(\\S+) ");
        Map<String, Boolean> byClass = new TreeMap<>();
        String current = null;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher start = task.matcher(line);
            if (start.find()) {
                current = line.contains(" level='") ? null : start.group(1);
                if (current != null) {
                    byClass.putIfAbsent(current, false);
                }
            } else if (current != null && line.startsWith("<task_done ")) {
                byClass.merge(current, line.contains(" success='1'"), Boolean::logicalOr);
                current = null;
            }
        }
        return byClass;
    }

    /** The JIT's highest level in a run of the launcher in the temporary directory. */
    private String tieredStopAtLevel(String... args) throws Exception {
        return flag("TieredStopAtLevel", "", args);
    }

    /**
     * A JVM flag's value in a run of the launcher in the temporary directory with these JDK_JAVA_OPTIONS, from
     * -XX:+PrintFlagsFinal.
     */
    private String flag(String name, String options, String... args) throws Exception {
        return printedFlags(options, args).lines().filter(line -> line.contains(" " + name + " ")).findFirst()
                .map(line -> line.split("=")[1].trim().split("\\s+")[0]).orElse("not printed");
    }

    /**
     * Every JVM flag of a run of the launcher in the temporary directory with these JDK_JAVA_OPTIONS, as
     * -XX:+PrintFlagsFinal prints them; the JVM must have accepted its options (conflicting collectors it
     * refuses).
     */
    private String printedFlags(String options, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(launcherCommand(TARGET.resolve("cact"), args));
        builder.environment().put("JDK_JAVA_OPTIONS", (options + " -XX:+PrintFlagsFinal").trim());
        Run run = run(temp, builder);
        assertFalse(run.err().contains("Could not create the Java Virtual Machine"), run.err());
        return run.out();
    }

    /** A run of {@code command} in {@code directory} loads {@code Main} from the archive, if the build made one. */
    private void assertMainFromArchive(Path directory, List<String> command) throws Exception {
        assumeTrue(Files.exists(TARGET.resolve("cact.jsa")), "this JDK made no class-data-sharing archive");
        Path log = Files.createTempFile(temp, "classes", ".log");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JDK_JAVA_OPTIONS", "-Xlog:class+load:file=" + log);
        Run run = run(directory, builder);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readAllLines(log).stream().anyMatch(
                line -> line.contains(" io.github.cact.cli.Main source: shared objects file")),
                "Main not from the archive: " + command);
    }

    private static void assertSame(Path launcher, Path jar, Path directory, String... args) throws Exception {
        Run viaJar = run(directory, jarCommand(jar, args));
        assertEquals(viaJar, run(directory, launcherCommand(launcher, args)), String.join(" ", args));
    }

    private static List<String> jarCommand(Path jar, String... args) {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static List<String> launcherCommand(Path launcher, String... args) {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static Run run(Path directory, List<String> command) throws IOException, InterruptedException {
        return run(directory, new ProcessBuilder(command));
    }

    private static Run run(Path directory, ProcessBuilder builder) throws IOException, InterruptedException {
        Path out = Files.createTempFile(directory, "out", ".txt");
        Path err = Files.createTempFile(directory, "err", ".txt");
        Process process = builder.directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exitCode = process.waitFor();
        Run run = new Run(exitCode, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private record Run(int exitCode, String out, String err) {
    }
}
