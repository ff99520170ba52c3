package io.github.cact.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Bad requests get a 4xx problem document naming the field, never a 500: arbitrary bytes, valid bodies
 * with one value replaced by a value of another kind, and a table of known mistakes with their pointers.
 */
class MalformedRequestProperties {

    private static final List<String> SUBMISSIONS = List.of("/banks/cact-108/versions/1/scores",
            "/banks/cact-108/versions/1/profiles", "/ninebox/placements", "/matching", "/banks/other/versions",
            "/standards/s/versions", "/cut-scores/c/versions", "/ninebox-configs/n/versions", "/keys",
            "/ims/cat/v1p0/sections");

    private static Path directory;
    private static TestServer server;

    @BeforeContainer
    static void start() throws Exception {
        directory = Files.createTempDirectory("cact-server-malformed");
        server = TestServer.start("h2", directory);
        assertEquals(201, server.admin("POST", "/banks/cact-108/versions?publish=true", Fixtures.bank()).status());
    }

    @AfterContainer
    static void stop() throws Exception {
        server.close();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 150, seed = "17")
    void arbitraryTextIsA4xxProblem(@ForAll("routes") String route, @ForAll("text") String body) throws Exception {
        assertProblem(server.admin("POST", route, body));
    }

    @Property(tries = 300, seed = "17")
    void aValidBodyWithOneValueReplacedIsAnsweredWithoutA500(@ForAll("mutated") Mutated mutated) throws Exception {
        TestServer.Response response = server.admin("POST", mutated.route(), mutated.body().toString());
        if (response.status() == 200 || response.status() == 201) {
            return;
        }
        assertProblem(response);
        if (response.status() == 422 && response.json().has("pointer")) {
            String pointer = response.json().get("pointer").asText();
            assertTrue(!mutated.body().at(pointer).isMissingNode() || !mutated.body().at(parent(pointer)).isMissingNode(),
                    "the pointer " + pointer + " or its parent is in " + mutated.body());
        }
    }

    @Example
    void knownMistakesNameTheirField() throws Exception {
        String scores = "/banks/cact-108/versions/1/scores";
        String[][] table = {
            {scores, "{\"people\": [{\"id\": \"p\", \"responses\": {\"Q1\": 7}}]}", "/people/0/responses/Q1", "0..1"},
            {scores, "{\"people\": [{\"id\": \"p\", \"responses\": {\"NOPE\": 1}}]}", "/people/0/responses/NOPE", "no item"},
            {scores, "{\"people\": []}", "/people", "empty"},
            {scores, "{\"method\": \"xyz\", \"people\": [{\"id\": \"p\", \"responses\": {}}]}", "/method", "EAPsum"},
            {scores, "{\"people\": [{\"id\": \" \", \"responses\": {}}]}", "/people/0/id", "blank"},
            {scores, "{\"people\": [{\"id\": \"p\", \"responses\": {}}, {\"id\": \"p\", \"responses\": {}}]}", "/people/1/id", "repeats"},
            {scores, "{\"peple\": []}", "/peple", "unknown member"},
            {scores, "{\"people\": [{\"id\": \"p\", \"responses\": {\"Q1\": 1.5}}]}", "/people/0/responses/Q1", "whole number"},
            {"/banks/b/versions", "{\"items\": [{\"item\": \"Q1\", \"model\": \"2pl\", \"a\": \"x\", \"b\": [0]}]}", "/items/0/a", "expected a number"},
            {"/cut-scores/c/versions", "{\"cuts\": {\"M1\": [1, 0, 2, 3]}}", "/cuts/M1", ""},
            {"/ninebox-configs/n/versions", "{\"potentialBands\": {\"middleFrom\": 90, \"highFrom\": 60}}", "/potentialBands", ""},
            {"/matching", "{\"candidates\": [{\"id\": \"a\", \"talentScore\": 1, \"box\": 10}], \"positions\": [{\"id\": \"p\"}], \"jpm\": [[1]]}",
                "/candidates/0/box", "1..9"},
            {"/keys", "{\"role\": \"root\", \"label\": \"x\"}", "/role", "read, score or admin"},
        };
        for (String[] row : table) {
            TestServer.Response response = server.admin("POST", row[0], row[1]);
            assertEquals(422, response.status(), row[1] + " -> " + response.body());
            assertProblem(response);
            assertEquals(row[2], response.json().path("pointer").asText(), response.body());
            assertTrue(response.json().get("detail").asText().contains(row[3]), response.body());
        }
        TestServer.Response syntax = server.admin("POST", scores, "{\"people\": [}");
        assertEquals(400, syntax.status());
        assertTrue(syntax.json().get("detail").asText().contains("line 1, column 13"), syntax.body());
        assertEquals(400, server.admin("POST", scores, "[".repeat(5000)).status());
        assertEquals(400, server.admin("POST", scores, "").status());
        assertEquals(400, server.admin("GET", "/banks/b/versions/x", null).status());
        assertEquals(404, server.admin("GET", "/nothing/here", null).status());
        assertEquals(405, server.admin("DELETE", "/matching", null).status());
    }

