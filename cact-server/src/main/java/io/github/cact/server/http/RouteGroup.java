package io.github.cact.server.http;

/**
 * A set of related routes (banks, scoring, keys, ...), registered together on the {@link Router}. The
 * server's list of groups is the one place where the API is assembled.
 */
@FunctionalInterface
public interface RouteGroup {

    /**
     * Adds this group's routes.
     *
     * @param router where to add them
     */
    void register(Router router);
}
