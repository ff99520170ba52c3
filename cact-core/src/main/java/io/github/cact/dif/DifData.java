package io.github.cact.dif;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checked input of a DIF analysis: the responses, each row's group, each item's number of categories
 * and scale, and the samples of the tests. Immutable after construction.
 */
final class DifData {

    final ResponseMatrix data;
    final ItemBank bank;
    final DifGroups groups;
    private final int examinees;
    private final int items;
    private final byte[] cells;
    private final int[] categories;
    private final String[] scale;
    private final Map<String, int[]> scales;
    private final int[] referenceAnswered;
    private final int[] focalAnswered;
    private final boolean includeStudied;
    private final int minGroupSize;

    private DifData(ResponseMatrix data, ItemBank bank, DifGroups groups, int[] categories, String[] scale,
            Map<String, int[]> scales, DifOptions options) {
        this.data = data;
        this.bank = bank;
        this.groups = groups;
        this.examinees = data.examinees();
        this.items = data.items();
        this.categories = categories;
        this.scale = scale;
        this.scales = scales;
        this.includeStudied = options.matchIncludesStudiedItem();
        this.minGroupSize = options.minGroupSize();
        this.cells = new byte[Math.multiplyExact(examinees, items)];
        for (int e = 0; e < examinees; e++) {
            data.copyRow(e, cells, e * items);
        }
        this.referenceAnswered = new int[items];
        this.focalAnswered = new int[items];
        for (int e = 0; e < examinees; e++) {
            int g = groups.code(e);
            if (g < 0) {
                continue;
            }
            for (int i = 0; i < items; i++) {
                if (cells[e * items + i] >= 0) {
                    if (g == 0) {
                        referenceAnswered[i]++;
                    } else {
                        focalAnswered[i]++;
                    }
                }
            }
        }
    }

    /** Checks the input (see {@link DifAnalysis#run}) and prepares it. */
    static DifData of(ResponseMatrix data, ItemBank bank, DifGroups groups, DifOptions options) {
        if (groups.examinees() != data.examinees()) {
            throw new IllegalArgumentException("the groups have " + groups.examinees() + " rows but the responses "
                    + data.examinees() + "; give one group per examinee");
        }
        int items = data.items();
        int[] categories = new int[items];
        String[] scale = new String[items];
        List<String> missing = new ArrayList<>();
        List<String> noScale = new ArrayList<>();
        boolean anyScale = false;
        for (int i = 0; i < items; i++) {
            String id = data.itemId(i);
            Item item = bank.find(id).orElse(null);
            if (item == null) {
                missing.add("'" + id + "'");
                continue;
            }
            categories[i] = item.model().categories();
            scale[i] = item.scale().orElse("");
            if (scale[i].isEmpty()) {
                noScale.add("'" + id + "'");
            } else {
                anyScale = true;
            }
            if (data.maxCategory(i) >= categories[i]) {
                for (int e = 0; e < data.examinees(); e++) {
                    if (data.response(e, i) >= categories[i]) {
                        throw new IllegalArgumentException("examinee '" + data.examineeId(e) + "' (row " + (e + 1)
                                + "), item '" + id + "': response " + data.response(e, i) + " is above the item's"
                                + " highest category " + (categories[i] - 1));
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("items " + String.join(", ", missing) + " of the responses are not in"
                    + " the item bank; DIF needs each item's model");
        }
        if (anyScale && !noScale.isEmpty()) {
            throw new IllegalArgumentException("items " + String.join(", ", noScale) + " have no scale while others"
                    + " do; give every item a scale");
        }
        for (String anchor : options.anchors()) {
            if (data.itemIndex(anchor) < 0) {
                throw new IllegalArgumentException("anchor item '" + anchor + "' is not a column of the responses");
            }
        }
        Map<String, List<Integer>> byScale = new LinkedHashMap<>();
        for (int i = 0; i < items; i++) {
            byScale.computeIfAbsent(scale[i], k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> scales = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : byScale.entrySet()) {
            scales.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
        return new DifData(data, bank, groups, categories, scale, scales, options);
    }

    int items() {
        return items;
    }

    int examinees() {
        return examinees;
    }

    /** @return the scales in the order of their first column, each with its columns */
    Map<String, int[]> scales() {
        return scales;
    }

    String scaleOf(int item) {
        return scale[item];
    }

    int categories(int item) {
        return categories[item];
    }

    boolean dichotomous(int item) {
        return categories[item] == 2;
    }

    int referenceAnswered(int item) {
        return referenceAnswered[item];
    }

    int focalAnswered(int item) {
        return focalAnswered[item];
    }

    /** @return the response of a row to an item, or negative if missing */
    int response(int row, int item) {
        return cells[row * items + item];
    }

    /** @return 0 reference, 1 focal, −1 neither */
    int group(int row) {
        return groups.code(row);
    }

    /** @return why the item's groups are too small for any test, or null */
    String tooSmall(int item) {
        int r = referenceAnswered[item];
        int f = focalAnswered[item];
        if (r >= minGroupSize && f >= minGroupSize) {
            return null;
        }
        return "too few examinees answered the item: " + r + " of the reference group '" + groups.reference()
                + "' and " + f + " of the focal group '" + groups.focal() + "'; a test needs at least " + minGroupSize
                + " of each";
    }

    /**
     * The sample of a studied item: the examinees of both groups who answered it, with their matching score.
     *
     * @param item the studied item
     * @param matching which columns count towards the matching score (the studied item's entry is ignored)
     * @return the sample
     */
    ItemSample sample(int item, boolean[] matching) {
        int n = referenceAnswered[item] + focalAnswered[item];
        int[] score = new int[n];
        int[] response = new int[n];
        boolean[] focal = new boolean[n];
        int at = 0;
        for (int e = 0; e < examinees; e++) {
            int g = groups.code(e);
            int y = cells[e * items + item];
            if (g < 0 || y < 0) {
                continue;
            }
            int s = includeStudied ? y : 0;
            int base = e * items;
            for (int j = 0; j < items; j++) {
                if (j != item && matching[j] && cells[base + j] > 0) {
                    s += cells[base + j];
                }
            }
            score[at] = s;
            response[at] = y;
            focal[at] = g == 1;
            at++;
        }
        return new ItemSample(score, response, focal);
    }
}
