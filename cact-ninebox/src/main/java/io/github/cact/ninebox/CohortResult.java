package io.github.cact.ninebox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The placements of a cohort, in input order (every input person exactly once), with a summary: counts per
 * box, counts per unit, and the succession pool. Immutable and thread-safe.
 */
public final class CohortResult {

    private final List<Placement> placements;
    private final BoxCounts boxCounts;
    private final SortedMap<String, BoxCounts> unitCounts;
    private final List<Placement> successionPool;

    CohortResult(List<Placement> placements, NineBoxConfig config) {
        this.placements = List.copyOf(placements);
        this.boxCounts = count(this.placements);
        Map<String, List<Placement>> byUnit = new TreeMap<>();
        for (Placement p : this.placements) {
            byUnit.computeIfAbsent(p.unit(), u -> new ArrayList<>()).add(p);
        }
        SortedMap<String, BoxCounts> units = new TreeMap<>();
        byUnit.forEach((unit, members) -> units.put(unit, count(members)));
        this.unitCounts = Collections.unmodifiableSortedMap(units);
        List<Placement> pool = new ArrayList<>();
        for (Placement p : this.placements) {
            if (p.result().filter(g -> config.successionCells().contains(g.cell())).isPresent()) {
                pool.add(p);
            }
        }
        pool.sort(Comparator.comparingDouble((Placement p) -> -p.result().orElseThrow().talentScore())
                .thenComparing(Placement::personId));
        this.successionPool = List.copyOf(pool);
    }

    private static BoxCounts count(List<Placement> members) {
        int[] perBox = new int[9];
        int unplaced = 0;
        for (Placement p : members) {
            if (p.result().isPresent()) {
                perBox[p.result().get().box() - 1]++;
            } else {
                unplaced++;
            }
        }
        return new BoxCounts(perBox, unplaced);
    }

    /**
     * Returns the placements in input order.
     *
     * @return an unmodifiable list, one placement per input person
     */
    public List<Placement> placements() {
        return placements;
    }

    /**
     * Returns the counts over the whole cohort.
     *
     * @return the counts
     */
    public BoxCounts boxCounts() {
        return boxCounts;
    }

    /**
     * Returns the counts per unit; people without a unit are counted under the empty string.
     *
     * @return an unmodifiable map sorted by unit
     */
    public SortedMap<String, BoxCounts> unitCounts() {
        return unitCounts;
    }

    /**
     * Returns the succession (talent) pool: the placed people in the configured succession cells (by default
     * ASN boxes 7–9), by talent score descending, then person id ascending.
     *
     * @return an unmodifiable list
     */
    public List<Placement> successionPool() {
        return successionPool;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CohortResult other && placements.equals(other.placements)
                && successionPool.equals(other.successionPool);
    }

    @Override
    public int hashCode() {
        return placements.hashCode();
    }

    @Override
    public String toString() {
        return "CohortResult[" + placements.size() + " people, " + boxCounts + ", succession pool "
                + successionPool.size() + "]";
    }
}
