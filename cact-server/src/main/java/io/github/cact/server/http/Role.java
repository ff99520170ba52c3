package io.github.cact.server.http;

import java.util.Locale;

/**
 * What a key may do. {@link #ADMIN} includes the other two; {@link #SCORE} includes {@link #READ}.
 */
public enum Role {
    /** Read stored banks, standards, configurations and results. */
    READ,
    /** Also submit responses for scoring, profiles, nine-box placement and matching. */
    SCORE,
    /** Also create and publish banks, standards, cut scores and configurations, and manage keys. */
    ADMIN;

    /**
     * Whether a key holding this role may do what {@code needed} allows.
     *
     * @param needed the role a route asks for
     * @return true if this role is the same or includes it
     */
    public boolean includes(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    /**
     * The name in requests and responses.
     *
     * @return {@code read}, {@code score} or {@code admin}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a role name.
     *
     * @param label {@code read}, {@code score} or {@code admin}
     * @return the role
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static Role parse(String label) {
        for (Role role : values()) {
            if (role.label().equals(label)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + label + "'; expected read, score or admin");
    }
}
