package io.github.cact.cli.report;

/**
 * A person in the succession (talent) pool.
 *
 * @param name        the person's name or identifier
 * @param box         the nine-box number, 1..9 (normally 7..9)
 * @param talentScore the talent score (finite; usually on a 0..100 scale)
 */
public record PoolMember(String name, int box, double talentScore) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if the name is null
     * @throws IllegalArgumentException if the box is not 1..9 or the score is not finite
     */
    public PoolMember {
        Checks.text(name, "name");
        Checks.box(box);
        Checks.finite(talentScore, "talentScore");
    }
}
