package io.github.cact.internal.text;

import io.github.cact.data.DataFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A value of a parsed JSON document together with its JSON path ({@code $.items[3].a}), so that every
 * error names the source, the path, the offending value and what was expected:
 * {@code config.json, $.potentialBands.highFrom: found "81"; expected a number}. A cursor for a key
 * that the object lacks is <em>absent</em>. Immutable.
 */
public final class JsonCursor {

    private final Object value;
    private final boolean present;
    private final String source;
    private final String path;
    private final String key;

    private JsonCursor(Object value, boolean present, String source, String path, String key) {
        this.value = value;
        this.present = present;
        this.source = source;
        this.path = path;
        this.key = key;
    }

    /**
     * Parses JSON text and returns its root.
     *
     * @param text the JSON
     * @param source the name used in error messages
     * @return the root, at path {@code $}
     * @throws DataFormatException for malformed JSON, naming line and column
     */
    public static JsonCursor parse(String text, String source) {
        return new JsonCursor(Json.parse(text, source), true, source, "$", null);
    }

    /**
     * Reads a UTF-8 JSON file and returns its root.
     *
     * @param path the file; its name is used in error messages
     * @return the root, at path {@code $}
     * @throws IOException if the file cannot be read
     * @throws DataFormatException for malformed JSON or bytes that are not UTF-8, naming line and column
     */
    public static JsonCursor parseFile(Path path) throws IOException {
        return new JsonCursor(Json.parseFile(path), true, String.valueOf(path.getFileName()), "$", null);
    }

    /**
     * Returns the name of the document, used in error messages.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Returns the path of this value.
     *
     * @return e.g. {@code $.items[3].a}
     */
    public String path() {
        return path;
    }

    /**
     * Tells whether the value is absent or JSON {@code null}.
     *
     * @return true if there is no value
     */
    public boolean isNull() {
        return value == null;
    }

    /**
     * Tells whether the value is a number.
     *
     * @return true for a JSON number
     */
    public boolean isNumber() {
        return value instanceof Double;
    }

    /**
     * Tells whether the value is an object.
     *
     * @return true for a JSON object
     */
    public boolean isObject() {
        return value instanceof Map<?, ?>;
    }

    /**
     * Returns a member of this object.
     *
     * @param key the member's name
     * @return the member, absent if the object has none of that name
     * @throws DataFormatException if this value is not an object
     */
    public JsonCursor get(String key) {
        Map<String, Object> map = object();
        return new JsonCursor(map.get(key), map.containsKey(key), source, path + member(key), key);
    }

    /**
     * Returns the members of this object, in document order.
     *
     * @return one cursor per member
     * @throws DataFormatException if this value is not an object
     */
    public List<JsonCursor> members() {
        List<JsonCursor> members = new ArrayList<>();
        for (String key : object().keySet()) {
            members.add(get(key));
        }
        return members;
    }

    /**
     * Returns the name of this value in its object.
     *
     * @return the key, as in the document
     * @throws IllegalStateException if this value is not an object member
     */
    public String key() {
        if (key == null) {
            throw new IllegalStateException(path + " is not an object member");
        }
        return key;
    }

    /**
     * Returns the elements of this array.
     *
     * @return one cursor per element, in order
     * @throws DataFormatException if this value is not an array
     */
    public List<JsonCursor> elements() {
        if (!(value instanceof List<?> list)) {
            throw expected("an array");
        }
        List<JsonCursor> elements = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            elements.add(new JsonCursor(list.get(i), true, source, path + "[" + i + "]", null));
        }
        return elements;
    }

    /**
     * Refuses members other than the given ones.
     *
     * @param allowed the known keys
     * @throws DataFormatException at the first unknown member, listing the known keys
     */
    public void allowOnly(Collection<String> allowed) {
        for (String key : object().keySet()) {
            if (!allowed.contains(key)) {
                throw get(key).error("unknown key \"" + key + "\"; expected one of " + allowed);
            }
        }
    }

    /**
     * Returns this value as an object.
     *
     * @return the members, by key
     * @throws DataFormatException if the value is not an object
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object() {
        if (!(value instanceof Map<?, ?> map)) {
            throw expected("an object");
        }
        return (Map<String, Object>) map;
    }

    /**
     * Returns this value as a string.
     *
     * @return the text
     * @throws DataFormatException if the value is not a string
     */
    public String string() {
        if (!(value instanceof String text)) {
            throw expected("a string");
        }
        return text;
    }

    /**
     * Returns this value as a non-blank string.
     *
     * @return the text, as given
     * @throws DataFormatException if the value is not a string or is blank
     */
    public String nonBlankString() {
        if (!(value instanceof String text) || text.isBlank()) {
            throw expected("a non-blank string");
        }
        return text;
    }

    /**
     * Returns this value as a number; JSON numbers are always finite.
     *
     * @return the number
     * @throws DataFormatException if the value is not a number
     */
    public double number() {
        if (!(value instanceof Double number)) {
            throw expected("a number");
        }
        return number;
    }

    /**
     * Returns this value as a whole number in a range; a fraction is refused, never truncated.
     *
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @return the value
     * @throws DataFormatException if the value is not a whole number in {@code min..max}
     */
    public int integer(int min, int max) {
        if (!(value instanceof Double number) || number != Math.rint(number) || number < min || number > max) {
            throw expected("a whole number " + min + ".." + max);
        }
        return number.intValue();
    }

    /**
     * Builds the error {@code "found <value>; expected <what>"} at this path.
     *
     * @param what what was expected, e.g. {@code "a number"}
     * @return the exception, for the caller to throw
     */
    public DataFormatException expected(String what) {
        return error("found " + (present ? describe(value) : "nothing") + "; expected " + what);
    }

    /**
     * Builds an error located at this path.
     *
     * @param problem what is wrong and what was expected
     * @return the exception, for the caller to throw
     */
    public DataFormatException error(String problem) {
        return DataFormatException.atJsonPath(source, path, problem);
    }

    /**
     * Describes a parsed JSON value for a message: strings quoted (long ones cut), numbers as written,
     * objects and arrays by kind.
     *
     * @param value a value as returned by {@link Json#parse}
     * @return e.g. {@code "81"}, {@code 81}, {@code 0.5}, {@code an object}, {@code null}
     */
    public static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return '"' + (text.length() <= 60 ? text : text.substring(0, 60) + "…") + '"';
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof List<?>) {
            return "an array";
        }
        return String.valueOf(value);
    }

    private static String member(String key) {
        if (!key.isEmpty() && (Character.isLetter(key.charAt(0)) || key.charAt(0) == '_')
                && key.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
            return "." + key;
        }
        return "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    @Override
    public String toString() {
        return "JsonCursor[" + source + ", " + path + "]";
    }
}