    private static void assertProblem(TestServer.Response response) {
        assertTrue(response.status() >= 400 && response.status() < 500, response.status() + " " + response.body());
        assertEquals("application/problem+json", response.contentType());
        JsonNode problem = response.json();
        assertEquals(response.status(), problem.get("status").asInt());
        assertNotNull(problem.get("type"));
        assertNotNull(problem.get("title"));
        assertNotNull(problem.get("detail"));
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** A body and the route it is sent to. */
    record Mutated(String route, JsonNode body) {
    }

    @Provide
    Arbitrary<String> routes() {
        return Arbitraries.of(SUBMISSIONS);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars("{}[]\":,0123456789-.eEtruefalsn ").ofMaxLength(60));
    }

    @Provide
    Arbitrary<Mutated> mutated() {
        List<Mutated> valid = new ArrayList<>();
        try {
            valid.add(new Mutated("/banks/cact-108/versions/1/scores", TestServer.JSON.readTree(
                    "{\"method\": \"map\", \"people\": [" + Fixtures.person("p1", 3) + "]}")));
            valid.add(new Mutated("/banks/cact-108/versions/1/profiles", TestServer.JSON.readTree(
                    "{\"position\": \"PELAKSANA\", \"cap\": \"total\", \"people\": [" + Fixtures.person("p1", 3) + "]}")));
            valid.add(new Mutated("/ninebox/placements", TestServer.JSON.readTree("{\"people\": [{\"id\": \"a\","
                    + " \"predicate\": \"BAIK\", \"reinforcingScore\": 50, \"potentialComponents\": {\"competencyJpm\": 80,"
                    + " \"potentialJpm\": 70, \"qualification\": 60, \"integrity\": 90}, \"unit\": \"u\"}]}")));
            valid.add(new Mutated("/matching", TestServer.JSON.readTree("{\"candidates\": [{\"id\": \"a\","
                    + " \"talentScore\": 80, \"box\": 9}], \"positions\": [{\"id\": \"p\", \"minimumJpm\": 60,"
                    + " \"allowedBoxes\": [7, 8, 9]}], \"jpm\": [[75]]}")));
            valid.add(new Mutated("/ninebox-configs/n/versions", TestServer.JSON.readTree("{\"numbering\": \"asn\","
                    + " \"talentWeights\": {\"performance\": 0.5, \"potential\": 0.5}, \"predicateScores\": {\"BAIK\": 80},"
                    + " \"nearBoundaryThreshold\": 0.8}")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Arbitrary<JsonNode> replacement = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(8).map(JsonNodeFactory.instance::textNode),
                Arbitraries.doubles().between(-1e6, 1e6).map(JsonNodeFactory.instance::numberNode),
                Arbitraries.integers().between(-3, 12).map(JsonNodeFactory.instance::numberNode),
                Arbitraries.just(JsonNodeFactory.instance.nullNode()),
                Arbitraries.just(JsonNodeFactory.instance.booleanNode(true)),
                Arbitraries.just(JsonNodeFactory.instance.arrayNode()),
                Arbitraries.just(JsonNodeFactory.instance.objectNode()));
        return Combinators.combine(Arbitraries.of(valid), Arbitraries.integers().between(0, 10_000), replacement)
                .as((base, position, value) -> {
                    JsonNode copy = base.body().deepCopy();
                    List<JsonNode> containers = new ArrayList<>();
                    collect(copy, containers);
                    JsonNode container = containers.get(position % containers.size());
                    if (container instanceof ObjectNode object && object.size() > 0) {
                        List<String> names = new ArrayList<>();
                        object.fieldNames().forEachRemaining(names::add);
                        object.set(names.get(position % names.size()), value);
                    } else if (container instanceof ArrayNode array && array.size() > 0) {
                        array.set(position % array.size(), value);
                    }
                    return new Mutated(base.route(), copy);
                });
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }
}
