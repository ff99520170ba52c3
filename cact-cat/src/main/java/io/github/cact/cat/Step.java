package io.github.cact.cat;

import io.github.cact.irt.Item;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CatEngine#next(CatSession)} decided: the item to present, with the session that now awaits
 * its answer, or the end of the test. Immutable and thread-safe.
 */
public final class Step {

    private final Item item;
    private final CatSession session;

    Step(Item item, CatSession session) {
        this.item = item;
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * Returns the item to present.
     *
     * @return the item, or empty when the test has finished
     */
    public Optional<Item> item() {
        return Optional.ofNullable(item);
    }

    /**
     * Tells whether the test has finished.
     *
     * @return true if no item is to be presented
     */
    public boolean finished() {
        return item == null;
    }

    /**
     * Returns the session to keep: it awaits the answer to {@link #item()}, or is the finished session.
     *
     * @return the session
     */
    public CatSession session() {
        return session;
    }

    @Override
    public String toString() {
        return finished() ? "Step[finished]" : "Step[" + item.id() + "]";
    }
}
