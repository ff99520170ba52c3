package io.github.cact.cat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one adaptive test: the answers so far, the item awaiting an answer, the items Sympson–Hetter
 * set aside, the random stream's state and each scale's posterior. Made by {@link CatEngine#start(long)}
 * and advanced only by {@link CatEngine#next(CatSession)} and {@link CatEngine#answer}, which return new
 * sessions. {@link #toJson()} gives the stable form a delivery system keeps between two requests;
 * {@link #fromJson(String, CatEngine)} restores it, after which the engine chooses the same next item.
 *
 * <p>Immutable and thread-safe. Two sessions are equal when they have the same design fingerprint,
 * answers, awaited item, set-aside items and random state.
 */
public final class CatSession {

    final CatEngine engine;
    final int[] items;
    final int[] categories;
    final int pending;
    final int[] excluded;
    final long randomState;
    final ScaleState[] scales;

    CatSession(CatEngine engine, int[] items, int[] categories, int pending, int[] excluded, long randomState,
            ScaleState[] scales) {
        this.engine = engine;
        this.items = items;
        this.categories = categories;
        this.pending = pending;
        this.excluded = excluded;
        this.randomState = randomState;
        this.scales = scales;
    }

    /**
     * Returns the answers so far, in the order given.
     *
     * @return the responses; unmodifiable
     */
    public List<Response> responses() {
        List<Response> out = new ArrayList<>(items.length);
        for (int k = 0; k < items.length; k++) {
            out.add(new Response(engine.tables.ids[items[k]], engine.scaleName(items[k]), categories[k]));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the number of answers so far.
     *
     * @return the test length so far
     */
    public int itemCount() {
        return items.length;
    }

    /**
     * Returns the item presented and awaiting its answer.
     *
     * @return its id, or empty
     */
    public Optional<String> pendingItem() {
        return pending < 0 ? Optional.empty() : Optional.of(engine.tables.ids[pending]);
    }

    /**
     * Returns the items Sympson–Hetter set aside for the rest of this test, in the order set aside.
     *
     * @return the item ids; unmodifiable
     */
    public List<String> excludedItems() {
        List<String> out = new ArrayList<>(excluded.length);
        for (int i : excluded) {
            out.add(engine.tables.ids[i]);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the current estimate of one scale.
     *
     * @param scale a scale of the design
     * @return its estimate
     * @throws IllegalArgumentException for a scale the design does not test
     */
    public ScaleEstimate estimate(String scale) {
        int s = engine.design.scales().indexOf(Objects.requireNonNull(scale, "scale"));
        if (s < 0) {
            throw new IllegalArgumentException("the design does not test scale '" + scale + "'; its scales are "
                    + engine.design.scales());
        }
        return estimate(s);
    }

    /**
     * Returns the current estimates of every scale, in the design's order.
     *
     * @return the estimates; unmodifiable
     */
    public List<ScaleEstimate> estimates() {
        List<ScaleEstimate> out = new ArrayList<>(scales.length);
        for (int s = 0; s < scales.length; s++) {
            out.add(estimate(s));
        }
        return Collections.unmodifiableList(out);
    }

    ScaleEstimate estimate(int s) {
        ScaleState st = scales[s];
        return new ScaleEstimate(engine.design.scales().get(s), st.count, st.theta, st.se);
    }

    /**
     * Returns the fingerprint of the design this session runs under.
     *
     * @return the design's {@link CatDesign#fingerprint()}
     */
    public String designFingerprint() {
        return engine.design.fingerprint();
    }

    /**
     * Writes the session as JSON (docs/cat.md#session-json): format and version, bank version and
     * fingerprint, design fingerprint, random state, answers, awaited item, set-aside items and a summary
     * per scale. Equal sessions give equal bytes.
     *
     * @return the JSON text, ending with a newline
     */
    public String toJson() {
        return SessionJson.write(this);
    }

    /**
     * Restores a session written by {@link #toJson()} under the same design. The answers are replayed, and
     * the stored summaries must match the replay exactly.
     *
     * @param json the JSON text
     * @param engine the engine of the design the session was made with
     * @return the session
     * @throws io.github.cact.data.DataFormatException naming the JSON path, the value found and what was
     *     expected: malformed JSON, another format or version, another bank or design fingerprint, an
     *     unknown item, a category out of range, a repeated item, or a summary that the answers do not give
     */
    public static CatSession fromJson(String json, CatEngine engine) {
        return SessionJson.read(Objects.requireNonNull(json, "json"), Objects.requireNonNull(engine, "engine"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatSession other && pending == other.pending && randomState == other.randomState
                && Arrays.equals(items, other.items) && Arrays.equals(categories, other.categories)
                && Arrays.equals(excluded, other.excluded)
                && engine.design.fingerprint().equals(other.engine.design.fingerprint());
    }

    @Override
    public int hashCode() {
        return Objects.hash(pending, randomState, Arrays.hashCode(items), Arrays.hashCode(categories),
                Arrays.hashCode(excluded));
    }

    @Override
    public String toString() {
        return "CatSession[" + items.length + " answers" + pendingItem().map(id -> ", awaiting " + id).orElse("")
                + ", " + estimates() + "]";
    }
}
