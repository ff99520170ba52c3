package io.github.cact.cli;

import io.github.cact.data.DataFormatException;
import io.github.cact.internal.text.JsonCursor;
import io.github.cact.ninebox.AxisBands;
import io.github.cact.ninebox.AxisLevel;
import io.github.cact.ninebox.BoxNumbering;
import io.github.cact.ninebox.NineBoxConfig;
import io.github.cact.ninebox.PerformancePredicate;
import io.github.cact.ninebox.PerformanceWeights;
import io.github.cact.ninebox.PotentialWeights;
import io.github.cact.ninebox.TalentWeights;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a nine-box configuration from JSON. Every key is optional and defaults to
 * {@link NineBoxConfig#defaults()}; unknown keys are refused so that a misspelt setting never passes
 * silently, and every error names the JSON path ({@code $.potentialBands}), the value and what was
 * expected:
 * <pre>
 * {"name": "pemda-x", "version": "2025-1",
 *  "numbering": "asn" | "generic-hr",
 *  "performanceBands": {"middleFrom": 61, "highFrom": 81},
 *  "potentialBands": {"middleFrom": 61, "highFrom": 81},
 *  "potentialWeights": {"competencyJpm": 0.40, "potentialJpm": 0.25, "qualification": 0.20, "integrity": 0.15},
 *  "talentWeights": {"performance": 0.5, "potential": 0.5},
 *  "performanceWeights": {"primary": 0.6, "reinforcing": 0.4},
 *  "predicateScores": {"SANGAT_BAIK": 100, "BAIK": 80, ...},
 *  "predicateLevels": {"BAIK": "MIDDLE", ...},
 *  "nearBoundaryThreshold": 0.8}
 * </pre>
 */
final class NineBoxConfigFile {

    private static final List<String> KEYS = List.of("name", "version", "numbering", "performanceBands",
            "potentialBands", "potentialWeights", "talentWeights", "performanceWeights", "predicateScores",
            "predicateLevels", "nearBoundaryThreshold");

    private NineBoxConfigFile() {
    }

    /**
     * Reads a UTF-8 configuration file.
     *
     * @param path the file
     * @return the configuration
     * @throws IOException if the file cannot be read
     * @throws DataFormatException naming the file and the JSON path (e.g. {@code $.potentialBands}), the
     *     offending value and what was expected; or line and column of a syntax or encoding error
     */
    static NineBoxConfig read(Path path) throws IOException {
        return parse(JsonCursor.parseFile(path));
    }

    static NineBoxConfig parse(JsonCursor root) {
        root.allowOnly(KEYS);
        String name = text(root.get("name"), NineBoxConfig.DEFAULT_NAME);
        String version = text(root.get("version"), NineBoxConfig.DEFAULT_VERSION);
        NineBoxConfig.Builder builder = located(root, () -> NineBoxConfig.builder(name, version));
        JsonCursor numbering = root.get("numbering");
        switch (text(numbering, "asn")) {
            case "asn" -> builder.numbering(BoxNumbering.asn());
            case "generic-hr" -> builder.numbering(BoxNumbering.genericHr());
            default -> throw numbering.expected("\"asn\" or \"generic-hr\"");
        }
        JsonCursor performanceBands = root.get("performanceBands");
        if (!performanceBands.isNull()) {
            builder.performanceBands(bands(performanceBands));
        }
        JsonCursor potentialBands = root.get("potentialBands");
        if (!potentialBands.isNull()) {
            builder.potentialBands(bands(potentialBands));
        }
        JsonCursor potential = root.get("potentialWeights");
        if (!potential.isNull()) {
            potential.allowOnly(List.of("competencyJpm", "potentialJpm", "qualification", "integrity"));
            builder.potentialWeights(located(potential, () -> PotentialWeights.of(
                    potential.get("competencyJpm").number(), potential.get("potentialJpm").number(),
                    potential.get("qualification").number(), potential.get("integrity").number())));
        }
        JsonCursor talent = root.get("talentWeights");
        if (!talent.isNull()) {
            talent.allowOnly(List.of("performance", "potential"));
            builder.talentWeights(located(talent, () -> TalentWeights.of(talent.get("performance").number(),
                    talent.get("potential").number())));
        }
        JsonCursor performance = root.get("performanceWeights");
        if (!performance.isNull()) {
            performance.allowOnly(List.of("primary", "reinforcing"));
            builder.performanceWeights(located(performance, () -> PerformanceWeights.of(
                    performance.get("primary").number(), performance.get("reinforcing").number())));
        }
        JsonCursor scores = root.get("predicateScores");
        if (!scores.isNull()) {
            for (JsonCursor score : scores.members()) {
                PerformancePredicate predicate = predicate(score);
                double value = score.number();
                located(score, () -> builder.predicateScore(predicate, value));
            }
        }
        JsonCursor levels = root.get("predicateLevels");
        if (!levels.isNull()) {
            for (JsonCursor level : levels.members()) {
                PerformancePredicate predicate = predicate(level);
                String code = level.string();
                builder.predicateLevel(predicate, located(level, () -> AxisLevel.fromCode(code)));
            }
        }
        JsonCursor near = root.get("nearBoundaryThreshold");
        if (!near.isNull()) {
            double threshold = near.number();
            located(near, () -> builder.nearBoundaryThreshold(threshold));
        }
        return located(root, builder::build);
    }

    private static AxisBands bands(JsonCursor bands) {
        bands.allowOnly(List.of("middleFrom", "highFrom"));
        double middleFrom = bands.get("middleFrom").number();
        double highFrom = bands.get("highFrom").number();
        return located(bands, () -> AxisBands.of(middleFrom, highFrom));
    }

    private static PerformancePredicate predicate(JsonCursor member) {
        try {
            return PerformancePredicate.fromCode(member.key());
        } catch (IllegalArgumentException e) {
            throw member.error(e.getMessage());
        }
    }

    private static String text(JsonCursor value, String fallback) {
        return value.isNull() ? fallback : value.string();
    }

    /** Runs a library call, locating the {@link IllegalArgumentException} it may throw at {@code where}. */
    private static <T> T located(JsonCursor where, Supplier<T> call) {
        try {
            return call.get();
        } catch (DataFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw where.error(e.getMessage());
        }
    }
}
