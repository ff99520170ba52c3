package io.github.cact.server.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An endpoint's answer: status, content type, body bytes and extra headers. Immutable apart from
 * {@link #withHeader(String, String)}, which returns a copy.
 *
 * @param status the HTTP status
 * @param contentType the media type of the body, or null for no body
 * @param body the body, empty for none
 * @param headers extra response headers
 */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    /** The media type of JSON replies. */
    public static final String JSON = "application/json";

    /**
     * Copies the headers.
     */
    public Reply {
        headers = Map.copyOf(headers);
    }

    /**
     * A JSON reply.
     *
     * @param status the status
     * @param json the serialised JSON
     * @return the reply
     */
    public static Reply json(int status, byte[] json) {
        return new Reply(status, JSON, json, Map.of());
    }

    /**
     * A reply with a text body of the given type.
     *
     * @param status the status
     * @param contentType the media type
     * @param text the body
     * @return the reply
     */
    public static Reply text(int status, String contentType, String text) {
        return new Reply(status, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * A reply without a body (e.g. 204).
     *
     * @param status the status
     * @return the reply
     */
    public static Reply empty(int status) {
        return new Reply(status, null, new byte[0], Map.of());
    }

    /**
     * Returns a copy with one more header.
     *
     * @param name the header name
     * @param value its value
     * @return the new reply
     */
    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, contentType, body, more);
    }
}
