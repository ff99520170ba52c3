package io.github.cact.cat;

import io.github.cact.cat.internal.SplitMix;
import io.github.cact.irt.Item;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs adaptive tests under one {@link CatDesign}: {@link #start} a session, ask {@link #next} for the
 * item to present, record its {@link #answer}, and read the {@link #result}. Every method is a pure
 * function of its arguments: the same session and answer give the same new session, and the same seed and
 * answers give the same test. Building the engine tabulates every item's information on the grid, so one
 * engine should serve all sessions of a design. Immutable and thread-safe.
 */
public final class CatEngine {

    final CatDesign design;
    final ItemTables tables;
    private final ContentIndex content;
    private final AbilityUpdate update;
    private final Classifier classifier;
    private final ItemSelector selector;
    private final int[] minItems;
    private final int[] maxItems;
    private final int minTotal;
    private final int maxTotal;
    private final double seThreshold;
    private final ScaleState[] initial;
    private final ThreadLocal<Workspace> workspace;

    private CatEngine(CatDesign design, boolean klShortcuts) {
        this.design = design;
        List<String> scales = design.scales();
        this.tables = new ItemTables(design.bank(), scales, design.quadrature());
        this.content = new ContentIndex(design.content(), tables);
        this.update = new AbilityUpdate(design, tables);
        this.classifier = new Classifier(design, tables);
        StoppingRule stopping = design.stopping();
        int count = scales.size();
        minItems = new int[count];
        maxItems = new int[count];
        int[] length = new int[count];
        for (int s = 0; s < count; s++) {
            minItems[s] = stopping.minItems(scales.get(s));
            maxItems[s] = stopping.maxItems(scales.get(s));
            length[s] = Math.min(maxItems[s], tables.scaleEnd[s] - tables.scaleStart[s]);
        }
        this.minTotal = stopping.minTotal();
        this.maxTotal = stopping.maxTotal();
        this.seThreshold = stopping.standardError().orElse(Double.NaN);
        this.initial = new ScaleState[count];
        double[] startTheta = new double[count];
        for (int s = 0; s < count; s++) {
            initial[s] = update.initial(s);
            startTheta[s] = initial[s].theta;
        }
        this.selector = new ItemSelector(design, tables, length, startTheta, klShortcuts);
        this.workspace = ThreadLocal.withInitial(() -> new Workspace(tables.size, tables.maxCategories));
    }

    /**
     * Builds the engine of a design.
     *
     * @param design the design
     * @return the engine
     */
    public static CatEngine of(CatDesign design) {
        return of(design, true);
    }

    /**
     * Builds the engine of a design, with or without the Kullback–Leibler shortcuts: the table of first-item
     * scores and the bound that skips later items that cannot be picked (false only to check them against
     * the computation they replace).
     */
    static CatEngine of(CatDesign design, boolean klShortcuts) {
        return new CatEngine(Objects.requireNonNull(design, "design"), klShortcuts);
    }

    /**
     * Returns the design.
     *
     * @return the design
     */
    public CatDesign design() {
        return design;
    }

    /**
     * Starts a session: no answers, every scale at its prior.
     *
     * @param seed the seed of the session's random stream (randomesque, Sympson–Hetter, progressive and
     *     random selection draw from it)
     * @return the session
     */
    public CatSession start(long seed) {
        return new CatSession(this, new int[0], new int[0], -1, new int[0], seed, initial);
    }

    /**
     * Chooses the next item, or ends the test. If the session already awaits an answer, that item is
     * returned again with the same session.
     *
     * @param session a session of this engine's design
     * @return the item and the session awaiting its answer, or the finished step
     * @throws IllegalArgumentException for a session of another design
     */
    public Step next(CatSession session) {
        check(session);
        if (session.pending >= 0) {
            return new Step(item(session.pending), session);
        }
        int forced = forcedMember(session);
        if (forced >= 0) {
            return present(session, forced, session.excluded, session.randomState);
        }
        Workspace work = workspace.get();
        Availability av = new Availability(session, work);
        int s = av.nextScale();
        if (s < 0) {
            return new Step(null, session);
        }
        int[] candidates = work.candidates;
        int n = 0;
        for (int i = tables.scaleStart[s]; i < tables.scaleEnd[s]; i++) {
            if (av.eligible(i)) {
                candidates[n++] = i;
            }
        }
        SplitMix random = new SplitMix(session.randomState);
        ItemSelector.Choice choice = selector.choose(s, session.scales[s], n, work, random);
        int[] excluded = session.excluded;
        if (choice.rejected().length > 0) {
            excluded = Arrays.copyOf(excluded, excluded.length + choice.rejected().length);
            System.arraycopy(choice.rejected(), 0, excluded, session.excluded.length, choice.rejected().length);
        }
        return present(session, choice.item(), excluded, random.state());
    }

    /**
     * Records the answer to the awaited item, naming it, as a delivery system should.
     *
     * @param session a session awaiting an answer
     * @param itemId the id of the awaited item
     * @param category the response category 0..K−1
     * @return the new session
     * @throws IllegalStateException if the session awaits no answer
     * @throws IllegalArgumentException if the id is not the awaited item or the category is out of range
     */
    public CatSession answer(CatSession session, String itemId, int category) {
        check(session);
        Objects.requireNonNull(itemId, "itemId");
        awaited(session);
        if (!tables.ids[session.pending].equals(itemId)) {
            throw new IllegalArgumentException("the session awaits the answer to item '" + tables.ids[session.pending]
                    + "', not to item '" + itemId + "'");
        }
        return answer(session, category);
    }

    /**
     * Records the answer to the awaited item.
     *
     * @param session a session awaiting an answer
     * @param category the response category 0..K−1 of the awaited item
     * @return the new session
     * @throws IllegalStateException if the session awaits no answer
     * @throws IllegalArgumentException if the category is out of range
     */
    public CatSession answer(CatSession session, int category) {
        check(session);
        awaited(session);
        return apply(session, session.pending, category);
    }

    /**
     * Returns the result so far: per scale θ̂, SE, items, why it stopped, and with cut scores its level
     * probabilities, level and decision against the standard.
     *
     * @param session a session of this engine's design
     * @return the result
     */
    public CatResult result(CatSession session) {
        check(session);
        Availability av = new Availability(session, workspace.get());
        boolean finished = session.pending < 0 && forcedMember(session) < 0 && av.nextScale() < 0;
        List<ScaleResult> results = new ArrayList<>(session.scales.length);
        for (int s = 0; s < session.scales.length; s++) {
            ScaleState st = session.scales[s];
            results.add(new ScaleResult(design.scales().get(s), st.count, st.theta, st.se, av.stopReason(s),
                    classifier.levels(s, st), classifier.level(s, st), classifier.standard(s),
                    classifier.meetsStandard(s, st)));
        }
        return new CatResult(results, session.responses(), finished);
    }

    /**
     * Restores a session from its JSON; the same as {@link CatSession#fromJson(String, CatEngine)}.
     *
     * @param json the JSON text written by {@link CatSession#toJson()}
     * @return the session
     */
    public CatSession restore(String json) {
        return CatSession.fromJson(json, this);
    }

    /** The session after the answer {@code category} to {@code item}, with no item awaited. */
    CatSession apply(CatSession session, int item, int category) {
        int k = tables.models[item].categories();
        if (category < 0 || category >= k) {
            throw new IllegalArgumentException("item '" + tables.ids[item] + "': category " + category
                    + " is out of range; expected 0.." + (k - 1));
        }
        int n = session.items.length;
        int[] items = Arrays.copyOf(session.items, n + 1);
        int[] categories = Arrays.copyOf(session.categories, n + 1);
        items[n] = item;
        categories[n] = category;
        int s = tables.scaleOf[item];
        int[] scaleItems = new int[0];
        int[] scaleCategories = new int[0];
        if (design.estimator() != AbilityEstimator.EAP) {
            int m = session.scales[s].count + 1;
            scaleItems = new int[m];
            scaleCategories = new int[m];
            int j = 0;
            for (int r = 0; r <= n; r++) {
                if (tables.scaleOf[items[r]] == s) {
                    scaleItems[j] = items[r];
                    scaleCategories[j++] = categories[r];
                }
            }
        }
        ScaleState[] scales = session.scales.clone();
        scales[s] = update.answer(s, session.scales[s], item, category, scaleItems, scaleCategories);
        return new CatSession(this, items, categories, -1, session.excluded, session.randomState, scales);
    }

    /** The step presenting {@code item}, with the session awaiting it. */
    private Step present(CatSession session, int item, int[] excluded, long randomState) {
        return new Step(item(item), new CatSession(this, session.items, session.categories, item, excluded,
                randomState, session.scales));
    }

    String scaleName(int item) {
        return design.scales().get(tables.scaleOf[item]);
    }

    private Item item(int index) {
        return design.bank().item(tables.bankPosition[index]);
    }

    private void check(CatSession session) {
        Objects.requireNonNull(session, "session");
        if (session.engine != this && !session.engine.design.fingerprint().equals(design.fingerprint())) {
            throw new IllegalArgumentException("the session runs under design " + session.designFingerprint()
                    + ", not under this engine's design " + design.fingerprint());
        }
    }

    private static void awaited(CatSession session) {
        if (session.pending < 0) {
            throw new IllegalStateException("the session awaits no answer; ask next(session) for an item first");
        }
    }

    /** The next member of the together set the last answered item belongs to, or −1. */
    private int forcedMember(CatSession session) {
        int n = session.items.length;
        if (n == 0 || content.setOf[session.items[n - 1]] < 0) {
            return -1;
        }
        for (int member : content.sets[content.setOf[session.items[n - 1]]]) {
            if (!contains(session.items, member)) {
                return member;
            }
        }
        return -1;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which items and scales can still be given in a session: the items given and their enemies are taken,
     * Sympson–Hetter's set-aside items are out, a scale takes items up to its maximum, and the test keeps
     * room for the other scales' unmet minimums.
     */
    private final class Availability {

        private final CatSession session;
        private final long[] taken;
        private final long[] out;
        private final int total;
        /** Per scale: whether one more single item fits its maximum and the total. */
        private final boolean[] roomForOne;

        Availability(CatSession session, Workspace work) {
            this.session = session;
            work.clear();
            this.taken = work.taken;
            this.out = work.out;
            for (int i : session.items) {
                Workspace.set(taken, i);
                for (int enemy : content.enemies[i]) {
                    Workspace.set(taken, enemy);
                }
            }
            for (int i : session.excluded) {
                Workspace.set(out, i);
            }
            this.total = session.items.length;
            this.roomForOne = new boolean[session.scales.length];
            for (int s = 0; s < roomForOne.length; s++) {
                roomForOne[s] = session.scales[s].count < maxItems[s] && fitsTotal(1, s, -1);
            }
        }

        /** The scale to receive the next item, or −1 when the test is finished. */
        int nextScale() {
            if (total >= maxTotal) {
                return -1;
            }
            int best = -1;
            for (int s = 0; s < session.scales.length; s++) {
                if (open(s) && !criterionMet(s)) {
                    if (design.content().order() == ScaleOrder.SCALE_BY_SCALE) {
                        return s;
                    }
                    if (best < 0 || session.scales[s].count < session.scales[best].count) {
                        best = s;
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
            return total < minTotal ? nextOpenScale() : -1;
        }

        /** Below the total minimum with every scale's criterion met: the next scale that can take an item. */
        private int nextOpenScale() {
            int best = -1;
            for (int s = 0; s < session.scales.length; s++) {
                if (open(s)) {
                    if (design.content().order() == ScaleOrder.SCALE_BY_SCALE) {
                        return s;
                    }
                    if (best < 0 || session.scales[s].count < session.scales[best].count) {
                        best = s;
                    }
                }
            }
            return best;
        }

        /** Why scale s has stopped, if it has. */
        Optional<StopReason> stopReason(int s) {
            ScaleState st = session.scales[s];
            StopReason reason = null;
            if (st.count >= maxItems[s]) {
                reason = StopReason.MAX_ITEMS;
            } else if (st.count >= minItems[s] && seMet(st)) {
                reason = StopReason.STANDARD_ERROR;
            } else if (st.count >= minItems[s] && classifier.decided(s, st, this::eligible)) {
                reason = StopReason.CLASSIFIED;
            } else if (!hasFree(s)) {
                reason = StopReason.POOL_EXHAUSTED;
            } else if (!hasEligible(s)) {
                reason = StopReason.TOTAL_MAX_ITEMS;
            }
            return Optional.ofNullable(reason);
        }

        private boolean open(int s) {
            return session.scales[s].count < maxItems[s] && hasEligible(s);
        }

        private boolean criterionMet(int s) {
            ScaleState st = session.scales[s];
            return st.count >= minItems[s] && (seMet(st) || classifier.decided(s, st, this::eligible));
        }

        private boolean seMet(ScaleState st) {
            return st.se <= seThreshold;
        }

        private boolean hasEligible(int s) {
            for (int i = tables.scaleStart[s]; i < tables.scaleEnd[s]; i++) {
                if (eligible(i)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether some item of scale s is free: not taken, not set aside, and its together set untouched. */
        private boolean hasFree(int s) {
            for (int i = tables.scaleStart[s]; i < tables.scaleEnd[s]; i++) {
                if (!Workspace.get(taken, i) && !Workspace.get(out, i) && (content.setOf[i] < 0
                        || Arrays.stream(content.sets[content.setOf[i]]).noneMatch(m -> Workspace.get(taken, m)))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether item i may be given next: free, and it (with its together set) fits the limits. */
        boolean eligible(int i) {
            if (Workspace.get(taken, i) || Workspace.get(out, i)) {
                return false;
            }
            int set = content.setOf[i];
            if (set < 0) {
                return roomForOne[tables.scaleOf[i]];
            }
            int[] members = content.sets[set];
            int[] extra = new int[session.scales.length];
            for (int m : members) {
                if (Workspace.get(taken, m)) {
                    return false;
                }
                extra[tables.scaleOf[m]]++;
            }
            for (int s = 0; s < extra.length; s++) {
                if (session.scales[s].count + extra[s] > maxItems[s]) {
                    return false;
                }
            }
            return fitsTotal(members.length, -1, set);
        }

        /**
         * Whether {@code size} more items fit the total maximum while keeping room for the unmet minimums
         * of the scales other than {@code scale} (or than the scales of together set {@code set}).
         */
        private boolean fitsTotal(int size, int scale, int set) {
            if (maxTotal == Integer.MAX_VALUE) {
                return true;
            }
            long room = (long) maxTotal - total - size;
            for (int s = 0; s < session.scales.length && room >= 0; s++) {
                if (s != scale && (set < 0 || !touches(set, s))) {
                    room -= Math.max(0, minItems[s] - session.scales[s].count);
                }
            }
            return room >= 0;
        }

        private boolean touches(int set, int s) {
            for (int m : content.sets[set]) {
                if (tables.scaleOf[m] == s) {
                    return true;
                }
            }
            return false;
        }
    }
}
