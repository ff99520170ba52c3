package io.github.cact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The internal packages are floors with one job each: the numerics below the item models
 * ({@code internal.numerics}, checked by its own test), the tables over the item models above them
 * ({@code internal.tables}), and the text readers beside {@code data} ({@code internal.text}). Each
 * package's sources may name, in imports or as qualified names in code, only the JDK and the library
 * packages listed for it; {@code irt} in particular never reaches up to the tables built over it. The one
 * edge from {@code internal.text} back to the library is the located error its readers throw.
 */
class LayersTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/cact");

    /** A qualified name of a library type: the package, then the first capitalised segment. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\bio\\.github\\.cact(?:\\.[a-z][a-z0-9]*)*\\.[A-Z][A-Za-z0-9_]*");

    @Test
    void tablesSitAboveTheItemModels() throws IOException {
        assertDependsOnlyOn("internal/tables", Set.of(
                "io.github.cact.irt", "io.github.cact.data", "io.github.cact.internal.numerics"));
    }

    @Test
    void textDependsOnTheJdkAndTheDataFormatErrorOnly() throws IOException {
        assertDependsOnlyOn("internal/text", Set.of("io.github.cact.data.DataFormatException"));
    }

    @Test
    void parallelDependsOnTheJdkOnly() throws IOException {
        assertDependsOnlyOn("internal/parallel", Set.of());
    }

    @Test
    void optionChecksDependOnTheJdkOnly() throws IOException {
        assertDependsOnlyOn("internal/options", Set.of());
    }

    @Test
    void limitedInformationFitUsesTheNumericsOnly() throws IOException {
        assertDependsOnlyOn("internal/fit", Set.of("io.github.cact.internal.numerics"));
    }

    @Test
    void scaleByScaleAnalysesSitOnTheScorer() throws IOException {
        assertDependsOnlyOn("internal/scales", Set.of("io.github.cact.irt.ItemBank",
                "io.github.cact.data.ResponseMatrix", "io.github.cact.scoring"));
    }

    @Test
    void itemModelsReadTextAndUseNumericsButNotTheTablesOverThem() throws IOException {
        assertDependsOnlyOn("irt", Set.of("io.github.cact.data", "io.github.cact.internal.numerics",
                "io.github.cact.internal.text", "io.github.cact.internal.banks"));
    }

    @Test
    void bankRowChecksSitOnTheTextReaders() throws IOException {
        assertDependsOnlyOn("internal/banks", Set.of("io.github.cact.internal.text",
                "io.github.cact.data.DataFormatException"));
    }

    @Test
    void multidimensionalModelsSitOnTheItemModels() throws IOException {
        assertDependsOnlyOn("mirt", Set.of("io.github.cact.irt", "io.github.cact.data",
                "io.github.cact.internal.numerics"));
    }

    @Test
    void multidimensionalEstimationUsesTheModelsDataNumericsAndParallelChunks() throws IOException {
        assertDependsOnlyOn("mirt/estimation", Set.of("io.github.cact.mirt", "io.github.cact.irt",
                "io.github.cact.data", "io.github.cact.internal.numerics", "io.github.cact.internal.parallel",
                "io.github.cact.internal.fit", "io.github.cact.calibration.LimitedInformationFit",
                "io.github.cact.internal.options"));
    }

    @Test
    void multidimensionalScoringSitsOnTheModelsAndFeedsTheCompetencyProfiles() throws IOException {
        assertDependsOnlyOn("mirt/scoring", Set.of("io.github.cact.mirt", "io.github.cact.data",
                "io.github.cact.competency", "io.github.cact.scoring.ScoreStatus", "io.github.cact.internal.numerics",
                "io.github.cact.internal.parallel"));
    }

    @Test
    void multidimensionalBankFilesReadTextIntoTheModels() throws IOException {
        assertDependsOnlyOn("mirt/files", Set.of("io.github.cact.mirt", "io.github.cact.irt",
                "io.github.cact.data.DataFormatException", "io.github.cact.internal.text",
                "io.github.cact.internal.banks"));
    }

    @Test
    void nothingIsLeftDirectlyInTheInternalPackage() throws IOException {
        assertEquals(List.of(), javaFiles(SOURCES.resolve("internal")));
    }

    @Test
    void aQualifiedNameInCodeCountsButOneInACommentOrStringDoesNot() {
        String source = "/** {@link io.github.cact.irt.Item} */ class A { // io.github.cact.irt.Item\n"
                + "  String s = \"io.github.cact.irt.Item\"; char c = '\"';\n"
                + "  Object o = io.github.cact.scoring.Scorer.class; }";
        assertEquals(List.of("io.github.cact.scoring.Scorer"), referencedTypes(withoutCommentsAndLiterals(source)));
    }

    /**
     * Fails unless every import of every source in {@code relative} names a JDK package, and every library
     * type named (imported or qualified in code) lies in the package itself or in {@code allowed}: a
     * package name there admits all its types, a type name that type only.
     */
    private static void assertDependsOnlyOn(String relative, Set<String> allowed) throws IOException {
        Path directory = SOURCES.resolve(relative);
        String own = "io.github.cact." + relative.replace('/', '.');
        List<Path> files = javaFiles(directory);
        assertFalse(files.isEmpty(), "no sources found under " + directory.toAbsolutePath());
        for (Path file : files) {
            String code = withoutCommentsAndLiterals(Files.readString(file));
            for (String line : code.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("import ")) {
                    String target = trimmed.replaceFirst("^import\\s+(static\\s+)?", "").replace(";", "").strip();
                    assertTrue(target.startsWith("java.") || target.startsWith("io.github.cact."),
                            file.getFileName() + " imports " + target + ", outside the JDK and the library");
                    assertFalse(target.startsWith("io.github.cact.") && target.endsWith(".*"),
                            file.getFileName() + " imports a whole package: " + target);
                }
            }
            for (String type : referencedTypes(code)) {
                String pkg = type.substring(0, type.lastIndexOf('.'));
                assertTrue(pkg.equals(own) || allowed.contains(pkg) || allowed.contains(type),
                        file.getFileName() + " in " + own + " depends on " + type + "; allowed: " + allowed);
            }
        }
    }

    private static List<Path> javaFiles(Path directory) throws IOException {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    private static List<String> referencedTypes(String code) {
        List<String> types = new ArrayList<>();
        Matcher matcher = QUALIFIED.matcher(code);
        while (matcher.find()) {
            types.add(matcher.group());
        }
        return types;
    }

    /**
     * The source with comments, string and character literals and text blocks blanked out (line breaks
     * kept), so that only names the compiler resolves are scanned.
     */
    private static String withoutCommentsAndLiterals(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            String open;
            String end;
            if (source.startsWith("//", i)) {
                open = "//";
                end = "\n";
            } else if (source.startsWith("/*", i)) {
                open = "/*";
                end = "*/";
            } else if (source.startsWith("\"\"\"", i)) {
                open = "\"\"\"";
                end = open;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                open = String.valueOf(source.charAt(i));
                end = open;
            } else {
                out.append(source.charAt(i));
                i++;
                continue;
            }
            boolean escapes = !open.startsWith("/");
            int j = i + open.length();
            while (j < n && !source.startsWith(end, j)) {
                j += escapes && source.charAt(j) == '\\' ? 2 : 1;
            }
            int stop = Math.min(n, open.equals("//") ? j : j + end.length());
            for (int k = i; k < stop; k++) {
                out.append(source.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = stop;
        }
        return out.toString();
    }
}
