package io.github.cact.ninebox;

import java.util.Arrays;

/** How many people of a group landed in each box, and how many were not placed. Immutable and thread-safe. */
public final class BoxCounts {

    private final int[] perBox;
    private final int unplaced;

    BoxCounts(int[] perBox, int unplaced) {
        this.perBox = perBox.clone();
        this.unplaced = unplaced;
    }

    /**
     * Returns the number of people in a box.
     *
     * @param box the box number, 1 to 9
     * @return the count
     * @throws IllegalArgumentException if box is outside 1–9
     */
    public int count(int box) {
        return perBox[BoxNumbering.checkBox(box) - 1];
    }

    /**
     * Returns the number of placed people.
     *
     * @return the sum over the nine boxes
     */
    public int placed() {
        int sum = 0;
        for (int c : perBox) {
            sum += c;
        }
        return sum;
    }

    /**
     * Returns the number of people not placed.
     *
     * @return the count
     */
    public int unplaced() {
        return unplaced;
    }

    /**
     * Returns the number of people in the group.
     *
     * @return placed plus unplaced
     */
    public int total() {
        return placed() + unplaced;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoxCounts other && unplaced == other.unplaced && Arrays.equals(perBox, other.perBox);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(perBox) + unplaced;
    }

    /** Lists boxes 1 to 9, then the unplaced count. */
    @Override
    public String toString() {
        return "BoxCounts" + Arrays.toString(perBox) + "+unplaced=" + unplaced;
    }
}
