package io.github.cact.server.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * One request as an endpoint sees it: method, path parameters, query, headers, the body (already read
 * within the size limit), the caller's key and the request id.
 */
public final class Exchange {

    private final String method;
    private final Map<String, String> parameters;
    private final Function<String, String> query;
    private final Function<String, String> headers;
    private final byte[] body;
    private final Principal principal;
    private final String requestId;
    private final ObjectMapper mapper;

    /**
     * Creates an exchange.
     *
     * @param method the HTTP method
     * @param parameters the path parameters
     * @param query a query parameter by name, null if absent
     * @param headers a header by name, null if absent
     * @param body the body bytes
     * @param principal the caller's key, or null on a public route
     * @param requestId the request id
     * @param mapper the JSON mapper
     */
    public Exchange(String method, Map<String, String> parameters, Function<String, String> query,
            Function<String, String> headers, byte[] body, Principal principal, String requestId, ObjectMapper mapper) {
        this.method = method;
        this.parameters = Map.copyOf(parameters);
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.principal = principal;
        this.requestId = requestId;
        this.mapper = mapper;
    }

    /**
     * Returns the HTTP method.
     *
     * @return the method
     */
    public String method() {
        return method;
    }

    /**
     * Returns a path parameter.
     *
     * @param name the name in the route's template
     * @return the value
     */
    public String path(String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalStateException("the route has no parameter " + name);
        }
        return value;
    }

    /**
     * Returns a path parameter that must be a whole number ≥ 1, such as a version.
     *
     * @param name the name in the route's template
     * @return the number
     */
    public int positivePath(String name) {
        String value = path(name);
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Problem.badRequest("path parameter " + name + " is '" + value + "'; expected a whole number >= 1", null);
    }

    /**
     * Returns a query parameter.
     *
     * @param name the name
     * @return the value, or null if absent
     */
    public String query(String name) {
        return query.apply(name);
    }

    /**
     * Returns a request header.
     *
     * @param name the header name
     * @return the value, or null if absent
     */
    public String header(String name) {
        return headers.apply(name);
    }

    /**
     * Returns the raw body.
     *
     * @return the bytes (not copied: do not modify)
     */
    public byte[] body() {
        return body;
    }

    /**
     * Parses the body as one JSON document.
     *
     * @return the root, at pointer {@code ""}
     * @throws Problem 400 naming line and column of a syntax error, or an empty body
     */
    public Field json() {
        if (body.length == 0) {
            throw Problem.badRequest("the request body is empty; expected a JSON document", null);
        }
        try {
            JsonNode root = mapper.readTree(body);
            return new Field("", root);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw Problem.badRequest("the body is not valid JSON" + where + ": " + e.getOriginalMessage(), null);
        } catch (IOException e) {
            throw Problem.badRequest("the body cannot be read as JSON: " + e.getMessage(), null);
        }
    }

    /**
     * Returns the caller's key.
     *
     * @return the principal, null on a public route
     */
    public Principal principal() {
        return principal;
    }

    /**
     * Returns the request id (also in the access log and the X-Request-Id response header).
     *
     * @return the id
     */
    public String requestId() {
        return requestId;
    }

    /**
     * Returns the JSON mapper.
     *
     * @return the mapper
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Serialises a value as a JSON reply.
     *
     * @param status the status
     * @param value a tree or a value the mapper can write
     * @return the reply
     */
    public Reply reply(int status, Object value) {
        try {
            return Reply.json(status, mapper.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the reply", e);
        }
    }
}
