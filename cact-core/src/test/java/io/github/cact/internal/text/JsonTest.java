package io.github.cact.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.data.DataFormatException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static DataFormatException refused(String text) {
        return assertThrows(DataFormatException.class, () -> Json.parse(text, "t.json"));
    }

    private static Map<String, Object> nested() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1.0);
        inner.put("a", Arrays.asList(-2.5, 1.0e-7, 3.0e20, true, null));
        inner.put("empty", Map.of());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", "Q1 \"quoted\" \\ tab\t line\n é \u0001");
        root.put("inner", inner);
        root.put("list", List.of(Map.of("k", "v"), List.of(), "s"));
        root.put("flag", false);
        return root;
    }

    @Test
    void nestedValuesRoundTrip() {
        Map<String, Object> value = nested();
        String text = Json.write(value);
        assertEquals(value, Json.parse(text, "t.json"));
        assertEquals(text, Json.write(Json.parse(text, "t.json")));
    }

    @Test
    void parsedValuesHaveTheDocumentedTypesAndOrder() {
        Object value = Json.parse("\uFEFF {\"b\": [1, 2.5e1, -0.5], \"a\": {\"x\": null}, \"s\": \"\\u00e9\\/\"} ",
                "t.json");
        Map<?, ?> map = (Map<?, ?>) value;
        assertEquals(List.of("b", "a", "s"), List.copyOf(map.keySet()));
        assertEquals(List.of(1.0, 25.0, -0.5), map.get("b"));
        assertEquals(Arrays.asList((Object) null), new ArrayList<>(((Map<?, ?>) map.get("a")).values()));
        assertEquals("é/", map.get("s"));
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) map.get("b")).clear());
    }

    @Test
    void outputIsDeterministicAndIndented() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", List.of(1, 2L, 0.5));
        map.put("a", Map.of("k", List.of("x")));
        String expected = "{\n  \"b\": [1, 2, 0.5],\n  \"a\": {\n    \"k\": [\n      \"x\"\n    ]\n  }\n}\n";
        assertEquals(expected, Json.write(map));
        assertEquals(Json.write(nested()), Json.write(nested()));
    }

    @Test
    void aDuplicateKeyIsRefusedAtItsLineAndColumn() {
        DataFormatException e = refused("{\n  \"a\": 1,\n  \"b\": {\"a\": 2},\n  \"a\": 3\n}");
        assertEquals(4, e.line());
        assertEquals(3, e.column());
        assertEquals("t.json, line 4, column 3: duplicate key \"a\"", e.getMessage());
    }

    @Test
    void malformedNumbersAreRefusedWithTheToken() {
        for (String number : new String[] {"01", "1.", "-", "1e", "1.2.3", "1e+", "-.5", "2-1"}) {
            DataFormatException e = refused("[0, " + number + "]");
            assertEquals(1, e.line(), number);
            assertEquals(5, e.column(), number);
            assertTrue(e.getMessage().contains("malformed number '" + number + "'"), e.getMessage());
        }
    }

    @Test
    void textAfterTheValueIsRefused() {
        DataFormatException e = refused("{} x");
        assertEquals(4, e.column());
        assertTrue(e.getMessage().contains("unexpected text after the JSON value"), e.getMessage());
        assertEquals(6, refused("true false").column());
    }

    @Test
    void otherSyntaxErrorsAreLocated() {
        assertEquals(9, refused("{\"a\": 1,}").column());
        assertEquals(5, refused("[1, ]").column());
        assertEquals(5, refused("[\"ab").column());
        assertEquals(2, refused("[tru]").column());
        assertEquals(1, refused("").column());
        assertEquals(3, refused("\"\\x\"").column());
    }

    @Test
    void aUnicodeEscapeNeedsFourHexadecimalDigits() {
        assertEquals("A", Json.parse("\"\\u0041\"", "t.json"));
        for (String escape : new String[] {"\\u+041", "\\u-001", "\\u00g1", "\\u12"}) {
            DataFormatException e = refused("\"" + escape + "\"");
            assertTrue(e.getMessage().contains("four hexadecimal digits"), escape + ": " + e.getMessage());
        }
    }

    @Test
    void nonFiniteNumbersAreRefusedOnWrite() {
        for (Object bad : new Object[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Float.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Json.write(Map.of("x", List.of(1.0, bad))));
            assertTrue(e.getMessage().contains("non-finite"), e.getMessage());
        }
    }

    @Test
    void otherTypesAreRefusedOnWrite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
    }
}
