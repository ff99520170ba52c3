package io.github.cact.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.server.Server;
import io.github.cact.server.http.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming reader of a profiles request reads the usual shape into the matrix the tree's reading
 * makes, and leaves every other body (null) to the tree, which reports its problem.
 */
class ProfileRequestTest {

    private static final ObjectMapper MAPPER = Server.mapper();
    private static ItemBank bank;
    private static ResponseMatrix items;

    @BeforeAll
    static void bank() throws Exception {
        bank = Documents.bank(Files.readString(Path.of("load/bank-108.json")));
        items = ResponseMatrix.builder(bank.ids()).build();
    }

    private static ProfileRequest read(String body) {
        return ProfileRequest.read(MAPPER.getFactory(), body.getBytes(StandardCharsets.UTF_8), bank, items);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"position\": \"ADMINISTRATOR\", \"people\": [{\"id\": \"p\", \"responses\": {\"Q1\": 1, \"Q2\": 0}}]}",
        "{\"people\": [{\"responses\": {\"Q9\": null, \"Q3\": 1, \"Q108\": 0}, \"id\": \"a\"},"
                + " {\"id\": \"b\", \"responses\": {}}], \"cap\": \"total\", \"position\": \"PELAKSANA\"}",
        "{\"position\": \"X\", \"standards\": {\"name\": \"s\", \"version\": 2}, \"cutScores\": {\"version\": 1,"
                + " \"name\": \"c\"}, \"people\": [{\"id\": \"ü\", \"responses\": {\"Q2\": 1, \"Q1\": 0}}]}"})
    void theUsualShapeIsReadAsTheTreeReadsIt(String body) throws Exception {
        ProfileRequest request = read(body);
        assertNotNull(request);
        Field root = new Field("", MAPPER.readTree(body));
        assertEquals(People.responses(root.get("people"), bank), request.responses());
        assertEquals(root.get("position").text(), request.position());
        assertEquals(root.get("cap").text(null), request.cap());
        Field standards = root.get("standards");
        assertEquals(standards.present() ? standards.get("name").text() : null,
                request.standards() == null ? null : request.standards().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "[]",
        "{\"position\": \"A\", \"people\": [{\"id\": \"p\", \"responses\": {\"Q1\": 1}}]} 1",
        "{\"position\": \"A\", \"position\": \"B\", \"people\": [{\"id\": \"p\", \"responses\": {\"Q1\": 1}}]}",
        "{\"position\": \"A\", \"people\": [{\"id\": \"p\", \"responses\": {\"Q1\": 1, \"Q1\": 0}}]}",
        "{\"position\": \"A\", \"people\": [{\"id\": \"p\", \"responses\": {\"Q1\": 1}}, {\"id\": \"p\", \"responses\": {}}]}",
        "{\"position\": \"A\", \"people\": [{\"id\": \"p\", \"responses\": {\"Q1\": 2}}]}",
        "{\"position\": \"A\", \"people\": [{\"id\": \"p\", \"responses\": {\"Q1\": -1}}]}",
        "{\"position\": \"A\", \"people\": [{\"id\": \"p\", \"responses\": {\"Q1\": 1.0}}]}",
        "{\"position\": \"A\", \"people\": [{\"id\": \"p\", \"responses\": {\"Q1\": \"1\"}}]}",
        "{\"position\": \"A\", \"people\": [{\"id\": \"p\", \"responses\": {\"Q1\": 4294967297}}]}",
        "{\"position\": \"A\", \"people\": [{\"id\": \"p\", \"responses\": {\"Z1\": 1}}]}",
        "{\"position\": \"A\", \"people\": [{\"id\": \" \", \"responses\": {\"Q1\": 1}}]}",
        "{\"position\": \"A\", \"people\": [{\"id\": \"p\", \"responses\": null}]}",
        "{\"position\": \"A\", \"people\": [{\"id\": \"p\"}]}",
        "{\"position\": \"A\", \"people\": [{\"id\": \"p\", \"responses\": {}, \"x\": 1}]}",
        "{\"position\": \"A\", \"people\": []}",
        "{\"position\": \"A\", \"people\": [1]}",
        "{\"position\": \"A\"}",
        "{\"position\": null, \"people\": [{\"id\": \"p\", \"responses\": {}}]}",
        "{\"position\": \"A\", \"cap\": null, \"people\": [{\"id\": \"p\", \"responses\": {}}]}",
        "{\"position\": \"A\", \"standards\": {\"name\": \"s\"}, \"people\": [{\"id\": \"p\", \"responses\": {}}]}",
        "{\"position\": \"A\", \"standards\": {\"name\": \"s\", \"version\": 0}, \"people\": [{\"id\": \"p\", \"responses\": {}}]}",
        "{\"position\": \"A\", \"cutScores\": {\"name\": \"s\", \"version\": 1, \"v\": 1}, \"people\": [{\"id\": \"p\", \"responses\": {}}]}",
        "{\"position\": \"A\", \"other\": 1, \"people\": [{\"id\": \"p\", \"responses\": {}}]}",
        "{\"position\": \"A\", \"people\": [{\"id\": \"p\", \"responses\": {\"Q1\": 1}"})
    void anythingElseIsLeftToTheTree(String body) {
        assertNull(read(body));
    }
}
