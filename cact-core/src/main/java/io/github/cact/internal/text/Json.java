package io.github.cact.internal.text;

import io.github.cact.data.DataFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small JSON (RFC 8259) reader and writer, so that the library needs no JSON dependency.
 *
 * <p>Values map to Java as: object → {@code Map<String, Object>} (insertion-ordered, unmodifiable),
 * array → {@code List<Object>} (unmodifiable), string → {@code String}, number → {@code Double},
 * {@code true}/{@code false} → {@code Boolean}, {@code null} → {@code null}. Duplicate keys are an error.
 * The writer prints maps in their iteration order with two-space indentation, so equal input gives
 * equal bytes; non-finite numbers are refused. Stateless and thread-safe.
 *
 * <p>Bounded: nesting deeper than {@link InputLimits#MAX_JSON_DEPTH}, a string longer than
 * {@link InputLimits#MAX_JSON_STRING_CHARS} characters and a number beyond the range of a double are
 * refused with a located {@link DataFormatException}; files are read strictly as UTF-8 and are at most
 * {@link InputLimits#MAX_JSON_BYTES} bytes long.
 */
public final class Json {

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    private final String text;
    private final String source;
    private int pos;
    private int depth;

    private Json(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /**
     * Parses one JSON value that fills the whole text (blanks around it allowed).
     *
     * @param text the JSON text
     * @param source the name used in error messages
     * @return the value as described in the class comment
     * @throws DataFormatException naming line and column of the first syntax error
     */
    public static Object parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Json parser = new Json(text.startsWith("\uFEFF") ? text.substring(1) : text, source);
        parser.skipBlanks();
        Object value = parser.value();
        parser.skipBlanks();
        if (parser.pos != parser.text.length()) {
            throw parser.error("unexpected text after the JSON value");
        }
        return value;
    }

    /**
     * Reads and parses a UTF-8 JSON file (with or without a byte-order mark).
     *
     * @param path the file; its name is used in error messages
     * @return the value as described in the class comment
     * @throws IOException if the file cannot be read
     * @throws DataFormatException naming line and column of the first syntax or encoding error, or if the
     *     file is too large
     */
    public static Object parseFile(Path path) throws IOException {
        return parse(Utf8Input.readFile(path, InputLimits.MAX_JSON_BYTES), String.valueOf(path.getFileName()));
    }

    /**
     * Writes a value as indented JSON.
     *
     * @param value a map, list, string, number, boolean or null, nested freely
     * @return the JSON text, ending with a newline
     * @throws IllegalArgumentException for a non-finite number or a value of another type
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private Object value() {
        if (pos >= text.length()) {
            throw error("unexpected end of the text; expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + c + "'; expected a value");
        }
    }

    private void enter() {
        if (++depth > InputLimits.MAX_JSON_DEPTH) {
            throw error("arrays and objects are nested deeper than " + InputLimits.MAX_JSON_DEPTH + " levels");
        }
    }

    private Map<String, Object> object() {
        enter();
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipBlanks();
        if (peek() == '}') {
            pos++;
            depth--;
            return Collections.unmodifiableMap(map);
        }
        while (true) {
            skipBlanks();
            if (peek() != '"') {
                throw error("expected a quoted key");
            }
            int keyPos = pos;
            String key = string();
            skipBlanks();
            expect(':');
            skipBlanks();
            if (map.containsKey(key)) {
                pos = keyPos;
                throw error("duplicate key \"" + key + "\"");
            }
            map.put(key, value());
            skipBlanks();
            char c = peek();
            pos++;
            if (c == '}') {
                depth--;
                return Collections.unmodifiableMap(map);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array() {
        enter();
        pos++;
        List<Object> list = new ArrayList<>();
        skipBlanks();
        if (peek() == ']') {
            pos++;
            depth--;
            return Collections.unmodifiableList(list);
        }
        while (true) {
            skipBlanks();
            list.add(value());
            skipBlanks();
            char c = peek();
            pos++;
            if (c == ']') {
                depth--;
                return Collections.unmodifiableList(list);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() {
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("a string is not closed");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (out.length() == InputLimits.MAX_JSON_STRING_CHARS) {
                pos = start;
                throw error("the string is longer than " + InputLimits.MAX_JSON_STRING_CHARS + " characters");
            }
            if (c < 0x20) {
                pos--;
                throw error("a control character inside a string must be escaped");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = pos < text.length() ? text.charAt(pos++) : '\0';
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    int code = 0;
                    for (int k = 0; k < 4; k++) {
                        int digit = pos + k < text.length() ? Character.digit(text.charAt(pos + k), 16) : -1;
                        if (digit < 0 || text.charAt(pos + k) > 'f') {
                            throw error("a \\u escape needs four hexadecimal digits");
                        }
                        code = code * 16 + digit;
                    }
                    out.append((char) code);
                    pos += 4;
                }
                default -> {
                    pos--;
                    throw error("unknown escape '\\" + e + "'");
                }
            }
        }
    }

    private Double number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String token = text.substring(start, pos);
        if (!token.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            pos = start;
            throw error("malformed number '" + shorten(token) + "'");
        }
        Double value = Double.valueOf(token);
        if (value.isInfinite()) {
            pos = start;
            throw error("number '" + shorten(token) + "' is beyond the range of a double (about ±1.8e308)");
        }
        return value;
    }

    private static String shorten(String token) {
        return token.length() <= 40 ? token : token.substring(0, 40) + "…";
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected text; expected a value");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipBlanks() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private DataFormatException error(String problem) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new DataFormatException(source, line, column, problem);
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("JSON has no non-finite numbers: " + d);
            }
            boolean whole = d == Math.rint(d) && Math.abs(d) < 1e15 && Double.doubleToRawLongBits(d) != NEGATIVE_ZERO;
            out.append(whole ? Long.toString((long) d) : Double.toString(d));
        } else if (value instanceof Map<?, ?> map) {
            writeMap(map, out, depth);
        } else if (value instanceof List<?> list) {
            writeList(list, out, depth);
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private static void writeMap(Map<?, ?> map, StringBuilder out, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String sep = "\n";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(sep);
            indent(out, depth + 1);
            quote(String.valueOf(entry.getKey()), out);
            out.append(": ");
            write(entry.getValue(), out, depth + 1);
            sep = ",\n";
        }
        out.append('\n');
        indent(out, depth);
        out.append('}');
    }

    private static void writeList(List<?> list, StringBuilder out, int depth) {
        boolean flat = list.stream().allMatch(v -> v == null || v instanceof Number || v instanceof Boolean);
        if (list.isEmpty() || flat) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(list.get(i), out, depth + 1);
            }
            out.append(']');
            return;
        }
        out.append('[');
        String sep = "\n";
        for (Object v : list) {
            out.append(sep);
            indent(out, depth + 1);
            write(v, out, depth + 1);
            sep = ",\n";
        }
        out.append('\n');
        indent(out, depth);
        out.append(']');
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
