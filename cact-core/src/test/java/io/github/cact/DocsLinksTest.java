package io.github.cact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sources explain themselves from the repository alone. Every Java, Markdown and shell file and every
 * pom.xml of the repository (outside build output and hidden folders) is scanned, and the test fails, naming
 * file and line, when one
 * <ul>
 *   <li>points to the team's specification files that live outside the repository (the domain and
 *       psychometrics notes, or the shared folder beside the repository) instead of to {@code docs/};</li>
 *   <li>names a tracker issue by number, or links to one;</li>
 *   <li>links to a page of {@code docs/} that does not exist, or to an anchor that no heading of that page
 *       produces (anchors computed as GitHub computes them).</li>
 * </ul>
 * The repository root is the nearest directory, from the working directory upwards, that holds {@code docs/}.
 */
class DocsLinksTest {

    private static final Pattern OUTSIDE_SPEC = Pattern.compile(
            "\\b(?:domain|psychometrics)\\.md\\b|(?:\\.\\./|/work/)shared\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISSUE_NAMED = Pattern.compile(
            "\\bissues?\\s*#?\\s*\\d+\\b|/issues/\\d+", Pattern.CASE_INSENSITIVE);
    /** A reference to a page of docs/ from anywhere, e.g. in javadoc: {@code docs/<page>.md#<anchor>}. */
    private static final Pattern DOCS_REFERENCE = Pattern.compile(
            "(?<![\\w/.-])docs/([A-Za-z0-9_.-]+\\.md)(?:#([\\p{L}\\p{M}\\p{N}_-]+))?");
    /** A Markdown link or image target, up to the closing parenthesis. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    @Test
    void theRepositoryIsSelfContained() {
        Path root = repositoryRoot();
        Report report = scan(root);
        assertTrue(report.files >= 100, "only " + report.files + " files scanned under " + root);
        assertTrue(report.docsReferences >= 20, "only " + report.docsReferences + " references to docs/ checked");
        assertTrue(report.violations.isEmpty(), report.violations.size() + " problems:\n"
                + String.join("\n", report.violations));
    }

    @Test
    void anchorsAreComputedAsGitHubDoes() {
        assertEquals("job-person-match", anchor("Job-Person-Match"));
        assertEquals("levels-from-θ", anchor("Levels from θ"));
        assertEquals("reference-results-tests-lsatreferencetest",
                anchor("Reference results (tests `LsatReferenceTest`)"));
        assertEquals("defaults-ninebox-config-name-cact-default-version-1",
                anchor("Defaults (*NineBox config*, name `cact-default`, version `1`)"));
        assertEquals("status-flags-scorestatus--θ-is-always-finite-the-se-never-nan",
                anchor("Status flags (`ScoreStatus`) — θ is always finite, the SE never NaN"));
        assertEquals("nine-box-and-matching", anchor("[Nine-box](ninebox.md) and matching"));
        assertEquals("why-61-nodes-to-calibrate-and-121-to-score",
                anchor("Why 61 nodes to calibrate and 121 to score"));
    }

    @Test
    void aPlantedProblemOfEachKindIsReported(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.createDirectories(root.resolve("src/main/java/p"));
        Files.createDirectories(root.resolve("target"));
        Files.writeString(root.resolve("docs").resolve("rules.md"), String.join("\n",
                "# Rules", "## Axis bands", "```", "# not a heading", "```", "## Axis bands",
                "See [bands](#axis-bands-1), [the top](rules.md#rules), [missing](#not-a-heading)."),
                StandardCharsets.UTF_8);
        String docs = "docs/";                                       // kept apart so that this file passes
        Files.writeString(root.resolve("src/main/java/p/A.java"), String.join("\n",
                "/** Bands (" + docs + "rules.md#axis-bands), levels (" + docs + "rules.md#levels). */",
                "/** From " + "domain" + ".md, as agreed in " + "issue" + " 7; see " + docs + "other.md. */",
                "class A {}"), StandardCharsets.UTF_8);
        Files.writeString(root.resolve("target/B.java"), "/** " + "issue" + " 9 in build output is not scanned */",
                StandardCharsets.UTF_8);

        Report report = scan(root);

        assertEquals(2, report.files);
        assertEquals(List.of(
                docs + "rules.md:7: link to an anchor that " + docs + "rules.md does not have: #not-a-heading",
                "src/main/java/p/A.java:2: points outside the repository: '" + "domain" + ".md'",
                "src/main/java/p/A.java:2: names an issue: '" + "issue" + " 7'",
                "src/main/java/p/A.java:1: link to an anchor that " + docs + "rules.md does not have: " + docs
                        + "rules.md#levels",
                "src/main/java/p/A.java:2: link to a page that does not exist: " + docs + "other.md"),
                List.copyOf(report.violations));
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory with docs/ above " + Path.of("").toAbsolutePath());
    }

    private static final class Report {
        int files;
        int docsReferences;
        /** Each problem once, in file order (a Markdown link to docs/ is seen by both link checks). */
        final Set<String> violations = new LinkedHashSet<>();
    }

    private static Report scan(Path root) {
        Report report = new Report();
        Map<Path, Set<String>> anchorsByPage = new HashMap<>();
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skipped = !dir.equals(root)
                            && (name.equals("target") || name.equals("node_modules") || name.startsWith("."));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".java") || name.endsWith(".md") || name.endsWith(".sh")
                            || name.equals("pom.xml")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        for (Path file : files) {
            report.files++;
            String relative = root.relativize(file).toString().replace('\\', '/');
            String text = read(file);
            for (Matcher m = OUTSIDE_SPEC.matcher(text); m.find();) {
                report.violations.add(relative + ":" + line(text, m.start()) + ": points outside the repository: '"
                        + m.group() + "'");
            }
            for (Matcher m = ISSUE_NAMED.matcher(text); m.find();) {
                report.violations.add(relative + ":" + line(text, m.start()) + ": names an issue: '" + m.group() + "'");
            }
            for (Matcher m = DOCS_REFERENCE.matcher(text); m.find();) {
                report.docsReferences++;
                check(root.resolve("docs").resolve(m.group(1)), m.group(2), "docs/" + m.group(1), root, relative,
                        line(text, m.start()), m.group(), anchorsByPage, report);
            }
            if (relative.endsWith(".md")) {
                checkMarkdownLinks(root, file, relative, text, anchorsByPage, report);
            }
        }
        return report;
    }

    private static void checkMarkdownLinks(Path root, Path file, String relative, String text,
            Map<Path, Set<String>> anchorsByPage, Report report) {
        String[] lines = text.split("\n", -1);
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            for (Matcher m = MARKDOWN_LINK.matcher(lines[i]); m.find();) {
                String target = m.group(1);
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || target.startsWith("/")) {
                    continue;                                         // http:, mailto:, absolute paths
                }
                int hash = target.indexOf('#');
                String page = hash < 0 ? target : target.substring(0, hash);
                String fragment = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = page.isEmpty() ? file : file.getParent().resolve(page).normalize();
                String shown = page.isEmpty() ? relative : root.relativize(resolved).toString().replace('\\', '/');
                check(resolved, fragment, shown, root, relative, i + 1, target, anchorsByPage, report);
            }
        }
    }

    private static void check(Path page, String fragment, String shownPage, Path root, String relative, int line,
            String link, Map<Path, Set<String>> anchorsByPage, Report report) {
        if (!Files.exists(page)) {
            report.violations.add(relative + ":" + line + ": link to a page that does not exist: " + link);
            return;
        }
        if (fragment == null || !page.toString().endsWith(".md")) {
            return;
        }
        Set<String> anchors = anchorsByPage.computeIfAbsent(page, p -> anchors(read(p)));
        if (!anchors.contains(fragment)) {
            report.violations.add(relative + ":" + line + ": link to an anchor that " + shownPage
                    + " does not have: " + link);
        }
    }

    /** The anchors GitHub gives the headings of a Markdown page (fenced code excluded; repeats get -1, -2...). */
    private static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (inFence || !heading.matches()) {
                continue;
            }
            String base = anchor(heading.group(2));
            int count = seen.merge(base, 1, Integer::sum);
            anchors.add(count == 1 ? base : base + "-" + (count - 1));
        }
        return anchors;
    }

    /**
     * GitHub's anchor of a heading: the rendered text (links to their text, code spans and emphasis without
     * their marks), lower case, without characters other than letters, marks, digits, connector punctuation,
     * spaces and hyphens, each space a hyphen.
     */
    private static String anchor(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("<[^>]+>", "")
                .replace("`", "")
                .replace("*", "");
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                .replace(' ', '-');
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
