package io.github.cact.cat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The content rules in engine indices: for each item the items it may not share a test with, and the
 * together set it belongs to. Immutable after construction and thread-safe.
 */
final class ContentIndex {

    private static final int[] NONE = new int[0];

    /** Per item, the other members of its enemy sets, ascending. */
    final int[][] enemies;
    /** Per item, the index of its together set, or −1. */
    final int[] setOf;
    /** The together sets, members in the order they are given. */
    final int[][] sets;

    ContentIndex(ContentRules rules, ItemTables tables) {
        List<TreeSet<Integer>> mates = new ArrayList<>(tables.size);
        for (int i = 0; i < tables.size; i++) {
            mates.add(null);
        }
        for (List<String> set : rules.enemySets()) {
            int[] members = indices(set, tables);
            for (int a : members) {
                for (int b : members) {
                    if (a != b) {
                        if (mates.get(a) == null) {
                            mates.set(a, new TreeSet<>());
                        }
                        mates.get(a).add(b);
                    }
                }
            }
        }
        enemies = new int[tables.size][];
        for (int i = 0; i < tables.size; i++) {
            TreeSet<Integer> m = mates.get(i);
            enemies[i] = m == null ? NONE : m.stream().mapToInt(Integer::intValue).toArray();
        }
        setOf = new int[tables.size];
        Arrays.fill(setOf, -1);
        List<List<String>> together = rules.togetherSets();
        sets = new int[together.size()][];
        for (int t = 0; t < sets.length; t++) {
            sets[t] = indices(together.get(t), tables);
            for (int i : sets[t]) {
                setOf[i] = t;
            }
        }
    }

    private static int[] indices(List<String> ids, ItemTables tables) {
        int[] out = new int[ids.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = tables.indexOf(ids.get(k));
        }
        return out;
    }
}
