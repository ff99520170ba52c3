package io.github.cact.cli;

import io.github.cact.data.DataFormatException;
import io.github.cact.internal.text.CsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a groups file {@code id,group} for a comparison of two groups: every examinee of the responses must
 * have exactly one row, and every row must be an examinee of the responses; the reference and the focal
 * value must each be some examinee's group (other values are in neither group). Errors are located by file,
 * line and column.
 */
final class GroupsFile {

    private GroupsFile() {
    }

    /**
     * The group of each examinee.
     *
     * @param path the file
     * @param examinees the examinee ids of the responses
     * @param responsesName the responses' file name, for messages
     * @param reference the reference group's value
     * @param focal the focal group's value
     * @return the group by examinee id
     * @throws IOException if the file cannot be read
     * @throws DataFormatException for a malformed row, an unknown or missing examinee, or an absent group
     */
    static Map<String, String> read(Path path, List<String> examinees, String responsesName, String reference,
            String focal) throws IOException {
        Set<String> known = new HashSet<>(examinees);
        Map<String, String> groups = new HashMap<>();
        try (CsvReader csv = CsvReader.open(Inputs.existing(path, "--groups"))) {
            Columns columns = new Columns(csv);
            int id = columns.required("id");
            int group = columns.required("group");
            Map<String, Integer> lines = new HashMap<>();
            while (csv.next()) {
                columns.checkWidth();
                String person = columns.id(id, lines);
                if (!known.contains(person)) {
                    throw csv.error(id, "examinee '" + person + "' is not in " + responsesName);
                }
                String value = csv.get(group);
                if (value.isEmpty()) {
                    throw csv.error(group, "'" + person + "': the group is empty");
                }
                groups.put(person, value);
            }
            for (String person : examinees) {
                if (!groups.containsKey(person)) {
                    throw new DataFormatException(csv.source(), 0, 0, "examinee '" + person + "' of " + responsesName
                            + " has no row; every examinee needs a group");
                }
            }
            for (String value : List.of(reference, focal)) {
                if (!groups.containsValue(value)) {
                    throw new DataFormatException(csv.source(), 0, group + 1, "no examinee is in the "
                            + (value.equals(reference) ? "reference" : "focal") + " group '" + value + "'");
                }
            }
        }
        return groups;
    }
}
