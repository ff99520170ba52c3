package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Out-of-range option values are usage errors (exit 2), reported on one line that names the option and
 * the value, before any file is looked at (the input files here do not exist).
 */
class OptionRangeTest {

    @TempDir
    Path dir;

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("--n-items", "0", List.of("simulate")),
                Arguments.of("--n-items", "-3", List.of("simulate")),
                Arguments.of("--categories", "1", List.of("simulate", "--model", "grm")),
                Arguments.of("--categories", "1", List.of("simulate")),
                Arguments.of("--categories", "500", List.of("simulate", "--model", "gpcm")),
                Arguments.of("--examinees", "0", List.of("simulate")),
                Arguments.of("--examinees", "-10", List.of("simulate")),
                Arguments.of("--sd", "-1", List.of("simulate")),
                Arguments.of("--sd", "NaN", List.of("simulate")),
                Arguments.of("--mean", "Infinity", List.of("simulate")),
                Arguments.of("--missing", "1", List.of("simulate")),
                Arguments.of("--missing", "-0.1", List.of("simulate")),
                Arguments.of("--model", "9pl", List.of("simulate")),
                Arguments.of("--quadrature", "1", List.of("calibrate", "--responses", "@R.csv", "--model", "2pl")),
                Arguments.of("--tol", "0", List.of("calibrate", "--responses", "@R.csv", "--model", "2pl")),
                Arguments.of("--tol", "-0.001", List.of("calibrate", "--responses", "@R.csv", "--model", "2pl")),
                Arguments.of("--tol", "NaN", List.of("calibrate", "--responses", "@R.csv", "--model", "2pl")),
                Arguments.of("--max-cycles", "0", List.of("calibrate", "--responses", "@R.csv", "--model", "2pl")),
                Arguments.of("--m2-max-moments", "-1", List.of("calibrate", "--responses", "@R.csv", "--model", "2pl")),
                Arguments.of("--model", "5pl", List.of("calibrate", "--responses", "@R.csv")),
                Arguments.of("--quadrature", "0", List.of("score", "--responses", "@R.csv", "--items", "@I.csv")),
                Arguments.of("--method", "median", List.of("score", "--responses", "@R.csv", "--items", "@I.csv")),
                Arguments.of("--quadrature", "-5", List.of("profile", "--responses", "@R.csv", "--items", "@I.csv",
                        "--standards", "@S.csv", "--position", "X")),
                Arguments.of("--method", "median", List.of("link", "--from", "@F.csv", "--to", "@B.csv")),
                Arguments.of("--cap", "half", List.of("jpm", "--levels", "@L.csv", "--standards", "@S.csv")),
                Arguments.of("--n-items", "many", List.of("simulate")));
    }

    @ParameterizedTest(name = "{2} {0} {1}")
    @MethodSource("badValues")
    void anOutOfRangeValueIsBadUsageNamingOptionAndValue(String option, String value, List<String> command) {
        List<String> args = new ArrayList<>();
        for (String arg : command) {
            args.add(arg.startsWith("@") ? dir.resolve(arg.substring(1)).toString() : arg);
        }
        args.addAll(List.of(option, value, "--out", dir.resolve("out.csv").toString()));
        CliRunner result = CliRunner.run(args.toArray(new String[0]));
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.err());
        assertTrue(result.err().contains(option) && result.err().contains(value), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(!dir.resolve("out.csv").toFile().exists());
    }

    @Test
    void simulatedCellsBeyondWhatAMatrixHoldsAreBadUsage() {
        CliRunner result = CliRunner.run("simulate", "--n-items", "100000", "--examinees", "100000", "--out",
                dir.resolve("out.csv").toString());
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.err());
        assertTrue(result.err().contains("--n-items") && result.err().contains("--examinees"), result.err());
    }

    @Test
    void aMissingRequiredOptionIsOneLineWithoutTheUsageText() {
        CliRunner result = CliRunner.run("score", "--out", dir.resolve("out.csv").toString());
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("--responses") && result.err().contains("cact score --help"), result.err());
    }
}
