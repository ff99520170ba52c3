package io.github.cact.server.http;

import io.github.cact.data.DataFormatException;

/**
 * A request that cannot be served, as an RFC 9457 problem document: {@code type}, {@code title},
 * {@code status}, {@code detail} and, where one field is at fault, its JSON {@code pointer} (RFC 6901).
 * Thrown by endpoints; the handler writes it as {@code application/problem+json}.
 */
public class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String slug;
    private final String title;
    private final String pointer;

    /**
     * Creates a problem.
     *
     * @param status the HTTP status, 4xx or 5xx
     * @param slug the last part of the type URI {@code urn:cact:problem:<slug>}
     * @param title the short, fixed summary of this type
     * @param detail what was wrong in this request, and what was expected
     * @param pointer the JSON pointer of the field at fault, or null
     */
    public Problem(int status, String slug, String title, String detail, String pointer) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.pointer = pointer;
    }

    /**
     * A field of the body with a bad value (422).
     *
     * @param pointer the JSON pointer of the field, e.g. {@code /people/0/responses}
     * @param detail what is wrong, the value and what was expected
     * @return the problem
     */
    public static Problem invalidField(String pointer, String detail) {
        return new Problem(422, "invalid-field", "A field has an invalid value", detail, pointer);
    }

    /**
     * A request the server cannot read at all (400): malformed JSON, a bad header or path value.
     *
     * @param detail what is wrong
     * @param pointer the JSON pointer or null
     * @return the problem
     */
    public static Problem badRequest(String detail, String pointer) {
        return new Problem(400, "bad-request", "The request is malformed", detail, pointer);
    }

    /**
     * Something named by the request does not exist (404).
     *
     * @param detail what was not found
     * @return the problem
     */
    public static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", detail, null);
    }

    /**
     * The request conflicts with the stored state (409), e.g. a change to a published bank.
     *
     * @param detail what conflicts
     * @return the problem
     */
    public static Problem conflict(String detail) {
        return new Problem(409, "conflict", "Conflict with the stored state", detail, null);
    }

    /**
     * The located error of a library reader as a problem: its JSON path ({@code $.items[3].a}) becomes the
     * pointer ({@code /items/3/a}), its message the detail.
     *
     * @param e the error
     * @param base the pointer of the document the reader was given, e.g. {@code /items} or empty
     * @return the problem
     */
    public static Problem of(DataFormatException e, String base) {
        return invalidField(base + JsonPointers.fromJsonPath(e.jsonPath()), e.getMessage());
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * Returns the type URI.
     *
     * @return {@code urn:cact:problem:<slug>}
     */
    public String type() {
        return "urn:cact:problem:" + slug;
    }

    /**
     * Returns the title.
     *
     * @return the fixed summary of the type
     */
    public String title() {
        return title;
    }

    /**
     * Returns the JSON pointer of the field at fault.
     *
     * @return the pointer, or null
     */
    public String pointer() {
        return pointer;
    }
}
