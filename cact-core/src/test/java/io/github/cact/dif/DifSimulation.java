package io.github.cact.dif;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.simulation.ResponseSimulator;
import java.util.ArrayList;
import java.util.List;

/** Simulated reference and focal groups for the DIF tests. */
record DifSimulation(ResponseMatrix responses, DifGroups groups) {

    /**
     * Simulates both groups.
     *
     * @param reference the reference group's items
     * @param focal the focal group's items (the same ids; a shifted item has DIF)
     * @param perGroup examinees per group
     * @param focalMean the focal group's θ mean (the reference group's is 0)
     * @param focalSd the focal group's θ SD (the reference group's is 1)
     * @param seed the seed
     * @return the responses of the reference group, then the focal group, with their groups
     */
    static DifSimulation of(ItemBank reference, ItemBank focal, int perGroup, double focalMean, double focalSd,
            long seed) {
        ResponseMatrix r = ResponseSimulator.of(reference, seed).withIdPrefix("r").simulate(perGroup).responses();
        ResponseMatrix f = ResponseSimulator.of(focal, seed + 7919).withAbility(focalMean, focalSd).withIdPrefix("f")
                .simulate(perGroup).responses();
        ResponseMatrix.Builder builder = ResponseMatrix.builder(r.itemIds());
        List<String> labels = new ArrayList<>();
        int[] row = new int[r.items()];
        for (ResponseMatrix part : List.of(r, f)) {
            for (int e = 0; e < part.examinees(); e++) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = part.response(e, i);
                }
                builder.add(part.examineeId(e), row);
                labels.add(part == r ? "R" : "F");
            }
        }
        return new DifSimulation(builder.build(), DifGroups.ofRows(labels, "R", "F"));
    }

    /**
     * A 2PL bank with spread difficulties: a_i = 0.8 + 0.8 (i mod 3) / 2, b_i from −1.5 to 1.5.
     *
     * @param items the number of items
     * @return the bank, items {@code i1..}
     */
    static ItemBank twoPl(int items) {
        List<Item> list = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            double b = items == 1 ? 0 : -1.5 + 3.0 * i / (items - 1);
            list.add(Item.of("i" + (i + 1), DichotomousItem.twoPl(0.8 + 0.4 * (i % 3), b)));
        }
        return ItemBank.of(list);
    }

    /**
     * The bank with one item's intercept d lowered by a shift (uniform DIF against the focal group: the
     * item is harder by {@code shift} logits at every θ).
     *
     * @param bank the items
     * @param item the position of the shifted item
     * @param shift the shift in logits
     * @return a new bank
     */
    static ItemBank shifted(ItemBank bank, int item, double shift) {
        List<Item> list = new ArrayList<>(bank.items());
        ItemModel m = bank.model(item);
        list.set(item, Item.of(bank.item(item).id(), DichotomousItem.of(m.type(), m.slope(), m.intercepts()[0] - shift,
                m.guessing(), m.upper())));
        return ItemBank.of(list);
    }
}
