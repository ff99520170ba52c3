package io.github.cact.server.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The routes of the server, matched by method and path. A template segment {@code {name}} matches any one
 * non-empty segment and captures it; a literal segment matches itself. Two routes may not share a method
 * and template. Filled once at start, then only read (safe to share between threads after that).
 */
public final class Router {

    private final List<Route> routes = new ArrayList<>();

    /** What a path resolved to: a route with its parameters, or why none matched. */
    public sealed interface Resolution permits Found, NotFound, MethodNotAllowed {
    }

    /**
     * A route matched.
     *
     * @param route the route
     * @param parameters the captured path parameters by name
     */
    public record Found(Route route, Map<String, String> parameters) implements Resolution {
    }

    /** No route has this path. */
    public record NotFound() implements Resolution {
    }

    /**
     * Routes have this path, but not with this method.
     *
     * @param allowed the methods they have
     */
    public record MethodNotAllowed(Set<String> allowed) implements Resolution {
    }

    /**
     * Adds a route.
     *
     * @param method the HTTP method
     * @param template the path template
     * @param role the role needed, or null for a public route
     * @param endpoint the code
     * @return this router
     * @throws IllegalStateException if the method and template are taken
     */
    public Router add(String method, String template, Role role, Endpoint endpoint) {
        for (Route route : routes) {
            if (route.method().equals(method) && route.template().equals(template)) {
                throw new IllegalStateException("route " + method + " " + template + " is registered twice");
            }
        }
        routes.add(new Route(method, template, role, endpoint));
        return this;
    }

    /**
     * Returns the routes in registration order.
     *
     * @return an unmodifiable view
     */
    public List<Route> routes() {
        return Collections.unmodifiableList(routes);
    }

    /**
     * Finds the route for a request.
     *
     * @param method the request's method
     * @param path the request's decoded path
     * @return the resolution
     */
    public Resolution resolve(String method, String path) {
        List<String> segments = segments(path);
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> parameters = match(route.segments(), segments);
            if (parameters == null) {
                continue;
            }
            if (route.method().equals(method)) {
                return new Found(route, parameters);
            }
            allowed.add(route.method());
        }
        return allowed.isEmpty() ? new NotFound() : new MethodNotAllowed(allowed);
    }

    private static Map<String, String> match(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            String actual = path.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                if (actual.isEmpty()) {
                    return null;
                }
                parameters.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equals(actual)) {
                return null;
            }
        }
        return parameters;
    }

    /** Splits a path at its slashes, ignoring a leading and a trailing one. */
    static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            return List.of();
        }
        return List.of(trimmed.split("/", -1));
    }
}
