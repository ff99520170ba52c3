package io.github.cact.cli;

import io.github.cact.data.DataFormatException;
import io.github.cact.internal.Json;
import io.github.cact.ninebox.AxisBands;
import io.github.cact.ninebox.AxisLevel;
import io.github.cact.ninebox.BoxNumbering;
import io.github.cact.ninebox.NineBoxConfig;
import io.github.cact.ninebox.PerformancePredicate;
import io.github.cact.ninebox.PotentialWeights;
import io.github.cact.ninebox.PerformanceWeights;
import io.github.cact.ninebox.TalentWeights;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Reads a nine-box configuration from JSON. Every key is optional and defaults to
 * {@link NineBoxConfig#defaults()}; unknown keys are refused so that a misspelt setting never passes
 * silently:
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

    private static final Set<String> KEYS = Set.of("name", "version", "numbering", "performanceBands",
            "potentialBands", "potentialWeights", "talentWeights", "performanceWeights", "predicateScores", "predicateLevels",
            "nearBoundaryThreshold");

    private NineBoxConfigFile() {
    }

    static NineBoxConfig read(Path path) throws IOException {
        String source = String.valueOf(path.getFileName());
        Object root = Json.parse(Files.readString(path, StandardCharsets.UTF_8), source);
        if (!(root instanceof Map<?, ?> map)) {
            throw new DataFormatException(source, 0, 0, "expected a JSON object of nine-box settings");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw new DataFormatException(source, 0, 0, "unknown setting \"" + key + "\"; expected one of "
                        + new java.util.TreeSet<>(KEYS));
            }
        }
        NineBoxConfig defaults = NineBoxConfig.defaults();
        try {
            NineBoxConfig.Builder builder = NineBoxConfig.builder(text(map, "name", defaults.name(), source),
                    text(map, "version", defaults.version(), source));
            String numbering = text(map, "numbering", "asn", source);
            builder.numbering(switch (numbering) {
                case "asn" -> BoxNumbering.asn();
                case "generic-hr" -> BoxNumbering.genericHr();
                default -> throw new DataFormatException(source, 0, 0, "numbering \"" + numbering
                        + "\" is not one of \"asn\", \"generic-hr\"");
            });
            if (map.get("performanceBands") != null) {
                builder.performanceBands(bands(object(map, "performanceBands", source), source));
            }
            if (map.get("potentialBands") != null) {
                builder.potentialBands(bands(object(map, "potentialBands", source), source));
            }
            if (map.get("potentialWeights") != null) {
                Map<?, ?> w = object(map, "potentialWeights", source);
                builder.potentialWeights(PotentialWeights.of(number(w, "competencyJpm", source),
                        number(w, "potentialJpm", source), number(w, "qualification", source),
                        number(w, "integrity", source)));
            }
            if (map.get("talentWeights") != null) {
                Map<?, ?> w = object(map, "talentWeights", source);
                builder.talentWeights(TalentWeights.of(number(w, "performance", source), number(w, "potential", source)));
            }
            if (map.get("performanceWeights") != null) {
                Map<?, ?> w = object(map, "performanceWeights", source);
                builder.performanceWeights(PerformanceWeights.of(number(w, "primary", source),
                        number(w, "reinforcing", source)));
            }
            if (map.get("predicateScores") != null) {
                for (Map.Entry<?, ?> e : object(map, "predicateScores", source).entrySet()) {
                    builder.predicateScore(PerformancePredicate.fromCode(String.valueOf(e.getKey())),
                            number(object(map, "predicateScores", source), String.valueOf(e.getKey()), source));
                }
            }
            if (map.get("predicateLevels") != null) {
                for (Map.Entry<?, ?> e : object(map, "predicateLevels", source).entrySet()) {
                    builder.predicateLevel(PerformancePredicate.fromCode(String.valueOf(e.getKey())),
                            AxisLevel.fromCode(String.valueOf(e.getValue())));
                }
            }
            if (map.get("nearBoundaryThreshold") != null) {
                builder.nearBoundaryThreshold(number(map, "nearBoundaryThreshold", source));
            }
            return builder.build();
        } catch (DataFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, 0, 0, e.getMessage());
        }
    }

    private static AxisBands bands(Map<?, ?> map, String source) {
        return AxisBands.of(number(map, "middleFrom", source), number(map, "highFrom", source));
    }

    private static Map<?, ?> object(Map<?, ?> map, String key, String source) {
        if (!(map.get(key) instanceof Map<?, ?> value)) {
            throw new DataFormatException(source, 0, 0, "\"" + key + "\" must be an object");
        }
        return value;
    }

    private static double number(Map<?, ?> map, String key, String source) {
        if (!(map.get(key) instanceof Double value)) {
            throw new DataFormatException(source, 0, 0, "\"" + key + "\" must be a number");
        }
        return value;
    }

    private static String text(Map<?, ?> map, String key, String fallback, String source) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String s)) {
            throw new DataFormatException(source, 0, 0, "\"" + key + "\" must be a string");
        }
        return s;
    }
}
