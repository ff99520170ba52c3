package io.github.cact.ninebox;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One cell of the nine-box grid: a performance level and a potential level. A cell is independent of how the
 * grid is numbered; {@link BoxNumbering} gives its box number.
 *
 * @param performance the level on the performance (kinerja) axis
 * @param potential the level on the potential (potensial) axis
 */
public record Cell(AxisLevel performance, AxisLevel potential) {

    private static final List<Cell> ALL = List.of(
            new Cell(AxisLevel.LOW, AxisLevel.LOW), new Cell(AxisLevel.LOW, AxisLevel.MIDDLE),
            new Cell(AxisLevel.LOW, AxisLevel.HIGH), new Cell(AxisLevel.MIDDLE, AxisLevel.LOW),
            new Cell(AxisLevel.MIDDLE, AxisLevel.MIDDLE), new Cell(AxisLevel.MIDDLE, AxisLevel.HIGH),
            new Cell(AxisLevel.HIGH, AxisLevel.LOW), new Cell(AxisLevel.HIGH, AxisLevel.MIDDLE),
            new Cell(AxisLevel.HIGH, AxisLevel.HIGH));

    /**
     * Creates a cell.
     *
     * @param performance the level on the performance axis
     * @param potential the level on the potential axis
     */
    public Cell {
        Objects.requireNonNull(performance, "performance");
        Objects.requireNonNull(potential, "potential");
    }

    /**
     * Returns the cell with the given levels.
     *
     * @param performance the level on the performance axis
     * @param potential the level on the potential axis
     * @return the cell
     */
    public static Cell of(AxisLevel performance, AxisLevel potential) {
        Objects.requireNonNull(performance, "performance");
        Objects.requireNonNull(potential, "potential");
        return ALL.get(index(performance, potential));
    }

    /**
     * Returns the nine cells, performance level first, each axis from low to high.
     *
     * @return an unmodifiable list of nine cells
     */
    public static List<Cell> all() {
        return ALL;
    }

    /**
     * Returns a label naming both levels, e.g. {@code "Kinerja di atas ekspektasi, potensial tinggi"} or
     * {@code "Performance above expectations, high potential"}.
     *
     * @param language the label language
     * @return the label
     */
    public String label(Language language) {
        Objects.requireNonNull(language, "language");
        String perf = performance.performanceLabel(language).toLowerCase(Locale.ROOT);
        String pot = potential.potentialLabel(language).toLowerCase(Locale.ROOT);
        if (language == Language.INDONESIAN) {
            return "Kinerja " + perf + ", potensial " + pot;
        }
        return "Performance " + perf + ", " + pot + " potential";
    }

    /** Position of this cell in {@link #all()}. */
    int index() {
        return index(performance, potential);
    }

    static int index(AxisLevel performance, AxisLevel potential) {
        return performance.ordinal() * 3 + potential.ordinal();
    }
}
