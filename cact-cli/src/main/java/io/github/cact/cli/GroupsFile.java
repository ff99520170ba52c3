package io.github.cact.cli;

import io.github.cact.data.DataFormatException;
import io.github.cact.internal.text.CsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a groups file {@code id,group} for a comparison of two groups: every examinee of the responses
 * must have exactly one row, and every row an examinee; the reference and focal values must occur. Errors
 * are located by file, line and column.
 */
final class GroupsFile {

    /** The group code of an examinee in neither compared group. */
    static final int OTHER = -1;
    /** The group code of the reference group. */
    static final int REFERENCE = 0;
    /** The group code of the focal group. */
    static final int FOCAL = 1;

    private GroupsFile() {
    }

    /**
     * The group of each examinee, in the order of {@code examinees}: {@link #REFERENCE}, {@link #FOCAL} or
     * {@link #OTHER}.
     *
     * @param path the file
     * @param examinees the examinee ids of the responses
     * @param responsesName the responses' file name, for messages
     * @param reference the reference group's value
     * @param focal the focal group's value
     * @return the codes
     * @throws IOException if the file cannot be read
     * @throws DataFormatException for a malformed row, an unknown or missing examinee, or an absent group
     */
    static int[] read(Path path, List<String> examinees, String responsesName, String reference, String focal)
            throws IOException {
        Map<String, Integer> row = new HashMap<>();
        for (int e = 0; e < examinees.size(); e++) {
            row.put(examinees.get(e), e);
        }
        int[] groups = new int[examinees.size()];
        boolean[] seen = new boolean[examinees.size()];
        int[] counts = new int[2];
        try (CsvReader csv = CsvReader.open(path)) {
            Columns columns = new Columns(csv);
            int id = columns.required("id");
            int group = columns.required("group");
            Map<String, Integer> ids = new HashMap<>();
            while (csv.next()) {
                columns.checkWidth();
                String person = columns.id(id, ids);
                Integer e = row.get(person);
                if (e == null) {
                    throw csv.error(id, "examinee '" + person + "' is not in " + responsesName);
                }
                String value = csv.get(group);
                if (value.isEmpty()) {
                    throw csv.error(group, "'" + person + "': the group is empty");
                }
                seen[e] = true;
                groups[e] = value.equals(reference) ? REFERENCE : value.equals(focal) ? FOCAL : OTHER;
                if (groups[e] != OTHER) {
                    counts[groups[e]]++;
                }
            }
            for (int e = 0; e < seen.length; e++) {
                if (!seen[e]) {
                    throw new DataFormatException(csv.source(), 0, 0, "examinee '" + examinees.get(e) + "' of "
                            + responsesName + " has no row; every examinee needs a group");
                }
            }
            for (int g = 0; g < 2; g++) {
                if (counts[g] == 0) {
                    throw new DataFormatException(csv.source(), 0, group + 1, "no examinee is in the "
                            + (g == REFERENCE ? "reference group '" + reference : "focal group '" + focal) + "'");
                }
            }
        }
        return groups;
    }
}
