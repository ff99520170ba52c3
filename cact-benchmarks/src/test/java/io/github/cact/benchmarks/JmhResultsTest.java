package io.github.cact.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report and the regression check on hand-made JMH results. */
class JmhResultsTest {

    @TempDir
    Path dir;

    /** One JMH 1.37 result in its JSON form, with the allocation profiler's secondary metric. */
    private static String result(String benchmark, String params, double score, String unit, double bytes) {
        return result(benchmark, params, score, unit, bytes, "gc.alloc.rate.norm");
    }

    private static String result(String benchmark, String params, double score, String unit, double bytes,
            String allocationKey) {
        return "{\"benchmark\": \"io.github.cact.benchmarks." + benchmark + "\", \"mode\": \"avgt\","
                + " \"params\": {" + params + "},"
                + " \"primaryMetric\": {\"score\": " + score + ", \"scoreError\": 0.5, \"scoreUnit\": \"" + unit + "\"},"
                + " \"secondaryMetrics\": {\"" + allocationKey + "\": {\"score\": " + bytes
                + ", \"scoreUnit\": \"B/op\"}}}";
    }

    private List<JmhResults.Row> read(String... results) throws IOException {
        Path json = dir.resolve("r" + results.length + ".json");
        Files.writeString(json, "[" + String.join(",", results) + "]");
        return JmhResults.read(json);
    }

    @Test
    void throughputAllocationPerExamineeAndCellsComeFromTheParameters() throws IOException {
        List<JmhResults.Row> rows = read(result("ScoringBenchmark.score",
                "\"examinees\": \"20000\", \"items\": \"40\", \"nodes\": \"61\"", 4.0, "ms/op", 360000));
        Map<String, JmhResults.Row> byKey = rows.stream()
                .collect(Collectors.toMap(JmhResults.Row::key, Function.identity()));
        String key = "ScoringBenchmark.score (examinees=20000, items=40, nodes=61)";
        JmhResults.Row time = byKey.get(key);
        assertEquals(5e6, JmhResults.examineesPerSecond(time), 1e-6, "20,000 examinees in 4 ms");
        assertEquals(40 * 61, time.cellsPerOp());
        assertEquals(18.0, byKey.get(key + " alloc/examinee").score(), 1e-12);
        List<JmhResults.Row> older = read(result("ScoringBenchmark.score", "\"examinees\": \"1000\"", 1.0, "ms/op",
                5000, "·gc.alloc.rate.norm"));
        assertEquals(5.0, older.get(2).score(), 1e-12, "the key of JMH before 1.37");
        String md = JmhResults.markdown(rows, Map.of());
        assertTrue(md.contains("| " + key + " | avgt | 4.000 | 0.50 | ms/op | 5.00e+06 | 1.22e+10 |  |"), md);
    }

    @Test
    void onlyTimesMoreThanAQuarterSlowerThanTheBaselineAreRegressions() throws IOException {
        Map<String, JmhResults.Row> baseline = read(
                result("DecisionBenchmark.assign", "", 100, "ms/op", 1000),
                result("DecisionBenchmark.placeAll", "", 100, "ms/op", 1000)).stream()
                .collect(Collectors.toMap(JmhResults.Row::key, Function.identity()));
        List<JmhResults.Row> now = read(result("DecisionBenchmark.assign", "", 124, "ms/op", 9000),
                result("DecisionBenchmark.placeAll", "", 126, "ms/op", 1000));
        List<String> regressions = JmhResults.regressions(now, baseline);
        assertEquals(1, regressions.size(), regressions.toString());
        assertTrue(regressions.get(0).equals("DecisionBenchmark.placeAll: 126.0 ms/op, baseline 100.0 (26% slower)"),
                regressions.get(0));
    }
}
