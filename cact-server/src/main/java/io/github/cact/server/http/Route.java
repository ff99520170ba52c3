package io.github.cact.server.http;

/**
 * One route: a method, a path template whose {@code {name}} segments capture path parameters, the role
 * it needs (null: no key needed) and its endpoint.
 *
 * @param method the HTTP method
 * @param template the path template, e.g. {@code /banks/{name}/versions/{version}}
 * @param role the role a key needs, or null for a public route
 * @param endpoint the code
 */
public record Route(String method, String template, Role role, Endpoint endpoint) {
}
