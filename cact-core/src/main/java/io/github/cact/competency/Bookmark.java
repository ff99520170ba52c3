package io.github.cact.competency;

import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * The Bookmark standard-setting method (Mitzel, Lewis, Patz &amp; Green 2001): the items of one
 * competency ordered by their response-probability (RP) location θ* — the θ at which P(correct) = RP,
 * θ* = b + ln(RP/(1 − RP))/a for a 2PL item — form the ordered item booklet; a panel marks, for each of
 * levels 2..5, the last page a borderline examinee of that level masters, and the cut score is that
 * page's θ*.
 *
 * <p>A dichotomous item enters the booklet once, as θ ↦ P(X = 1 | θ); a polytomous item once per score
 * step k = 1..K−1, as θ ↦ P(X ≥ k | θ), under the id {@code <item>>=k}. A 2PL, 1PL or Rasch item is
 * located in closed form; any other curve by Brent's method on [−20, 20].
 *
 * <p>Pages are numbered from 1 (the easiest item). If a panel records the first page <em>not</em>
 * mastered, pass that page minus 1. Items with equal locations keep the bank order. Immutable and
 * thread-safe.
 */
public final class Bookmark {

    /** The conventional response probability, 0.67 (RP67; docs/conventions.md#bookmark). */
    public static final double DEFAULT_RP = 0.67;

    private final double rp;
    private final List<String> items;
    private final double[] locations;

    private Bookmark(double rp, List<String> items, double[] locations) {
        this.rp = rp;
        this.items = items;
        this.locations = locations;
    }

    /**
     * Builds the ordered item booklet with RP = {@value #DEFAULT_RP}.
     *
     * @param items the competency's items
     * @return the booklet
     * @throws IllegalArgumentException if an item's probability never reaches RP on [−20, 20], naming the
     *     item
     */
    public static Bookmark of(ItemBank items) {
        return of(items, DEFAULT_RP);
    }

    /**
     * Builds the ordered item booklet with a chosen response probability.
     *
     * @param items the competency's items
     * @param rp the response probability, in (0, 1); 0.67 by convention, 0.5 or 0.8 in some programmes
     * @return the booklet
     * @throws IllegalArgumentException for rp outside (0, 1), or an item whose probability never reaches RP
     *     on [−20, 20], naming the item (and step)
     */
    public static Bookmark of(ItemBank items, double rp) {
        Objects.requireNonNull(items, "items");
        checkRp(rp);
        List<Map.Entry<String, Double>> located = new ArrayList<>();
        for (Item item : items.items()) {
            ItemModel model = item.model();
            if (model.categories() == 2) {
                located.add(Map.entry(item.id(), location(item.id(), model, 1, rp)));
            } else {
                for (int k = 1; k < model.categories(); k++) {
                    String page = item.id() + ">=" + k;
                    located.add(Map.entry(page, location(page, model, k, rp)));
                }
            }
        }
        located.sort(Comparator.comparingDouble(Map.Entry::getValue));
        List<String> ids = new ArrayList<>(located.size());
        double[] locations = new double[located.size()];
        for (int i = 0; i < locations.length; i++) {
            ids.add(located.get(i).getKey());
            locations[i] = located.get(i).getValue();
        }
        return new Bookmark(rp, List.copyOf(ids), locations);
    }

    /**
     * The θ at which P(X ≥ step | θ) = rp: θ* = b + ln(rp/(1 − rp))/a for a dichotomous item without
     * asymptotes, otherwise by Brent's method on [−20, 20].
     */
    private static double location(String page, ItemModel model, int step, double rp) {
        if (model instanceof DichotomousItem d && d.guessing() == 0 && d.upper() == 1) {
            return d.difficulty() + Math.log(rp / (1 - rp)) / d.slope();
        }
        double[] p = new double[model.categories()];
        DoubleUnaryOperator atLeast = theta -> {
            model.probabilities(theta, p);
            double sum = 0;
            for (int k = step; k < p.length; k++) {
                sum += p[k];
            }
            return sum;
        };
        double theta = Roots.invert(atLeast, rp);
        if (Double.isNaN(theta)) {
            throw new IllegalArgumentException("item '" + page + "': the probability does not reach RP = " + rp
                    + " for θ in [-20, 20] (P(-20) = " + atLeast.applyAsDouble(-Levels.THETA_BOUND) + ", P(20) = "
                    + atLeast.applyAsDouble(Levels.THETA_BOUND) + ")");
        }
        return theta;
    }

    private static void checkRp(double rp) {
        if (!(rp > 0 && rp < 1)) {
            throw new IllegalArgumentException("the response probability RP must lie in (0, 1), was " + rp);
        }
    }

    /**
     * Returns the response probability.
     *
     * @return RP in (0, 1)
     */
    public double rp() {
        return rp;
    }

    /**
     * Returns the number of pages (items) of the booklet.
     *
     * @return at least 1
     */
    public int pages() {
        return locations.length;
    }

    /**
     * Returns the item ids in booklet order.
     *
     * @return an unmodifiable list, easiest first
     */
    public List<String> items() {
        return items;
    }

    /**
     * Returns the RP location of a page's item.
     *
     * @param page 1..{@link #pages()}
     * @return θ* of that item
     * @throws IllegalArgumentException for a page outside the booklet
     */
    public double location(int page) {
        if (page < 1 || page > locations.length) {
            throw new IllegalArgumentException("page " + page + " is outside the booklet of " + locations.length
                    + " pages");
        }
        return locations[page - 1];
    }

    /**
     * Turns the panel's four bookmarks into cut scores: c_k = θ* of page p_k.
     *
     * @param competency the competency code
     * @param pages p₁ &lt; p₂ &lt; p₃ &lt; p₄, the last page mastered by a borderline examinee of levels 2..5
     * @return the cut scores
     * @throws IllegalArgumentException for another count, a page outside the booklet, pages that do not
     *     increase, or two bookmarks on items of equal location; naming the competency and the bookmark
     */
    public CutScores cutScores(String competency, int... pages) {
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(pages, "pages");
        if (pages.length != Levels.COUNT - 1) {
            throw new IllegalArgumentException("competency '" + competency + "': needs " + (Levels.COUNT - 1)
                    + " bookmarks (levels 2..5), got " + pages.length);
        }
        double[] cuts = new double[pages.length];
        for (int k = 0; k < pages.length; k++) {
            if (pages[k] < 1 || pages[k] > locations.length) {
                throw new IllegalArgumentException("competency '" + competency + "': bookmark " + (k + 1) + " on page "
                        + pages[k] + " is outside the booklet of " + locations.length + " pages");
            }
            if (k > 0 && pages[k] <= pages[k - 1]) {
                throw new IllegalArgumentException("competency '" + competency + "': bookmarks must increase, but "
                        + "bookmark " + (k + 1) + " (page " + pages[k] + ") is not after bookmark " + k + " (page "
                        + pages[k - 1] + ")");
            }
            cuts[k] = locations[pages[k] - 1];
        }
        return CutScores.of(competency, cuts);
    }

    @Override
    public String toString() {
        return "Bookmark[RP " + rp + ", " + locations.length + " pages]";
    }
}
