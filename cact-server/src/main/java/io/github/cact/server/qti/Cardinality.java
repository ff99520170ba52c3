package io.github.cact.server.qti;

import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import java.util.Arrays;

/**
 * How many values a QTI variable holds ({@code cardinality}): one ({@code single}), a bag ({@code
 * multiple}), a list ({@code ordered}) or named fields ({@code record}, each value with its own
 * {@code fieldIdentifier} and {@code baseType}).
 */
enum Cardinality {
    /** At most one value. */
    SINGLE("single"),
    /** Any number of values, unordered. */
    MULTIPLE("multiple"),
    /** Any number of values, in order. */
    ORDERED("ordered"),
    /** Named fields, each value with its field identifier and base type. */
    RECORD("record");

    private final String label;

    Cardinality(String label) {
        this.label = label;
    }

    /**
     * Reads a {@code cardinality} member.
     *
     * @param field the member
     * @return the cardinality
     * @throws Problem naming the value and the accepted names
     */
    static Cardinality of(Field field) {
        String name = field.text();
        for (Cardinality c : values()) {
            if (c.label.equals(name)) {
                return c;
            }
        }
        throw Problem.invalidField(field.pointer(), "unknown cardinality '" + name + "'; expected one of "
                + Arrays.stream(values()).map(c -> c.label).toList());
    }

    /**
     * The name in documents.
     *
     * @return e.g. {@code single}
     */
    String label() {
        return label;
    }
}
