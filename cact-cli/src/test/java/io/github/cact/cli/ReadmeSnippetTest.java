package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "API in a few lines" is the code of the example application under {@code examples/}, which CI
 * compiles against the installed artifacts and runs: the README's Java block must equal the example's lines
 * between its {@code // README: begin} and {@code // README: end} markers (each marked region without its
 * common indentation, regions separated by one blank line).
 */
class ReadmeSnippetTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLE =
            Path.of("..", "examples", "src", "main", "java", "io", "github", "cact", "example", "ApiInAFewLines.java");
    private static final String SECTION = "## The API in a few lines";
    private static final String BEGIN = "// README: begin";
    private static final String END = "// README: end";

    @Test
    void readmeSnippetIsTheExampleCode() throws IOException {
        List<String> example = markedRegions(Files.readAllLines(EXAMPLE));
        assertFalse(example.isEmpty(), "no '" + BEGIN + "' region in " + EXAMPLE);
        assertEquals(String.join("\n", example), String.join("\n", readmeJavaBlock(Files.readAllLines(README))),
                "the README's Java block under '" + SECTION + "' differs from the marked lines of " + EXAMPLE
                        + "; change both together");
    }

    @Test
    void markedRegionsAreDedentedAndJoinedByOneBlankLine() {
        List<String> source = List.of("package p;", BEGIN, "import a.B;", END, "class C {", "    void m() {",
                "        " + BEGIN, "        int x = 1;", "        if (x > 0) {", "            x++;", "        }",
                "        " + END, "    }", "}");
        assertEquals(List.of("import a.B;", "", "int x = 1;", "if (x > 0) {", "    x++;", "}"), markedRegions(source));
    }

    /** The lines of the first {@code ```java} fence after the section heading, without the fences. */
    private static List<String> readmeJavaBlock(List<String> readme) {
        int section = readme.indexOf(SECTION);
        assertTrue(section >= 0, "README has no heading '" + SECTION + "'");
        int open = section + 1;
        while (open < readme.size() && !readme.get(open).equals("```java")) {
            open++;
        }
        assertTrue(open < readme.size(), "no ```java block after '" + SECTION + "' in the README");
        int close = open + 1;
        while (close < readme.size() && !readme.get(close).equals("```")) {
            close++;
        }
        assertTrue(close < readme.size(), "the README's ```java block after '" + SECTION + "' is not closed");
        return readme.subList(open + 1, close);
    }

    /** Every region between the markers, each without its common indentation, separated by one blank line. */
    private static List<String> markedRegions(List<String> source) {
        List<String> out = new ArrayList<>();
        int line = 0;
        while (line < source.size()) {
            if (!source.get(line).strip().equals(BEGIN)) {
                line++;
                continue;
            }
            int end = line + 1;
            while (end < source.size() && !source.get(end).strip().equals(END)) {
                end++;
            }
            assertTrue(end < source.size(), "'" + BEGIN + "' at line " + (line + 1) + " has no '" + END + "'");
            if (!out.isEmpty()) {
                out.add("");
            }
            out.addAll(dedent(source.subList(line + 1, end)));
            line = end + 1;
        }
        return out;
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }
}
