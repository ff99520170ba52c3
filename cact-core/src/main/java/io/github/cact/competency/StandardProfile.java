package io.github.cact.competency;

import io.github.cact.internal.text.JsonCursor;
import io.github.cact.internal.text.Utf8Input;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named set of position standards over one framework: the shipped common defaults ({@link #common()}),
 * an agency's own table read from CSV or JSON, or either with overrides per position
 * ({@link #with(PositionStandard)}, {@link #overriddenBy(StandardProfile)}) and per competency
 * ({@link #withLevel(String, String, int)}).
 *
 * <p><b>CSV</b> ({@link #readCsv(Reader, String, CompetencyFramework)}): a header {@code position,<code>...}
 * with a column for every competency of the framework in any order, then one row per position with a
 * whole-number level 1..5 in every cell; separators {@code ,} {@code ;} or tab.
 *
 * <p><b>JSON</b> ({@link #parseJson(String, String, CompetencyFramework)}):
 * {@code {"name": "...", "positions": {"ADMINISTRATOR": {"M1": 4, "M2": 3, ...}, "PELAKSANA": 1}}} where a
 * position maps to an object with a level for every competency, or to one number applied to all of them;
 * {@code name} is optional (default: the source name).
 *
 * <p>Immutable and thread-safe. Equal when name, framework and standards are equal.
 */
public final class StandardProfile {

    /** Position key of Jabatan Pimpinan Tinggi Utama. */
    public static final String JPT_UTAMA = "JPT_UTAMA";
    /** Position key of Jabatan Pimpinan Tinggi Madya. */
    public static final String JPT_MADYA = "JPT_MADYA";
    /** Position key of Jabatan Pimpinan Tinggi Pratama. */
    public static final String JPT_PRATAMA = "JPT_PRATAMA";
    /** Position key of Jabatan Administrator. */
    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    /** Position key of Jabatan Pengawas. */
    public static final String PENGAWAS = "PENGAWAS";
    /** Position key of Jabatan Pelaksana. */
    public static final String PELAKSANA = "PELAKSANA";
    /** Position key of Jabatan Fungsional Ahli Utama. */
    public static final String JF_AHLI_UTAMA = "JF_AHLI_UTAMA";
    /** Position key of Jabatan Fungsional Ahli Madya. */
    public static final String JF_AHLI_MADYA = "JF_AHLI_MADYA";
    /** Position key of Jabatan Fungsional Ahli Muda. */
    public static final String JF_AHLI_MUDA = "JF_AHLI_MUDA";
    /** Position key of Jabatan Fungsional Ahli Pertama. */
    public static final String JF_AHLI_PERTAMA = "JF_AHLI_PERTAMA";
    /** Position key of Jabatan Fungsional Penyelia. */
    public static final String JF_PENYELIA = "JF_PENYELIA";
    /** Position key of Jabatan Fungsional Mahir. */
    public static final String JF_MAHIR = "JF_MAHIR";
    /** Position key of Jabatan Fungsional Terampil. */
    public static final String JF_TERAMPIL = "JF_TERAMPIL";
    /** Position key of Jabatan Fungsional Pemula. */
    public static final String JF_PEMULA = "JF_PEMULA";

    /** The name of the shipped common profile. */
    public static final String COMMON_NAME = "common";

    private static final Map<String, Integer> COMMON_LEVELS = commonLevels();

    private final String name;
    private final CompetencyFramework framework;
    private final Map<String, PositionStandard> standards;

    private StandardProfile(String name, CompetencyFramework framework, Map<String, PositionStandard> standards) {
        this.name = name;
        this.framework = framework;
        this.standards = standards;
    }

    private static Map<String, Integer> commonLevels() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(JPT_UTAMA, 5);
        m.put(JPT_MADYA, 4);
        m.put(JPT_PRATAMA, 4);
        m.put(ADMINISTRATOR, 3);
        m.put(PENGAWAS, 2);
        m.put(PELAKSANA, 1);
        m.put(JF_AHLI_UTAMA, 5);
        m.put(JF_AHLI_MADYA, 4);
        m.put(JF_AHLI_MUDA, 3);
        m.put(JF_AHLI_PERTAMA, 2);
        m.put(JF_PENYELIA, 3);
        m.put(JF_MAHIR, 2);
        m.put(JF_TERAMPIL, 2);
        m.put(JF_PEMULA, 1);
        return Collections.unmodifiableMap(m);
    }

    /**
     * The commonly used standards (docs/regulations.md#position-standards) over the PermenPANRB 38/2017
     * framework; see {@link #common(CompetencyFramework)}.
     *
     * @return the profile named {@value #COMMON_NAME}
     */
    public static StandardProfile common() {
        return common(CompetencyFramework.permenPanRb38());
    }

    /**
     * The commonly used standards, the same level for every competency of a position: JPT Utama 5; JPT Madya
     * and JPT Pratama 4; Administrator 3; Pengawas 2; Pelaksana 1; JF Ahli Utama / Madya / Muda / Pertama
     * 5 / 4 / 3 / 2; JF Penyelia 3, JF Mahir and JF Terampil 2, JF Pemula 1 (docs/regulations.md#position-standards,
     * read as "Penyelia / Mahir, Terampil / Pemula = 3 / 2 / 1"). These are common practice, not a regulation's
     * table: agencies override them per position and competency.
     *
     * @param framework the competencies the standards cover
     * @return the profile named {@value #COMMON_NAME}, positions in the order above
     */
    public static StandardProfile common(CompetencyFramework framework) {
        Objects.requireNonNull(framework, "framework");
        Map<String, PositionStandard> map = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : COMMON_LEVELS.entrySet()) {
            map.put(e.getKey(), PositionStandard.uniform(e.getKey(), framework, e.getValue()));
        }
        return new StandardProfile(COMMON_NAME, framework, Collections.unmodifiableMap(map));
    }

    /**
     * Creates a profile.
     *
     * @param name a non-blank name
     * @param framework the framework of every standard
     * @param standards at least one, with distinct positions
     * @return the profile
     * @throws IllegalArgumentException for a blank name, no standard, a standard on another framework or a
     *     duplicate position, naming it
     */
    public static StandardProfile of(String name, CompetencyFramework framework, List<PositionStandard> standards) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(standards, "standards");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a standard profile needs a non-blank name");
        }
        if (standards.isEmpty()) {
            throw new IllegalArgumentException("standard profile '" + name + "' has no position");
        }
        Map<String, PositionStandard> map = new LinkedHashMap<>();
        for (PositionStandard s : standards) {
            checkFramework(framework, s);
            if (map.putIfAbsent(s.position(), s) != null) {
                throw new IllegalArgumentException("standard profile '" + name + "': duplicate position '"
                        + s.position() + "'");
            }
        }
        return new StandardProfile(name.strip(), framework, Collections.unmodifiableMap(map));
    }

    private static void checkFramework(CompetencyFramework framework, PositionStandard s) {
        if (!s.framework().equals(framework)) {
            throw new IllegalArgumentException("position '" + s.position() + "' is on framework '"
                    + s.framework().name() + "', not '" + framework.name() + "'");
        }
    }

    /**
     * Reads a profile from a UTF-8 CSV file; the profile is named after the file.
     *
     * @param path the file
     * @param framework the framework whose codes head the columns
     * @return the profile
     * @throws IOException if the file cannot be read
     * @throws io.github.cact.data.DataFormatException naming file, line, column, position and competency
     */
    public static StandardProfile readCsv(Path path, CompetencyFramework framework) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(framework, "framework");
        String source = String.valueOf(path.getFileName());
        try (Reader reader = Utf8Input.of(Files.newInputStream(path), source)) {
            return readCsv(reader, source, framework);
        }
    }

    /**
     * Reads a profile from CSV text (format in the class comment); the profile is named after the source.
     *
     * @param reader the text; not closed
     * @param source the name used in errors and as the profile name
     * @param framework the framework whose codes head the columns
     * @return the profile
     * @throws IOException if the text cannot be read
     * @throws io.github.cact.data.DataFormatException naming source, line, column, position and
     *     competency: an unknown or repeated competency column, a missing competency column, a duplicate
     *     or blank position, a level that is not a whole number in 1..5, a row of the wrong length, or no
     *     row
     */
    public static StandardProfile readCsv(Reader reader, String source, CompetencyFramework framework)
            throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(framework, "framework");
        return new StandardProfile(source, framework, StandardReader.csv(reader, source, framework));
    }

    /**
     * Reads a profile from a UTF-8 JSON file.
     *
     * @param path the file
     * @param framework the framework of the standards
     * @return the profile
     * @throws IOException if the file cannot be read
     * @throws io.github.cact.data.DataFormatException naming file, JSON path, position and competency
     *     (or line and column of a syntax or encoding error)
     */
    public static StandardProfile readJson(Path path, CompetencyFramework framework) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(framework, "framework");
        return parse(JsonCursor.parseFile(path), framework);
    }

    /**
     * Parses a profile from JSON text (format in the class comment).
     *
     * @param json the text
     * @param source the name used in errors and as the default profile name
     * @param framework the framework of the standards
     * @return the profile
     * @throws io.github.cact.data.DataFormatException naming source (with line and column for syntax
     *     errors), position and competency: an unknown or missing competency, a level that is not a whole
     *     number in 1..5, a missing {@code positions} object, or an unknown key
     */
    public static StandardProfile parseJson(String json, String source, CompetencyFramework framework) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(framework, "framework");
        return parse(JsonCursor.parse(json, source), framework);
    }

    private static StandardProfile parse(JsonCursor root, CompetencyFramework framework) {
        Map<String, PositionStandard> standards = new LinkedHashMap<>();
        String name = StandardReader.json(root, framework, standards);
        return new StandardProfile(name == null ? root.source() : name, framework,
                Collections.unmodifiableMap(standards));
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the framework.
     *
     * @return the framework of every standard
     */
    public CompetencyFramework framework() {
        return framework;
    }

    /**
     * Returns the position keys in order.
     *
     * @return an unmodifiable list
     */
    public List<String> positions() {
        return List.copyOf(standards.keySet());
    }

    /**
     * Tells whether the profile has a position.
     *
     * @param position a position key
     * @return true if it has a standard for it
     */
    public boolean contains(String position) {
        return standards.containsKey(Objects.requireNonNull(position, "position"));
    }

    /**
     * Returns the standard of a position.
     *
     * @param position a position key
     * @return its standard
     * @throws IllegalArgumentException for an unknown position, naming it and the known ones
     */
    public PositionStandard standard(String position) {
        PositionStandard s = standards.get(Objects.requireNonNull(position, "position"));
        if (s == null) {
            throw new IllegalArgumentException("standard profile '" + name + "' has no position '" + position
                    + "'; it has " + String.join(", ", standards.keySet()));
        }
        return s;
    }

    /**
     * Adds a position or replaces its standard.
     *
     * @param standard the standard, on this profile's framework
     * @return a new profile with the same name
     * @throws IllegalArgumentException for a standard on another framework
     */
    public StandardProfile with(PositionStandard standard) {
        Objects.requireNonNull(standard, "standard");
        checkFramework(framework, standard);
        Map<String, PositionStandard> map = new LinkedHashMap<>(standards);
        map.put(standard.position(), standard);
        return new StandardProfile(name, framework, Collections.unmodifiableMap(map));
    }

    /**
     * Overrides one competency's level for one position.
     *
     * @param position a position of this profile
     * @param code a competency code
     * @param level the new required level 1..5
     * @return a new profile with the same name
     * @throws IllegalArgumentException for an unknown position or code, or a level outside 1..5
     */
    public StandardProfile withLevel(String position, String code, int level) {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(code, "code");
        return with(standard(position).withLevel(code, level));
    }

    /**
     * Overrides positions: the standards of {@code other} replace or add to this profile's.
     *
     * @param other a profile on the same framework, e.g. an agency's file over {@link #common()}
     * @return a new profile named {@code this.name + "+" + other.name}
     * @throws IllegalArgumentException if the frameworks differ
     */
    public StandardProfile overriddenBy(StandardProfile other) {
        Objects.requireNonNull(other, "other");
        if (!other.framework.equals(framework)) {
            throw new IllegalArgumentException("profile '" + other.name + "' is on framework '"
                    + other.framework.name() + "', not '" + framework.name() + "'");
        }
        Map<String, PositionStandard> map = new LinkedHashMap<>(standards);
        map.putAll(other.standards);
        return new StandardProfile(name + "+" + other.name, framework, Collections.unmodifiableMap(map));
    }

    /**
     * Returns all standards.
     *
     * @return the standards in position order; unmodifiable
     */
    public List<PositionStandard> standards() {
        return List.copyOf(standards.values());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StandardProfile p && name.equals(p.name) && framework.equals(p.framework)
                && standards.equals(p.standards);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, framework, standards);
    }

    @Override
    public String toString() {
        return "StandardProfile[" + name + ", " + standards.size() + " positions]";
    }
}
