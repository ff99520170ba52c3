package io.github.cact.competency;

import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ordered set of competencies with unique codes, each scored on its own θ scale: the managerial and
 * sociocultural competencies of PermenPANRB 38/2017 ({@link #permenPanRb38()}), BKN's eight potential
 * aspects ({@link #potentialAspects()}), or any custom set ({@link #of(String, List)}).
 *
 * <p>Items are tied to a competency by the item bank's {@code scale} column, which holds the competency
 * code; {@link #itemsByCompetency(Map)} checks that tie. Immutable and thread-safe.
 */
public final class CompetencyFramework {

    private static final CompetencyFramework PERMENPANRB_38 = of("PermenPANRB 38/2017", List.of(
            Competency.of("M1", "Integritas", "Integrity"),
            Competency.of("M2", "Kerja Sama", "Collaboration"),
            Competency.of("M3", "Komunikasi", "Communication"),
            Competency.of("M4", "Orientasi pada Hasil", "Results orientation"),
            Competency.of("M5", "Pelayanan Publik", "Public service"),
            Competency.of("M6", "Pengembangan Diri dan Orang Lain", "Developing self and others"),
            Competency.of("M7", "Mengelola Perubahan", "Managing change"),
            Competency.of("M8", "Pengambilan Keputusan", "Decision making"),
            Competency.of("SK1", "Perekat Bangsa", "National unifier (sociocultural)")));

    private static final CompetencyFramework POTENTIAL = of("BKN potential aspects", List.of(
            Competency.of("P1", "Kemampuan Intelektual", "Intellectual ability"),
            Competency.of("P2", "Kemampuan Interpersonal", "Interpersonal ability"),
            Competency.of("P3", "Kesadaran Diri", "Self-awareness"),
            Competency.of("P4", "Kemampuan Berpikir Kritis dan Strategis", "Critical and strategic thinking"),
            Competency.of("P5", "Kemampuan Menyelesaikan Permasalahan", "Problem solving"),
            Competency.of("P6", "Kecerdasan Emosional", "Emotional intelligence"),
            Competency.of("P7", "Kemampuan Belajar Cepat dan Mengembangkan Diri", "Learning agility"),
            Competency.of("P8", "Motivasi dan Komitmen", "Motivation and commitment")));

    private final String name;
    private final List<Competency> competencies;
    private final Map<String, Integer> index;

    private CompetencyFramework(String name, List<Competency> competencies, Map<String, Integer> index) {
        this.name = name;
        this.competencies = competencies;
        this.index = index;
    }

    /**
     * The 8 managerial competencies M1–M8 and the sociocultural competency SK1 of PermenPANRB 38/2017, in
     * that order: M1 Integritas, M2 Kerja Sama, M3 Komunikasi, M4 Orientasi pada Hasil, M5 Pelayanan Publik,
     * M6 Pengembangan Diri dan Orang Lain, M7 Mengelola Perubahan, M8 Pengambilan Keputusan, SK1 Perekat
     * Bangsa. The default framework.
     *
     * @return the framework named {@code "PermenPANRB 38/2017"}
     */
    public static CompetencyFramework permenPanRb38() {
        return PERMENPANRB_38;
    }

    /**
     * BKN's 8 potential aspects, coded P1–P8 in BKN's order: P1 Kemampuan Intelektual, P2 Kemampuan
     * Interpersonal, P3 Kesadaran Diri, P4 Kemampuan Berpikir Kritis dan Strategis, P5 Kemampuan
     * Menyelesaikan Permasalahan, P6 Kecerdasan Emosional, P7 Kemampuan Belajar Cepat dan Mengembangkan
     * Diri, P8 Motivasi dan Komitmen. The codes are this library's; agencies using 7 or 9 aspects build a
     * custom framework.
     *
     * @return the framework named {@code "BKN potential aspects"}
     */
    public static CompetencyFramework potentialAspects() {
        return POTENTIAL;
    }

    /**
     * Creates a custom framework.
     *
     * @param name a non-blank name used in reports
     * @param competencies at least one, with unique codes, in report order
     * @return the framework
     * @throws IllegalArgumentException for a blank name, no competency or a repeated code, naming it
     */
    public static CompetencyFramework of(String name, List<Competency> competencies) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(competencies, "competencies");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a competency framework needs a non-blank name");
        }
        List<Competency> copy = List.copyOf(competencies);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("framework '" + name + "' has no competency");
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < copy.size(); i++) {
            if (index.putIfAbsent(copy.get(i).code(), i) != null) {
                throw new IllegalArgumentException("framework '" + name + "': competency code '"
                        + copy.get(i).code() + "' occurs twice (positions " + (index.get(copy.get(i).code()) + 1)
                        + " and " + (i + 1) + ")");
            }
        }
        return new CompetencyFramework(name.strip(), copy, Collections.unmodifiableMap(index));
    }

    /**
     * Returns the name.
     *
     * @return the name, e.g. {@code "PermenPANRB 38/2017"}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the competencies in order.
     *
     * @return an unmodifiable list
     */
    public List<Competency> competencies() {
        return competencies;
    }

    /**
     * Returns the codes in order.
     *
     * @return an unmodifiable list
     */
    public List<String> codes() {
        return List.copyOf(index.keySet());
    }

    /**
     * Returns the number of competencies.
     *
     * @return at least 1
     */
    public int size() {
        return competencies.size();
    }

    /**
     * Tells whether a code belongs to this framework.
     *
     * @param code a competency code
     * @return true if one competency has it
     */
    public boolean contains(String code) {
        return index.containsKey(Objects.requireNonNull(code, "code"));
    }

    /**
     * Returns the 0-based position of a code.
     *
     * @param code a competency code
     * @return its position in {@link #competencies()}
     * @throws IllegalArgumentException for an unknown code, naming it and the known codes
     */
    public int indexOf(String code) {
        Integer i = index.get(Objects.requireNonNull(code, "code"));
        if (i == null) {
            throw new IllegalArgumentException("unknown competency code '" + code + "' in framework '" + name
                    + "'; known codes: " + String.join(", ", index.keySet()));
        }
        return i;
    }

    /**
     * Looks a competency up by code.
     *
     * @param code a competency code
     * @return the competency
     * @throws IllegalArgumentException for an unknown code, naming it and the known codes
     */
    public Competency get(String code) {
        return competencies.get(indexOf(code));
    }

    /**
     * Checks the tie of items to competencies and groups the items: every item's scale must be a code of
     * this framework, and every competency must have at least one item. The item bank calls this with its
     * {@code scale} column.
     *
     * @param scaleByItem item id → competency code (the item's {@code scale}), in bank order
     * @return competency code → its item ids in the given order, for every competency in framework order;
     *     unmodifiable
     * @throws IllegalArgumentException naming the item and its unknown code, or the competency that has no
     *     item
     */
    public Map<String, List<String>> itemsByCompetency(Map<String, String> scaleByItem) {
        Objects.requireNonNull(scaleByItem, "scaleByItem");
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String code : index.keySet()) {
            groups.put(code, new ArrayList<>());
        }
        for (Map.Entry<String, String> e : scaleByItem.entrySet()) {
            List<String> group = groups.get(e.getValue());
            if (group == null) {
                throw new IllegalArgumentException("item '" + e.getKey() + "' is tied to unknown competency '"
                        + e.getValue() + "'; framework '" + name + "' has " + String.join(", ", index.keySet()));
            }
            group.add(e.getKey());
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : groups.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new IllegalArgumentException("competency '" + e.getKey() + "' (" + get(e.getKey()).nameId()
                        + ") has no items in the item bank");
            }
            result.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * Ties the items of a bank to the competencies by each item's {@code scale}, as
     * {@link #itemsByCompetency(Map)} does.
     *
     * @param bank the items with their scales
     * @return competency code → item ids in bank order, for every competency in framework order;
     *     unmodifiable
     * @throws IllegalArgumentException naming an item without a scale, an item tied to an unknown
     *     competency, or a competency with no items
     */
    public Map<String, List<String>> itemsByCompetency(ItemBank bank) {
        Objects.requireNonNull(bank, "bank");
        Map<String, String> scales = new LinkedHashMap<>();
        for (Item item : bank.items()) {
            String scale = item.scale().orElseThrow(() -> new IllegalArgumentException("item '" + item.id()
                    + "' names no competency in its scale column; expected one of " + codes()));
            scales.put(item.id(), scale);
        }
        return itemsByCompetency(scales);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompetencyFramework f && name.equals(f.name) && competencies.equals(f.competencies);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + competencies.hashCode();
    }

    @Override
    public String toString() {
        return name + " " + index.keySet();
    }
}
