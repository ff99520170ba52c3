package io.github.cact.server.qti;

import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Readers of the members that QTI result documents share: optional arrays, identifiers, date-times. */
final class Members {

    private Members() {
    }

    /**
     * The elements of an optional array (absent: none; empty allowed).
     *
     * @param field the member
     * @return the element fields
     */
    static List<Field> list(Field field) {
        if (!field.present()) {
            return List.of();
        }
        if (!field.node().isArray()) {
            throw field.expected("an array");
        }
        List<Field> elements = new ArrayList<>(field.node().size());
        for (int i = 0; i < field.node().size(); i++) {
            elements.add(new Field(field.pointer() + "/" + i, field.node().get(i)));
        }
        return elements;
    }

    /**
     * A required QTI identifier (a letter or '_', then letters, digits, '.', '_' or '-').
     *
     * @param field the member
     * @return the identifier
     */
    static String identifier(Field field) {
        String text = field.text();
        if (!BaseType.IDENTIFIER_FORM.matcher(text).matches()) {
            throw Problem.invalidField(field.pointer(), "'" + BaseType.shortened(text) + "' is not a QTI identifier;"
                    + " expected a letter or '_', then letters, digits, '.', '_' or '-'");
        }
        return text;
    }

    /**
     * An optional string, which may be empty (a comment, an interpretation).
     *
     * @param field the member
     */
    static void optionalString(Field field) {
        if (field.present() && !field.node().isTextual()) {
            throw field.expected("a string");
        }
    }

    /**
     * An optional XML Schema date-time ({@code 2026-11-29T10:15:30Z}, with or without an offset).
     *
     * @param field the member
     */
    static void optionalDateTime(Field field) {
        if (!field.present()) {
            return;
        }
        String text = field.text();
        try {
            OffsetDateTime.parse(text);
        } catch (DateTimeParseException withOffset) {
            try {
                LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw Problem.invalidField(field.pointer(), "'" + BaseType.shortened(text) + "' is not a date-time;"
                        + " expected e.g. 2026-11-29T10:15:30Z");
            }
        }
    }

    /**
     * An optional string out of a fixed set.
     *
     * @param field the member
     * @param allowed the accepted values
     * @return the value, or null when absent
     */
    static String optionalChoice(Field field, Set<String> allowed) {
        return field.present() ? choice(field, allowed) : null;
    }

    /**
     * A required string out of a fixed set.
     *
     * @param field the member
     * @param allowed the accepted values
     * @return the value
     */
    static String choice(Field field, Set<String> allowed) {
        String text = field.text();
        if (!allowed.contains(text)) {
            throw Problem.invalidField(field.pointer(), "unknown value '" + BaseType.shortened(text) + "'; expected one of "
                    + allowed.stream().sorted().toList());
        }
        return text;
    }
}
