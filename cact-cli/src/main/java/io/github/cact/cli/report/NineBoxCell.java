package io.github.cact.cli.report;

import java.util.List;

/**
 * One box of the nine-box talent grid (numbering of PermenPANRB 3/2020: anti-diagonals, box 9 top right).
 *
 * @param box            the box number, 1..9
 * @param count          how many people are placed in the box
 * @param names          names of some of them, in display order; the report shows the first few
 * @param recommendation the recommended follow-up (rekomendasi), shown as hover text; empty for none
 */
public record NineBoxCell(int box, int count, List<String> names, String recommendation) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if a component or a name is null
     * @throws IllegalArgumentException if the box is not 1..9, the count is negative or smaller than the
     *                                  number of names
     */
    public NineBoxCell {
        Checks.box(box);
        Checks.nonNegative(count, "count");
        names = Checks.texts(names, "names");
        Checks.text(recommendation, "recommendation");
        if (names.size() > count) {
            throw new IllegalArgumentException(
                    "box " + box + " lists " + names.size() + " names but counts only " + count);
        }
    }

    /**
     * Whether the box belongs to the succession (talent) pool, boxes 7 to 9.
     *
     * @return true for boxes 7, 8 and 9
     */
    public boolean inSuccessionPool() {
        return box >= 7;
    }
}
