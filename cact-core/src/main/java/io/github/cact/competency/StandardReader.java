package io.github.cact.competency;

import io.github.cact.data.DataFormatException;
import io.github.cact.internal.text.CsvReader;
import io.github.cact.internal.text.JsonCursor;
import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
            try {
                standards.put(position, PositionStandard.of(position, framework, levels));
            } catch (IllegalArgumentException e) {
                throw csv.error(0, e.getMessage());
            }
        }
        if (standards.isEmpty()) {
            throw new DataFormatException(source, 1, 0, "no position rows after the header");
        }
        return standards;
    }

    /** Fills {@code standards} and returns the profile name. */
    static String json(JsonCursor root, CompetencyFramework framework, Map<String, PositionStandard> standards) {
        root.allowOnly(List.of("name", "positions"));
        JsonCursor name = root.get("name");
        String profileName = name.isNull() ? null : name.nonBlankString().strip();
        JsonCursor positions = root.get("positions");
        if (positions.object().isEmpty()) {
            throw positions.expected("at least one position");
        }
        for (JsonCursor entry : positions.members()) {
            String position = entry.key();
            if (position.isBlank()) {
                throw entry.error("a position key is blank");
            }
            PositionStandard standard;
            try {
                standard = entry.isNumber()
                        ? PositionStandard.uniform(position, framework, level(entry))
                        : PositionStandard.of(position, framework, levels(entry, framework));
            } catch (DataFormatException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw entry.error(e.getMessage());
            }
            if (standards.putIfAbsent(standard.position(), standard) != null) {
                throw entry.error("duplicate position '" + standard.position() + "'");
            }
        }
        return profileName;
    }

    private static Map<String, Integer> levels(JsonCursor entry, CompetencyFramework framework) {
        if (!entry.isObject()) {
            throw entry.expected("an object of levels by competency code, or one level 1..5");
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (JsonCursor level : entry.members()) {
            if (!framework.contains(level.key())) {
                throw level.error("unknown competency code '" + level.key() + "'; framework '" + framework.name()
                        + "' has " + String.join(", ", framework.codes()));
            }
            levels.put(level.key(), level(level));
        }
        return Collections.unmodifiableMap(levels);
    }

    private static int level(JsonCursor value) {
        return value.integer(Levels.MIN, Levels.MAX);
    }
}
