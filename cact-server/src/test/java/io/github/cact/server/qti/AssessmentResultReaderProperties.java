package io.github.cact.server.qti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The full document of {@link AssessmentResultReaderTest} with any one value replaced by any other JSON
 * value is either read or refused with a 422 whose pointer is the replaced value, something inside it,
 * or a member on its path (a missing score, an ordering) — never another exception.
 */
class AssessmentResultReaderProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode FULL = parse(AssessmentResultReaderTest.FULL);
    private static final List<String> POINTERS = pointers(FULL, "", new ArrayList<>());

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> pointers(JsonNode node, String at, List<String> all) {
        if (!at.isEmpty()) {
            all.add(at);
        }
        if (node.isObject()) {
            node.properties().forEach(e -> pointers(e.getValue(), at + "/" + e.getKey(), all));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers(node.get(i), at + "/" + i, all);
            }
        }
        return all;
    }

    /** A document and the pointer of its replaced value. */
    record Mutated(JsonNode document, String pointer) {
    }

    @Provide
    Arbitrary<Mutated> mutated() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Arbitrary<JsonNode> replacement = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(f::textNode),
                Arbitraries.of("final", "1", "1.0", "-1", "SCORE", "single", "record", "integer", "float", "A B", "3 4",
                        "PT1S", "2026-11-29T10:15:30Z", "").map(f::textNode),
                Arbitraries.integers().between(-3, 3).map(f::numberNode),
                Arbitraries.doubles().between(-1e6, 1e6).map(f::numberNode),
                Arbitraries.of(f.booleanNode(true), f.nullNode(), f.objectNode(), f.arrayNode()));
        return Combinators.combine(Arbitraries.of(POINTERS), replacement).as((pointer, value) -> {
            JsonNode copy = FULL.deepCopy();
            JsonNode parent = copy.at(pointer.substring(0, pointer.lastIndexOf('/')));
            String last = pointer.substring(pointer.lastIndexOf('/') + 1);
            if (parent instanceof ObjectNode object) {
                object.set(last, value);
            } else {
                ((ArrayNode) parent).set(Integer.parseInt(last), value);
            }
            return new Mutated(copy, pointer);
        });
    }

    @Property(tries = 400, seed = "17")
    void oneReplacedValueIsReadOrRefusedAtItsPath(@ForAll("mutated") Mutated mutated) {
        try {
            AssessmentResultReader.read(new Field("", mutated.document()).get("assessmentResult"));
        } catch (Problem p) {
            assertEquals(422, p.status());
            assertNotNull(p.pointer(), p.getMessage());
            assertFalse(p.getMessage().isBlank());
            String replaced = mutated.pointer();
            boolean related = p.pointer().startsWith(replaced) || replaced.startsWith(p.pointer())
                    || p.pointer().startsWith(replaced.substring(0, replaced.lastIndexOf('/')));
            assertTrue(related || p.pointer().contains("/sequenceIndex"),
                    "replaced " + replaced + ", refused at " + p.pointer() + ": " + p.getMessage());
        }
    }
}
