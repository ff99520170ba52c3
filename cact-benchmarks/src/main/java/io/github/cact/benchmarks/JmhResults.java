package io.github.cact.benchmarks;

import io.github.cact.internal.text.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results ({@code -rf json}) into a Markdown table and compares them with a committed
 * baseline, flagging every benchmark more than 25 % slower.
 *
 * <p>Usage: {@code JmhResults RESULTS.json OUT.md [BASELINE.json]}; exits with 1 when a regression is
 * found, so that a script can stop on it.
 */
public final class JmhResults {

    /** A regression is a benchmark slower than the baseline by more than this share. */
    static final double TOLERANCE = 0.25;

    private JmhResults() {
    }

    /** One benchmark result: its name with parameters, mode, score, error and unit. */
    record Row(String key, String mode, double score, double error, String unit, double cellsPerOp,
            double examineesPerOp) {

        /** Whether a higher score is better (throughput) rather than worse (time per operation). */
        boolean higherIsBetter() {
            return "thrpt".equals(mode);
        }
    }

    /**
     * Runs the tool.
     *
     * @param args results, output Markdown and optionally a baseline
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: JmhResults RESULTS.json OUT.md [BASELINE.json]");
            System.exit(2);
        }
        List<Row> rows = read(Path.of(args[0]));
        Map<String, Row> baseline = new LinkedHashMap<>();
        if (args.length == 3 && Files.exists(Path.of(args[2]))) {
            for (Row row : read(Path.of(args[2]))) {
                baseline.put(row.key(), row);
            }
        }
        List<String> regressions = regressions(rows, baseline);
        Files.writeString(Path.of(args[1]), markdown(rows, baseline), StandardCharsets.UTF_8);
        for (String regression : regressions) {
            System.err.println("REGRESSION " + regression);
        }
        if (!regressions.isEmpty()) {
            System.exit(1);
        }
    }

    static List<Row> read(Path json) throws IOException {
        Object root = Json.parse(Files.readString(json, StandardCharsets.UTF_8), json.toString());
        List<Row> rows = new ArrayList<>();
        for (Object entry : (List<?>) root) {
            Map<?, ?> result = (Map<?, ?>) entry;
            StringBuilder key = new StringBuilder(shortName((String) result.get("benchmark")));
            double cells = 0;
            double examinees = 0;
            if (result.get("params") instanceof Map<?, ?> params) {
                if (params.get("items") instanceof String i && params.get("nodes") instanceof String q) {
                    cells = Double.parseDouble(i) * Double.parseDouble(q);
                }
                if (params.get("examinees") instanceof String e) {
                    examinees = Double.parseDouble(e);
                }
                StringBuilder values = new StringBuilder();
                for (Map.Entry<?, ?> param : params.entrySet()) {
                    values.append(values.length() == 0 ? "" : ", ").append(param.getKey()).append('=').append(param.getValue());
                }
                if (values.length() > 0) {
                    key.append(" (").append(values).append(')');
                }
            }
            Map<?, ?> metric = (Map<?, ?>) result.get("primaryMetric");
            double error = metric.get("scoreError") instanceof Double e && Double.isFinite(e) ? e : 0;
            rows.add(new Row(key.toString(), (String) result.get("mode"), (Double) metric.get("score"), error,
                    (String) metric.get("scoreUnit"), cells, examinees));
            if (result.get("secondaryMetrics") instanceof Map<?, ?> secondary
                    && allocation(secondary) instanceof Map<?, ?> alloc) {
                double bytes = (Double) alloc.get("score");
                rows.add(new Row(key + " alloc/op", "alloc", bytes, 0, (String) alloc.get("scoreUnit"), 0, 0));
                if (examinees > 0) {
                    rows.add(new Row(key + " alloc/examinee", "alloc", bytes / examinees, 0, "B/examinee", 0, 0));
                }
            }
        }
        return rows;
    }

    /** The allocation profiler's bytes per operation: "gc.alloc.rate.norm" (JMH 1.37), "·gc..." before. */
    private static Object allocation(Map<?, ?> secondary) {
        Object metric = secondary.get("gc.alloc.rate.norm");
        return metric != null ? metric : secondary.get("·gc.alloc.rate.norm");
    }

    private static String shortName(String benchmark) {
        String[] parts = benchmark.split("\\.");
        return parts.length < 2 ? benchmark : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    static List<String> regressions(List<Row> rows, Map<String, Row> baseline) {
        List<String> found = new ArrayList<>();
        for (Row row : rows) {
            Row before = baseline.get(row.key());
            if (before == null || "alloc".equals(row.mode()) || !before.mode().equals(row.mode())) {
                continue;
            }
            double ratio = row.higherIsBetter() ? before.score() / row.score() : row.score() / before.score();
            if (ratio > 1 + TOLERANCE) {
                found.add(String.format(Locale.ROOT, "%s: %.4g %s, baseline %.4g (%.0f%% slower)", row.key(),
                        row.score(), row.unit(), before.score(), (ratio - 1) * 100));
            }
        }
        return found;
    }

    static String markdown(List<Row> rows, Map<String, Row> baseline) {
        StringBuilder md = new StringBuilder("| Benchmark | Mode | Score | ± | Unit | Examinees/s | Cells/s | Baseline |\n"
                + "|---|---|---:|---:|---|---:|---:|---:|\n");
        for (Row row : rows) {
            Row before = baseline.get(row.key());
            double perSecond = examineesPerSecond(row);
            md.append(String.format(Locale.ROOT, "| %s | %s | %.4g | %.2g | %s | %s | %s | %s |%n", row.key(), row.mode(),
                    row.score(), row.error(), row.unit(),
                    perSecond > 0 ? String.format(Locale.ROOT, "%.3g", perSecond) : "",
                    perSecond > 0 && row.cellsPerOp() > 0
                            ? String.format(Locale.ROOT, "%.3g", perSecond * row.cellsPerOp()) : "",
                    before == null ? "" : String.format(Locale.ROOT, "%.4g", before.score())));
        }
        return md.toString();
    }

    /** Examinees per second, from a throughput in examinees or a time per batch of examinees. */
    static double examineesPerSecond(Row row) {
        if ("thrpt".equals(row.mode()) && "ops/s".equals(row.unit()) && row.cellsPerOp() > 0) {
            return row.score();
        }
        if (("avgt".equals(row.mode()) || "ss".equals(row.mode())) && row.examineesPerOp() > 0) {
            double seconds = switch (row.unit()) {
                case "s/op" -> row.score();
                case "ms/op" -> row.score() / 1e3;
                case "us/op" -> row.score() / 1e6;
                case "ns/op" -> row.score() / 1e9;
                default -> Double.NaN;
            };
            return Double.isNaN(seconds) ? 0 : row.examineesPerOp() / seconds;
        }
        return 0;
    }
}
