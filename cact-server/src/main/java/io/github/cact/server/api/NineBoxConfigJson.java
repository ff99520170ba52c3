package io.github.cact.server.api;

import io.github.cact.ninebox.AxisBands;
import io.github.cact.ninebox.AxisLevel;
import io.github.cact.ninebox.BoxNumbering;
import io.github.cact.ninebox.NineBoxConfig;
import io.github.cact.ninebox.PerformancePredicate;
import io.github.cact.ninebox.PerformanceWeights;
import io.github.cact.ninebox.PotentialWeights;
import io.github.cact.ninebox.TalentWeights;
import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A nine-box configuration in the JSON form of {@code cact ninebox --config} (see docs/ninebox.md): every
 * key optional with the library's defaults, unknown keys refused, every error at its JSON pointer.
 */
final class NineBoxConfigJson {

    private static final Set<String> KEYS = Set.of("name", "version", "numbering", "performanceBands",
            "potentialBands", "potentialWeights", "talentWeights", "performanceWeights", "predicateScores",
            "predicateLevels", "nearBoundaryThreshold");

    private NineBoxConfigJson() {
    }

    static NineBoxConfig parse(Field root) {
        root.allowOnly(KEYS);
        String name = root.get("name").text(NineBoxConfig.DEFAULT_NAME);
        String version = root.get("version").text(NineBoxConfig.DEFAULT_VERSION);
        NineBoxConfig.Builder builder = located(root, () -> NineBoxConfig.builder(name, version));
        Field numbering = root.get("numbering");
        switch (numbering.text("asn")) {
            case "asn" -> builder.numbering(BoxNumbering.asn());
            case "generic-hr" -> builder.numbering(BoxNumbering.genericHr());
            default -> throw numbering.expected("\"asn\" or \"generic-hr\"");
        }
        if (root.get("performanceBands").present()) {
            builder.performanceBands(bands(root.get("performanceBands")));
        }
        if (root.get("potentialBands").present()) {
            builder.potentialBands(bands(root.get("potentialBands")));
        }
        Field potential = root.get("potentialWeights");
        if (potential.present()) {
            potential.allowOnly(Set.of("competencyJpm", "potentialJpm", "qualification", "integrity"));
            double competencyJpm = potential.get("competencyJpm").number();
            double potentialJpm = potential.get("potentialJpm").number();
            double qualification = potential.get("qualification").number();
            double integrity = potential.get("integrity").number();
            builder.potentialWeights(located(potential,
                    () -> PotentialWeights.of(competencyJpm, potentialJpm, qualification, integrity)));
        }
        Field talent = root.get("talentWeights");
        if (talent.present()) {
            talent.allowOnly(Set.of("performance", "potential"));
            double performance = talent.get("performance").number();
            double potentialWeight = talent.get("potential").number();
            builder.talentWeights(located(talent, () -> TalentWeights.of(performance, potentialWeight)));
        }
        Field performance = root.get("performanceWeights");
        if (performance.present()) {
            performance.allowOnly(Set.of("primary", "reinforcing"));
            double primary = performance.get("primary").number();
            double reinforcing = performance.get("reinforcing").number();
            builder.performanceWeights(located(performance, () -> PerformanceWeights.of(primary, reinforcing)));
        }
        Field scores = root.get("predicateScores");
        if (scores.present()) {
            for (Map.Entry<String, Field> score : scores.members()) {
                PerformancePredicate predicate = located(score.getValue(), () -> PerformancePredicate.fromCode(score.getKey()));
                double value = score.getValue().number();
                located(score.getValue(), () -> builder.predicateScore(predicate, value));
            }
        }
        Field levels = root.get("predicateLevels");
        if (levels.present()) {
            for (Map.Entry<String, Field> level : levels.members()) {
                PerformancePredicate predicate = located(level.getValue(), () -> PerformancePredicate.fromCode(level.getKey()));
                String code = level.getValue().text();
                builder.predicateLevel(predicate, located(level.getValue(), () -> AxisLevel.fromCode(code)));
            }
        }
        Field near = root.get("nearBoundaryThreshold");
        if (near.present()) {
            double threshold = near.number();
            located(near, () -> builder.nearBoundaryThreshold(threshold));
        }
        return located(root, builder::build);
    }

    private static AxisBands bands(Field bands) {
        bands.allowOnly(Set.of("middleFrom", "highFrom"));
        double middleFrom = bands.get("middleFrom").number();
        double highFrom = bands.get("highFrom").number();
        return located(bands, () -> AxisBands.of(middleFrom, highFrom));
    }

    /** Runs a library call, locating the {@link IllegalArgumentException} it may throw at {@code where}. */
    static <T> T located(Field where, Supplier<T> call) {
        try {
            return call.get();
        } catch (Problem e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw Problem.invalidField(where.pointer(), e.getMessage());
        }
    }
}
