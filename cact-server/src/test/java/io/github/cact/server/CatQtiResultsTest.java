package io.github.cact.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IMS CAT submitResults with full QTI assessmentResult documents over HTTP: the SCORE outcome of the
 * awaited item advances the test, a score that is not one of the item's categories or a foreign
 * sessionState is refused at its pointer, the ended test reports each scale's level against the
 * section's cut scores, and GET of a session returns its last reply with its status.
 */
class CatQtiResultsTest {

    private static final String SECTIONS = "/ims/cat/v1p0/sections";

    @TempDir
    Path directory;

    static List<String> databases() {
        return TestServer.databases();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A full QTI submission of one item's result: the response and the SCORE outcome. */
    private static String qti(String item, int sequenceIndex, String score, String sessionState) {
        return "{\"sessionState\": \"" + sessionState + "\", \"assessmentResult\": {"
                + "\"context\": {\"sourcedId\": \"candidate-1\"},"
                + "\"itemResult\": [{\"identifier\": \"" + item + "\", \"sequenceIndex\": " + sequenceIndex + ","
                + " \"datestamp\": \"2026-11-29T10:15:30Z\", \"sessionStatus\": \"final\","
                + " \"responseVariables\": [{\"identifier\": \"RESPONSE\", \"cardinality\": \"single\","
                + " \"baseType\": \"identifier\", \"candidateResponse\": {\"value\": [{\"value\": \"ChoiceA\"}]}}],"
                + " \"outcomeVariables\": [{\"identifier\": \"SCORE\", \"cardinality\": \"single\", \"baseType\": \"float\","
                + " \"value\": [{\"value\": \"" + score + "\"}]}]}]}}";
    }

    private static String cuts(double... c) {
        StringBuilder json = new StringBuilder("{\"cuts\": {");
        for (int i = 0; i < Fixtures.CODES.size(); i++) {
            json.append(i == 0 ? "" : ", ").append('"').append(Fixtures.CODES.get(i)).append("\": [")
                    .append(c[0]).append(", ").append(c[1]).append(", ").append(c[2]).append(", ").append(c[3]).append(']');
        }
        return json.append("}}").toString();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void fullQtiResultsRunATestToItsLevels(String database) throws Exception {
        try (TestServer server = TestServer.start(database, directory)) {
            assertEquals(201, server.admin("POST", "/banks/cact-108/versions?publish=true", Fixtures.bank()).status());
            assertEquals(201, server.admin("POST", "/cut-scores/narrow/versions", cuts(-0.3, -0.1, 0.1, 0.3)).status());
            String missing = "{\"bank\": {\"name\": \"cact-108\", \"version\": 1}, \"cutScores\": {\"name\": \"none\","
                    + " \"version\": 1}}";
            TestServer.Response refused = server.admin("POST", SECTIONS, "{\"sectionConfiguration\": \"" + base64(missing) + "\"}");
            assertEquals(422, refused.status());
            assertEquals("/sectionConfiguration/cutScores", refused.json().get("pointer").asText());

            String config = "{\"bank\": {\"name\": \"cact-108\", \"version\": 1}, \"scales\": [\"M1\"],"
                    + " \"stopping\": {\"minItemsPerScale\": 3, \"maxItemsPerScale\": 3},"
                    + " \"cutScores\": {\"name\": \"narrow\", \"version\": 1}}";
            TestServer.Response created = server.admin("POST", SECTIONS, "{\"sectionConfiguration\": \"" + base64(config) + "\"}");
            assertEquals(201, created.status(), created.body());
            String section = SECTIONS + "/" + created.json().get("sectionIdentifier").asText();
            TestServer.Response started = server.admin("POST", section + "/sessions", "{}");
            String id = started.json().get("sessionIdentifier").asText();
            String session = section + "/sessions/" + id;
            assertEquals(started.body().length(), server.admin("GET", session, null).body().length()
                    - ",\"status\":\"active\"".length(), "GET returns the last reply and the status");
            assertEquals("active", server.admin("GET", session, null).json().get("status").asText());
            assertEquals(404, server.admin("GET", section + "/sessions/nobody", null).status());

            String item = started.json().get("nextItems").get("itemIdentifiers").get(0).asText();
            String results = session + "/results";
            TestServer.Response notACategory = server.admin("POST", results, qti(item, 1, "2", id));
            assertEquals(422, notACategory.status());
            assertEquals("/assessmentResult/itemResult/0/outcomeVariables/0/value/0/value",
                    notACategory.json().get("pointer").asText());
            assertTrue(notACategory.json().get("detail").asText().contains("expected a whole number 0..1"),
                    notACategory.body());
            TestServer.Response half = server.admin("POST", results, qti(item, 1, "0.5", id));
            assertEquals(422, half.status());
            assertTrue(half.json().get("detail").asText().contains("the score 0.5 is not a category"), half.body());
            TestServer.Response foreign = server.admin("POST", results, qti(item, 1, "1", "another-session"));
            assertEquals(422, foreign.status());
            assertEquals("/sessionState", foreign.json().get("pointer").asText());

            JsonNode reply = null;
            for (int n = 1; n <= 3; n++) {
                TestServer.Response answered = server.admin("POST", results, qti(item, n, n == 2 ? "0.0" : "1.0", id));
                assertEquals(200, answered.status(), answered.body());
                reply = answered.json();
                JsonNode next = reply.get("nextItems").get("itemIdentifiers");
                if (n < 3) {
                    item = next.get(0).asText();
                } else {
                    assertTrue(next.isEmpty(), "three items of M1 end the test");
                }
            }
            JsonNode scale = reply.get("assessmentResult").get("scales").get(0);
            assertEquals("M1", scale.get("scale").asText());
            assertEquals(3, scale.get("items").asInt());
            double theta = scale.get("theta").asDouble();
            int level = 1;
            for (double c : new double[] {-0.3, -0.1, 0.1, 0.3}) {
                level += theta >= c ? 1 : 0;
            }
            assertEquals(level, scale.get("level").asInt(), "the level of θ " + theta + " against the narrow cuts");

            JsonNode stored = server.admin("GET", session, null).json();
            assertEquals("finished", stored.get("status").asText());
            assertEquals(reply.get("assessmentResult"), stored.get("assessmentResult"));
            assertFalse(server.errors().contains("\"status\":500"));
            assertFalse(server.errors().contains("candidate-1"), "the QTI context is not logged");
        }
    }
}
