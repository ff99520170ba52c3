package io.github.cact.cli;

import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.StandardProfile;
import io.github.cact.internal.text.CsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Competency levels given directly, from a CSV file {@code id,position,<code>...}: one row per person,
 * the position a key of the standards, one level 1..5 per competency of the standards. A column that is
 * neither {@code id}, {@code position} nor a competency of the standards is refused, so that a misspelt
 * code is never silently ignored. The whole file is read before anything is written.
 */
final class LevelsFile {

    /** One person's row. */
    record Person(String id, String position, Map<String, Integer> levels) {
    }

    private LevelsFile() {
    }

    static List<Person> read(Path path, StandardProfile profile, String standardsName) throws IOException {
        CompetencyFramework framework = profile.framework();
        try (CsvReader csv = CsvReader.open(path)) {
            Columns columns = new Columns(csv);
            int id = columns.required("id");
            int position = columns.required("position");
            Map<String, Integer> codeColumns = new LinkedHashMap<>();
            for (String code : framework.codes()) {
                int column = columns.optional(code.toLowerCase(Locale.ROOT));
                if (column < 0) {
                    throw csv.error(-1, "the header has no column for competency " + code + "; " + standardsName
                            + " requires " + framework.codes());
                }
                codeColumns.put(code, column);
            }
            for (int c = 0; c < csv.header().size(); c++) {
                if (c != id && c != position && !codeColumns.containsValue(c)) {
                    throw csv.error(c, "column '" + csv.header().get(c) + "' is not a competency of "
                            + standardsName + "; expected id, position and " + framework.codes());
                }
            }
            Map<String, Integer> seen = new HashMap<>();
            List<Person> people = new ArrayList<>();
            while (csv.next()) {
                columns.checkWidth();
                String personId = columns.id(id, seen);
                String positionName = csv.get(position);
                if (!profile.contains(positionName)) {
                    throw csv.error(position, "'" + personId + "': position '" + positionName + "' is not in "
                            + standardsName + "; it has " + profile.positions());
                }
                Map<String, Integer> levels = new LinkedHashMap<>();
                for (Map.Entry<String, Integer> entry : codeColumns.entrySet()) {
                    levels.put(entry.getKey(), level(csv, entry.getValue(), personId, entry.getKey()));
                }
                people.add(new Person(personId, positionName, levels));
            }
            if (people.isEmpty()) {
                throw csv.error(-1, "the file has a header but no people");
            }
            return people;
        }
    }

    private static int level(CsvReader csv, int column, String personId, String code) {
        String text = csv.get(column);
        if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '5') {
            return text.charAt(0) - '0';
        }
        throw csv.error(column, "'" + personId + "': level of " + code + " is '" + text
                + "'; expected a whole number 1..5");
    }
}
