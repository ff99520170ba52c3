package io.github.cact.cat.simulation;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scales of a bank: each item's scale code, or one scale named "" when no item names one, as in
 * {@link io.github.cact.cat.CatDesign}.
 */
final class BankScales {

    /** The name of the one scale of a bank whose items name none. */
    static final String SINGLE = "";

    private BankScales() {
    }

    /**
     * The items of each scale, scales in order of first appearance, items in bank order.
     *
     * @param bank the bank
     * @return the items by scale
     * @throws IllegalArgumentException if some items name a scale and others do not
     */
    static Map<String, List<Item>> itemsByScale(ItemBank bank) {
        Objects.requireNonNull(bank, "bank");
        boolean named = !bank.scales().isEmpty();
        Map<String, List<Item>> scales = new LinkedHashMap<>();
        for (Item item : bank.items()) {
            if (named && item.scale().isEmpty()) {
                throw new IllegalArgumentException("item '" + item.id() + "' names no scale while others do;"
                        + " name the scale of every item or of none");
            }
            scales.computeIfAbsent(item.scale().orElse(SINGLE), s -> new ArrayList<>()).add(item);
        }
        return scales;
    }
}
