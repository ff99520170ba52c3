package io.github.cact.competency;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The standard (required) level 1..5 of every competency of a framework for one position
 * (PermenPANRB 38/2017, standar kompetensi jabatan).
 *
 * <p>Immutable and thread-safe. Equal when position, framework and levels are equal.
 */
public final class PositionStandard {

    private final String position;
    private final CompetencyFramework framework;
    private final int[] levels;

    private PositionStandard(String position, CompetencyFramework framework, int[] levels) {
        this.position = position;
        this.framework = framework;
        this.levels = levels;
    }

    /**
     * Creates a standard from a level per competency.
     *
     * @param position the position key, non-blank, e.g. {@code "ADMINISTRATOR"}
     * @param framework the competencies the standard covers
     * @param levels competency code → required level 1..5, for every competency of the framework and no
     *     other
     * @return the standard
     * @throws IllegalArgumentException naming the position and the competency: a level outside 1..5, an
     *     unknown code, or a missing competency
     */
    public static PositionStandard of(String position, CompetencyFramework framework, Map<String, Integer> levels) {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(levels, "levels");
        String key = checkPosition(position);
        int[] values = new int[framework.size()];
        for (Map.Entry<String, Integer> e : levels.entrySet()) {
            if (!framework.contains(e.getKey())) {
                throw new IllegalArgumentException("position '" + key + "': unknown competency code '" + e.getKey()
                        + "'; framework '" + framework.name() + "' has " + String.join(", ", framework.codes()));
            }
            Objects.requireNonNull(e.getValue(), "level of " + e.getKey());
            values[framework.indexOf(e.getKey())] = Levels.check(e.getValue(),
                    "position '" + key + "', competency '" + e.getKey() + "'");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == 0) {
                Competency c = framework.competencies().get(i);
                throw new IllegalArgumentException("position '" + key + "': no standard level for competency '"
                        + c.code() + "' (" + c.nameId() + ")");
            }
        }
        return new PositionStandard(key, framework, values);
    }

    /**
     * Creates a standard with the same level for every competency.
     *
     * @param position the position key, non-blank
     * @param framework the competencies the standard covers
     * @param level the required level 1..5
     * @return the standard
     * @throws IllegalArgumentException for a level outside 1..5, naming the position
     */
    public static PositionStandard uniform(String position, CompetencyFramework framework, int level) {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(framework, "framework");
        String key = checkPosition(position);
        Levels.check(level, "position '" + key + "'");
        int[] values = new int[framework.size()];
        Arrays.fill(values, level);
        return new PositionStandard(key, framework, values);
    }

    private static String checkPosition(String position) {
        if (position.isBlank()) {
            throw new IllegalArgumentException("a position key must not be blank");
        }
        return position.strip();
    }

    /**
     * Returns the position key.
     *
     * @return e.g. {@code "ADMINISTRATOR"}
     */
    public String position() {
        return position;
    }

    /**
     * Returns the framework.
     *
     * @return the competencies covered
     */
    public CompetencyFramework framework() {
        return framework;
    }

    /**
     * Returns the required level of a competency.
     *
     * @param code a competency code of the framework
     * @return 1..5
     * @throws IllegalArgumentException for an unknown code, naming it
     */
    public int required(String code) {
        return levels[framework.indexOf(code)];
    }

    /** The required level at a framework index. */
    int requiredAt(int index) {
        return levels[index];
    }

    /**
     * Returns the required levels.
     *
     * @return competency code → level, in framework order; unmodifiable
     */
    public Map<String, Integer> levels() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < levels.length; i++) {
            map.put(framework.competencies().get(i).code(), levels[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns Σ of the required levels, the denominator of JPM.
     *
     * @return the total
     */
    public int total() {
        int sum = 0;
        for (int level : levels) {
            sum += level;
        }
        return sum;
    }

    /**
     * Overrides one competency's level, e.g. Integritas one level above the rest.
     *
     * @param code a competency code of the framework
     * @param level the new required level 1..5
     * @return a new standard
     * @throws IllegalArgumentException for an unknown code or a level outside 1..5, naming position and
     *     competency
     */
    public PositionStandard withLevel(String code, int level) {
        Objects.requireNonNull(code, "code");
        int i = framework.indexOf(code);
        Levels.check(level, "position '" + position + "', competency '" + code + "'");
        int[] copy = levels.clone();
        copy[i] = level;
        return new PositionStandard(position, framework, copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PositionStandard s && position.equals(s.position) && framework.equals(s.framework)
                && Arrays.equals(levels, s.levels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, framework, Arrays.hashCode(levels));
    }

    @Override
    public String toString() {
        return "PositionStandard[" + position + " " + levels() + "]";
    }
}
