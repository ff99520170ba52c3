package io.github.cact.competency;

import io.github.cact.data.DataFormatException;
import io.github.cact.internal.CsvReader;
import io.github.cact.internal.Json;
import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads position standards from CSV and JSON; see {@link StandardProfile} for the formats. */
final class StandardReader {

    private StandardReader() {
    }

    static Map<String, PositionStandard> csv(Reader reader, String source, CompetencyFramework framework)
            throws IOException {
        CsvReader csv = CsvReader.of(reader, source);
        int width = csv.header().size();
        if (width == 0 || !csv.header().get(0).toLowerCase(Locale.ROOT).equals("position")) {
            throw csv.error(0, "the first column must be 'position', found '"
                    + (width == 0 ? "" : csv.header().get(0)) + "'");
        }
        String[] codes = new String[width];
        Map<String, Integer> columnOf = new HashMap<>();
        for (int c = 1; c < width; c++) {
            String code = csv.header().get(c);
            if (!framework.contains(code)) {
                throw csv.error(c, "unknown competency code '" + code + "' in the header; framework '"
                        + framework.name() + "' has " + String.join(", ", framework.codes()));
            }
            Integer earlier = columnOf.putIfAbsent(code, c);
            if (earlier != null) {
                throw csv.error(c, "competency '" + code + "' has a second column (first in column "
                        + (earlier + 1) + ")");
            }
            codes[c] = code;
        }
        for (Competency competency : framework.competencies()) {
            if (!columnOf.containsKey(competency.code())) {
                throw csv.error(-1, "missing column for competency '" + competency.code() + "' ("
                        + competency.nameId() + ")");
            }
        }
        Map<String, PositionStandard> standards = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        while (csv.next()) {
            if (csv.size() != width) {
                throw csv.error(-1, "expected " + width + " cells as in the header, found " + csv.size());
            }
            String position = csv.get(0);
            if (position.isEmpty()) {
                throw csv.error(0, "the position is empty");
            }
            Integer earlier = lineOf.putIfAbsent(position, csv.line());
            if (earlier != null) {
                throw csv.error(0, "duplicate position '" + position + "' (first on line " + earlier + ")");
            }
            Map<String, Integer> levels = new HashMap<>();
            for (int c = 1; c < width; c++) {
                String cell = csv.get(c);
                String place = "position '" + position + "', competency '" + codes[c] + "': ";
                int level;
                try {
                    level = Integer.parseInt(cell);
                } catch (NumberFormatException e) {
                    throw csv.error(c, place + "level '" + cell + "' is not a whole number 1..5");
                }
                if (level < Levels.MIN || level > Levels.MAX) {
                    throw csv.error(c, place + "level " + level + " is outside 1..5");
                }
                levels.put(codes[c], level);
            }
            standards.put(position, PositionStandard.of(position, framework, levels));
        }
        if (standards.isEmpty()) {
            throw new DataFormatException(source, 0, 0, "no position rows after the header");
        }
        return standards;
    }

    /** Fills {@code standards} and returns the profile name. */
    static String json(String text, String source, CompetencyFramework framework,
            Map<String, PositionStandard> standards) {
        Object root = Json.parse(text, source);
        if (!(root instanceof Map<?, ?> top)) {
            throw new DataFormatException(source, 0, 0, "expected a JSON object with \"positions\"");
        }
        for (Object key : top.keySet()) {
            if (!"name".equals(key) && !"positions".equals(key)) {
                throw new DataFormatException(source, 0, 0, "unknown key \"" + key
                        + "\"; expected \"name\" and \"positions\"");
            }
        }
        Object name = top.get("name");
        if (name != null && !(name instanceof String s && !s.isBlank())) {
            throw new DataFormatException(source, 0, 0, "\"name\" must be a non-blank string");
        }
        if (!(top.get("positions") instanceof Map<?, ?> positions) || positions.isEmpty()) {
            throw new DataFormatException(source, 0, 0, "expected a non-empty object \"positions\"");
        }
        for (Map.Entry<?, ?> e : positions.entrySet()) {
            String position = (String) e.getKey();
            if (position.isBlank()) {
                throw new DataFormatException(source, 0, 0, "a position key is blank");
            }
            PositionStandard standard;
            try {
                standard = position(position, e.getValue(), source, framework);
            } catch (DataFormatException ex) {
                throw ex;
            } catch (IllegalArgumentException ex) {
                throw new DataFormatException(source, 0, 0, ex.getMessage());
            }
            if (standards.putIfAbsent(standard.position(), standard) != null) {
                throw new DataFormatException(source, 0, 0, "duplicate position '" + standard.position() + "'");
            }
        }
        return name == null ? source : ((String) name).strip();
    }

    private static PositionStandard position(String position, Object value, String source,
            CompetencyFramework framework) {
        if (value instanceof Double d) {
            return PositionStandard.uniform(position, framework, level(d, "position '" + position + "'", source));
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new DataFormatException(source, 0, 0, "position '" + position
                    + "': expected an object of levels by competency code, or one level");
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String place = "position '" + position + "', competency '" + e.getKey() + "'";
            if (!(e.getValue() instanceof Double d)) {
                throw new DataFormatException(source, 0, 0, place + ": level " + e.getValue()
                        + " is not a number");
            }
            levels.put((String) e.getKey(), level(d, place, source));
        }
        return PositionStandard.of(position, framework, Collections.unmodifiableMap(levels));
    }

    private static int level(double value, String place, String source) {
        if (value != Math.rint(value) || value < Levels.MIN || value > Levels.MAX) {
            throw new DataFormatException(source, 0, 0, place + ": level " + value
                    + " is not a whole number in 1..5");
        }
        return (int) value;
    }
}
