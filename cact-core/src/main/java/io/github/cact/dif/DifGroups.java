package io.github.cact.dif;

import io.github.cact.data.ResponseMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which examinees of a response matrix form the reference group and which the focal group. Each row has a
 * group label; rows whose label is neither the reference nor the focal label (a third group) take part in
 * no DIF test and are counted by {@link #otherCount()}. Immutable and thread-safe; {@link #toString()} shows
 * labels and counts only.
 */
public final class DifGroups {

    private static final byte OTHER = -1;
    private static final byte REFERENCE = 0;
    private static final byte FOCAL = 1;

    private final String reference;
    private final String focal;
    private final byte[] group;
    private final int referenceCount;
    private final int focalCount;

    private DifGroups(String reference, String focal, byte[] group) {
        this.reference = reference;
        this.focal = focal;
        this.group = group;
        int r = 0;
        int f = 0;
        for (byte g : group) {
            if (g == REFERENCE) {
                r++;
            } else if (g == FOCAL) {
                f++;
            }
        }
        this.referenceCount = r;
        this.focalCount = f;
    }

    /**
     * The groups of a matrix's examinees from a map of examinee id to group label (e.g. read from an
     * {@code id,group} file).
     *
     * @param data the responses
     * @param groupById examinee id → group label; every examinee of {@code data} needs an entry, ids of
     *     other examinees are not used
     * @param reference the label of the reference group, non-blank
     * @param focal the label of the focal group, non-blank and different from the reference label
     * @return the groups, row by row
     * @throws IllegalArgumentException if a label is blank, the labels are equal, or an examinee has no
     *     group (naming the first such examinees and how many there are)
     */
    public static DifGroups of(ResponseMatrix data, Map<String, String> groupById, String reference,
            String focal) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(groupById, "groupById");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(focal, "focal");
        List<String> labels = new ArrayList<>(data.examinees());
        List<String> without = new ArrayList<>();
        int missing = 0;
        for (int e = 0; e < data.examinees(); e++) {
            String label = groupById.get(data.examineeId(e));
            if (label == null) {
                missing++;
                if (without.size() < 5) {
                    without.add("'" + data.examineeId(e) + "' (row " + (e + 1) + ")");
                }
            }
            labels.add(label);
        }
        if (missing > 0) {
            throw new IllegalArgumentException(missing + " examinee(s) have no group: " + String.join(", ", without)
                    + (missing > without.size() ? ", ..." : "") + "; give every examinee a group");
        }
        return ofRows(labels, reference, focal);
    }

    /**
     * The groups from one label per row of the response matrix.
     *
     * @param labels the group label of each row, in row order, none null
     * @param reference the label of the reference group, non-blank
     * @param focal the label of the focal group, non-blank and different from the reference label
     * @return the groups
     * @throws IllegalArgumentException if a label is blank or the two labels are equal
     * @throws NullPointerException if a row's label is null
     */
    public static DifGroups ofRows(List<String> labels, String reference, String focal) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(focal, "focal");
        if (reference.isBlank() || focal.isBlank()) {
            throw new IllegalArgumentException("the reference and focal group labels must not be blank, got '"
                    + reference + "' and '" + focal + "'");
        }
        if (reference.equals(focal)) {
            throw new IllegalArgumentException("the reference and focal groups are both '" + reference
                    + "'; name two different groups");
        }
        byte[] group = new byte[labels.size()];
        for (int e = 0; e < group.length; e++) {
            String label = Objects.requireNonNull(labels.get(e), "the group label of row " + (e + 1));
            group[e] = label.equals(reference) ? REFERENCE : label.equals(focal) ? FOCAL : OTHER;
        }
        return new DifGroups(reference, focal, group);
    }

    /**
     * Returns the label of the reference group.
     *
     * @return the label
     */
    public String reference() {
        return reference;
    }

    /**
     * Returns the label of the focal group.
     *
     * @return the label
     */
    public String focal() {
        return focal;
    }

    /**
     * Returns the number of rows.
     *
     * @return the row count
     */
    public int examinees() {
        return group.length;
    }

    /**
     * Returns the number of rows in the reference group.
     *
     * @return the count
     */
    public int referenceCount() {
        return referenceCount;
    }

    /**
     * Returns the number of rows in the focal group.
     *
     * @return the count
     */
    public int focalCount() {
        return focalCount;
    }

    /**
     * Returns the number of rows in neither group (they take part in no test).
     *
     * @return the count
     */
    public int otherCount() {
        return group.length - referenceCount - focalCount;
    }

    /**
     * Tells whether a row is in the reference group.
     *
     * @param row the row, 0-based
     * @return true for the reference group
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public boolean isReference(int row) {
        return group[row] == REFERENCE;
    }

    /**
     * Tells whether a row is in the focal group.
     *
     * @param row the row, 0-based
     * @return true for the focal group
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public boolean isFocal(int row) {
        return group[row] == FOCAL;
    }

    /** @return 0 reference, 1 focal, −1 neither */
    int code(int row) {
        return group[row];
    }

    @Override
    public String toString() {
        return "DifGroups[reference '" + reference + "' " + referenceCount + ", focal '" + focal + "' "
                + focalCount + ", other " + otherCount() + "]";
    }
}
