package io.github.cact.ninebox;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the nine cells of the grid are numbered 1 to 9.
 *
 * <p>The default is the ASN numbering of PermenPANRB 3/2020 ({@link #asn()}), which runs along the
 * anti-diagonals; the generic HR numbering ({@link #genericHr()}) and custom numberings ({@link #custom}) are
 * explicit alternatives (docs/regulations.md#asn-numbering). Every numbering is immutable and thread-safe.
 */
public final class BoxNumbering {

    private static final BoxNumbering ASN = new BoxNumbering("asn-permenpanrb-3-2020",
            new int[] {1, 3, 6, 2, 5, 8, 4, 7, 9});
    private static final BoxNumbering GENERIC_HR = new BoxNumbering("generic-hr",
            new int[] {1, 4, 7, 2, 5, 8, 3, 6, 9});

    private final String name;
    /** Box number per cell, indexed by {@link Cell#index()}. */
    private final int[] boxByCell;
    /** Cell index per box number minus one. */
    private final int[] cellByBox;

    private BoxNumbering(String name, int[] boxByCell) {
        this.name = name;
        this.boxByCell = boxByCell;
        this.cellByBox = new int[9];
        for (int cell = 0; cell < 9; cell++) {
            cellByBox[boxByCell[cell] - 1] = cell;
        }
    }

    /**
     * Returns the ASN numbering of PermenPANRB 3/2020, along the anti-diagonals:
     * <pre>
     * Kinerja \ Potensial   Rendah  Menengah  Tinggi
     * Di atas ekspektasi       4       7        9
     * Sesuai ekspektasi        2       5        8
     * Di bawah ekspektasi      1       3        6
     * </pre>
     * This is the default numbering. Source: docs/regulations.md#asn-numbering.
     *
     * @return the ASN numbering, named {@code "asn-permenpanrb-3-2020"}
     */
    public static BoxNumbering asn() {
        return ASN;
    }

    /**
     * Returns the generic HR numbering: performance on the horizontal axis, potential on the vertical axis,
     * numbered row by row from low/low = 1 to high/high = 9, that is
     * {@code box = 3 × potentialIndex + performanceIndex + 1} with indices 0, 1, 2 for low, middle, high.
     *
     * @return the generic numbering, named {@code "generic-hr"}
     */
    public static BoxNumbering genericHr() {
        return GENERIC_HR;
    }

    /**
     * Creates a custom numbering.
     *
     * @param name a name for audit and reports, not blank
     * @param boxes the box number of each of the nine cells; the numbers must be 1 to 9, each used once
     * @return the numbering
     * @throws IllegalArgumentException if the name is blank, a cell is missing, or a number is outside 1–9 or
     *     used twice; the message names the cell
     */
    public static BoxNumbering custom(String name, Map<Cell, Integer> boxes) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(boxes, "boxes");
        if (name.isBlank()) {
            throw new IllegalArgumentException("numbering name is blank");
        }
        int[] boxByCell = new int[9];
        Cell[] cellByBox = new Cell[9];
        for (Cell cell : Cell.all()) {
            Integer box = boxes.get(cell);
            if (box == null) {
                throw new IllegalArgumentException("numbering '" + name + "': no box number for " + cell);
            }
            if (box < 1 || box > 9) {
                throw new IllegalArgumentException("numbering '" + name + "': box number " + box + " of " + cell
                        + " is outside 1-9");
            }
            if (cellByBox[box - 1] != null) {
                throw new IllegalArgumentException("numbering '" + name + "': box number " + box
                        + " is used by both " + cellByBox[box - 1] + " and " + cell);
            }
            cellByBox[box - 1] = cell;
            boxByCell[cell.index()] = box;
        }
        return new BoxNumbering(name, boxByCell);
    }

    /**
     * Returns the name of this numbering.
     *
     * @return the name, e.g. {@code "asn-permenpanrb-3-2020"}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the box number of a cell.
     *
     * @param cell the cell
     * @return the box number, 1 to 9
     */
    public int box(Cell cell) {
        return boxByCell[Objects.requireNonNull(cell, "cell").index()];
    }

    /**
     * Returns the box number of the cell with the given levels.
     *
     * @param performance the performance level
     * @param potential the potential level
     * @return the box number, 1 to 9
     */
    public int box(AxisLevel performance, AxisLevel potential) {
        return box(Cell.of(performance, potential));
    }

    /**
     * Returns the cell that has a box number.
     *
     * @param box the box number
     * @return the cell
     * @throws IllegalArgumentException if box is outside 1–9
     */
    public Cell cell(int box) {
        return Cell.all().get(cellByBox[checkBox(box) - 1]);
    }

    /**
     * Returns the box numbers as a map from cell, in {@link Cell#all()} order.
     *
     * @return an unmodifiable map with the nine cells
     */
    public Map<Cell, Integer> asMap() {
        Map<Cell, Integer> map = new LinkedHashMap<>();
        for (Cell cell : Cell.all()) {
            map.put(cell, box(cell));
        }
        return Collections.unmodifiableMap(map);
    }

    static int checkBox(int box) {
        if (box < 1 || box > 9) {
            throw new IllegalArgumentException("box number " + box + " is outside 1-9");
        }
        return box;
    }

    String canonicalForm() {
        return name + Arrays.toString(boxByCell);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoxNumbering other && name.equals(other.name)
                && Arrays.equals(boxByCell, other.boxByCell);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(boxByCell);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("BoxNumbering[").append(name);
        for (AxisLevel perf : new AxisLevel[] {AxisLevel.HIGH, AxisLevel.MIDDLE, AxisLevel.LOW}) {
            sb.append(perf == AxisLevel.HIGH ? ": " : " / ");
            for (AxisLevel pot : AxisLevel.values()) {
                sb.append(box(perf, pot));
            }
        }
        return sb.append(']').toString();
    }
}
