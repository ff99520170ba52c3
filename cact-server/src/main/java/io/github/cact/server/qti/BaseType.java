package io.github.cact.server.qti;

import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The QTI base types of a variable's values (QTI Results Reporting, {@code baseType}) and the form of a
 * value of each, as the JSON binding writes them: every value is a string.
 */
enum BaseType {
    /** {@code true} or {@code false} (also the XML Schema forms {@code 1} and {@code 0}). */
    BOOLEAN("boolean", "true or false"),
    /** Two identifiers separated by a space, the first pointing at the second. */
    DIRECTED_PAIR("directedPair", "two identifiers separated by a space"),
    /** Seconds as a number ≥ 0, or an ISO 8601 duration such as {@code PT1M30S}. */
    DURATION("duration", "seconds (a number >= 0) or an ISO 8601 duration such as PT1M30S"),
    /** A file's content or reference: any string. */
    FILE("file", "a string"),
    /** A decimal number. */
    FLOAT("float", "a decimal number such as 0.5"),
    /** A QTI identifier: a letter or underscore, then letters, digits, '.', '_' or '-'. */
    IDENTIFIER("identifier", "an identifier (a letter or '_', then letters, digits, '.', '_' or '-')"),
    /** A 32-bit whole number. */
    INTEGER("integer", "a whole number"),
    /** Two identifiers separated by a space, in either order. */
    PAIR("pair", "two identifiers separated by a space"),
    /** Two whole numbers separated by a space: x and y. */
    POINT("point", "two whole numbers separated by a space"),
    /** Any string. */
    STRING("string", "a string"),
    /** A URI (RFC 3986). */
    URI("uri", "a URI");

    static final Pattern IDENTIFIER_FORM = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._-]*");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

    private final String label;
    private final String form;

    BaseType(String label, String form) {
        this.label = label;
        this.form = form;
    }

    /**
     * The name in documents.
     *
     * @return e.g. {@code directedPair}
     */
    String label() {
        return label;
    }

    /**
     * Reads a {@code baseType} member.
     *
     * @param field the member, present
     * @return the base type
     * @throws Problem naming the value and the accepted names
     */
    static BaseType of(Field field) {
        String name = field.text();
        for (BaseType type : values()) {
            if (type.label.equals(name)) {
                return type;
            }
        }
        throw Problem.invalidField(field.pointer(), "unknown baseType '" + name + "'; expected one of "
                + Arrays.stream(values()).map(BaseType::label).toList());
    }

    /**
     * Checks that a value has this type's form.
     *
     * @param value the value's {@code value} member: a string
     * @return the text
     * @throws Problem naming the pointer, the value and the expected form
     */
    String check(Field value) {
        if (!value.present() || !value.node().isTextual()) {
            throw value.expected("a string (QTI values are strings, e.g. \"1\")");
        }
        String text = value.node().textValue();
        if (!valid(text)) {
            throw Problem.invalidField(value.pointer(), "the value '" + shortened(text) + "' is not of baseType "
                    + label + "; expected " + form);
        }
        return text;
    }

    private boolean valid(String text) {
        return switch (this) {
            case BOOLEAN -> List.of("true", "false", "1", "0").contains(text);
            case DIRECTED_PAIR, PAIR -> twoOf(text, IDENTIFIER_FORM);
            case DURATION -> NUMBER.matcher(text).matches() && !text.startsWith("-") || isoDuration(text);
            case FILE, STRING -> true;
            case FLOAT -> NUMBER.matcher(text).matches() && Double.isFinite(Double.parseDouble(text));
            case IDENTIFIER -> IDENTIFIER_FORM.matcher(text).matches();
            case INTEGER -> WHOLE.matcher(text).matches() && fitsInt(text);
            case POINT -> twoOf(text, WHOLE) && Arrays.stream(text.split(" ")).allMatch(BaseType::fitsInt);
            case URI -> isUri(text);
        };
    }

    private static boolean twoOf(String text, Pattern part) {
        String[] parts = text.split(" ", -1);
        return parts.length == 2 && part.matcher(parts[0]).matches() && part.matcher(parts[1]).matches();
    }

    private static boolean fitsInt(String text) {
        try {
            Integer.parseInt(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isoDuration(String text) {
        try {
            return !Duration.parse(text.toUpperCase(Locale.ROOT)).isNegative();
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isUri(String text) {
        try {
            new URI(text);
            return !text.isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
