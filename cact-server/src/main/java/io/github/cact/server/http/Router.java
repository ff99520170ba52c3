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
    /** Each route's template split at its slashes once, in the order of {@link #routes}. */
    private final List<String[]> templates = new ArrayList<>();

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
        templates.add(segments(template).toArray(String[]::new));
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
        Set<String> allowed = null;
        for (int r = 0; r < routes.size(); r++) {
            String[] template = templates.get(r);
            if (!matches(template, segments)) {
                continue;
            }
            Route route = routes.get(r);
            if (route.method().equals(method)) {
                return new Found(route, parameters(template, segments));
            }
            if (allowed == null) {
                allowed = new TreeSet<>();
            }
            allowed.add(route.method());
        }
        return allowed == null ? new NotFound() : new MethodNotAllowed(allowed);
    }

    /** Whether a path's segments match a template's: literal segments equal, parameters non-empty. */
    private static boolean matches(String[] template, List<String> path) {
        if (template.length != path.size()) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            String actual = path.get(i);
            if (isParameter(template[i]) ? actual.isEmpty() : !template[i].equals(actual)) {
                return false;
            }
        }
        return true;
    }

    /** The parameters that a matching path gives a template, by name in template order. */
    private static Map<String, String> parameters(String[] template, List<String> path) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            if (isParameter(template[i])) {
                parameters.put(template[i].substring(1, template[i].length() - 1), path.get(i));
            }
        }
        return parameters;
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
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
