package io.github.cact.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A value of a request body with its JSON pointer: every accessor checks the type and refuses a missing,
 * mistyped or unknown value with a {@link Problem} naming the pointer, the value and what was expected.
 *
 * @param pointer where the value is, e.g. {@code /people/3/id}; empty for the root
 * @param node the value, or null when absent
 */
public record Field(String pointer, JsonNode node) {

    /**
     * Returns whether the value is present and not null.
     *
     * @return true if present
     */
    public boolean present() {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    /**
     * Returns a member of this object (absent members give an absent field).
     *
     * @param name the member name
     * @return the member
     */
    public Field get(String name) {
        object();
        return new Field(pointer + "/" + JsonPointers.escape(name), node.get(name));
    }

    /**
     * Refuses members other than the given ones, so that a misspelt name never passes silently.
     *
     * @param names the known members
     * @return this field
     */
    public Field allowOnly(Set<String> names) {
        object();
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String name = it.next();
            if (!names.contains(name)) {
                throw Problem.invalidField(pointer + "/" + JsonPointers.escape(name),
                        "unknown member '" + name + "'; expected one of " + names.stream().sorted().toList());
            }
        }
        return this;
    }

    /**
     * Requires an object.
     *
     * @return this field
     */
    public Field object() {
        if (!present() || !node.isObject()) {
            throw expected("an object");
        }
        return this;
    }

    /**
     * Returns the members of an object in order.
     *
     * @return the member fields by name
     */
    public List<Map.Entry<String, Field>> members() {
        object();
        List<Map.Entry<String, Field>> members = new ArrayList<>();
        node.properties().forEach(e -> members.add(
                Map.entry(e.getKey(), new Field(pointer + "/" + JsonPointers.escape(e.getKey()), e.getValue()))));
        return members;
    }

    /**
     * Returns the elements of a required, non-empty array.
     *
     * @return the element fields
     */
    public List<Field> elements() {
        if (!present() || !node.isArray()) {
            throw expected("an array");
        }
        if (node.isEmpty()) {
            throw Problem.invalidField(pointer, "the array is empty; expected at least one element");
        }
        List<Field> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new Field(pointer + "/" + i, node.get(i)));
        }
        return elements;
    }

    /**
     * Returns a required non-blank string.
     *
     * @return the text
     */
    public String text() {
        if (!present() || !node.isTextual()) {
            throw expected("a string");
        }
        String text = node.textValue();
        if (text.isBlank()) {
            throw Problem.invalidField(pointer, "the string is blank; expected a non-blank string");
        }
        return text;
    }

    /**
     * Returns an optional string.
     *
     * @param fallback the value when absent
     * @return the text or the fallback
     */
    public String text(String fallback) {
        return present() ? text() : fallback;
    }

    /**
     * Returns a required finite number.
     *
     * @return the number
     */
    public double number() {
        if (!present() || !node.isNumber()) {
            throw expected("a number");
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw Problem.invalidField(pointer, "the number " + node.asText() + " is out of range; expected a finite number");
        }
        return value;
    }

    /**
     * Returns a required whole number within bounds.
     *
     * @param min the smallest allowed
     * @param max the largest allowed
     * @return the number
     */
    public int integer(int min, int max) {
        if (!present() || !node.isIntegralNumber() || !node.canConvertToInt()) {
            throw expected("a whole number " + min + ".." + max);
        }
        int value = node.intValue();
        if (value < min || value > max) {
            throw Problem.invalidField(pointer, "the value " + value + " is outside " + min + ".." + max);
        }
        return value;
    }

    /**
     * The problem for a value of the wrong type, naming what was found and what was expected.
     *
     * @param what what was expected, e.g. {@code "a string"}
     * @return the problem
     */
    public Problem expected(String what) {
        String found = !present() ? "nothing" : node.isTextual() ? "the string " + quoted(node.textValue())
                : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + shortened(node.toString());
        return Problem.invalidField(pointer, "expected " + what + ", found " + found);
    }

    private static String quoted(String text) {
        return "'" + shortened(text) + "'";
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
