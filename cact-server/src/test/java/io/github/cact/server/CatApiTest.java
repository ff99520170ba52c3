package io.github.cact.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The IMS CAT resources end to end: a section from a published bank and a configuration, a session that
 * returns its first item, results that return the next item until the test ends within its limits, a
 * retried submission that does not advance the test, and a session that survives a server restart.
 */
class CatApiTest {

    @TempDir
    Path directory;

    static List<String> databases() {
        return TestServer.databases();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String result(String item, int score) {
        return "{\"assessmentResult\": {\"itemResult\": [{\"identifier\": \"" + item + "\", \"score\": " + score + "}]}}";
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSessionRunsToItsEndAcrossARestartAndARetryDoesNotAdvanceIt(String database) throws Exception {
        String url = TestServer.freshDatabase(database, directory);
        String config = "{\"bank\": {\"name\": \"cact-108\", \"version\": 1}, \"scales\": [\"M1\", \"M2\"],"
                + " \"stopping\": {\"minItemsPerScale\": 2, \"maxItemsPerScale\": 4}}";
        String sections = "/ims/cat/v1p0/sections";
        String section;
        String session;
        String item;
        Map<String, Integer> perScale = new HashMap<>();
        try (TestServer server = TestServer.start(url, TestServer.unlimited())) {
            assertEquals(201, server.admin("POST", "/banks/cact-108/versions?publish=true", Fixtures.bank()).status());
            TestServer.Response created = server.admin("POST", sections,
                    "{\"sectionConfiguration\": \"" + base64(config) + "\"}");
            assertEquals(201, created.status(), created.body());
            section = created.json().get("sectionIdentifier").asText();
            TestServer.Response started = server.admin("POST", sections + "/" + section + "/sessions", "{}");
            assertEquals(201, started.status(), started.body());
            session = started.json().get("sessionIdentifier").asText();
            JsonNode first = started.json().get("nextItems").get("itemIdentifiers");
            assertEquals(1, first.size());
            item = first.get(0).asText();

            TestServer.Response wrong = server.admin("POST", sections + "/" + section + "/sessions/" + session + "/results",
                    result("Q999", 1));
            assertEquals(422, wrong.status());
            assertEquals("/assessmentResult/itemResult/0/identifier", wrong.json().get("pointer").asText());

            String path = sections + "/" + section + "/sessions/" + session + "/results";
            TestServer.Response answered = server.admin("POST", path, result(item, 1), "Idempotency-Key", "a-1");
            assertEquals(200, answered.status(), answered.body());
            TestServer.Response retried = server.admin("POST", path, result(item, 1), "Idempotency-Key", "a-1");
            assertEquals("true", retried.header("Idempotent-Replayed"));
            assertEquals(answered.body(), retried.body(), "the retry gets the same next item");
            count(perScale, item);
            item = answered.json().get("nextItems").get("itemIdentifiers").get(0).asText();
        }
        try (TestServer restarted = TestServer.start(url, TestServer.unlimited())) {
            String path = sections + "/" + section + "/sessions/" + session + "/results";
            JsonNode reply = null;
            for (int n = 2; n <= 9; n++) {
                count(perScale, item);
                int number = Integer.parseInt(item.substring(1));
                TestServer.Response response = restarted.admin("POST", path, result(item, number % 2),
                        "Idempotency-Key", "a-" + n);
                assertEquals(200, response.status(), response.body());
                reply = response.json();
                JsonNode next = reply.get("nextItems").get("itemIdentifiers");
                if (next.isEmpty()) {
                    break;
                }
                item = next.get(0).asText();
            }
            assertTrue(reply.get("nextItems").get("itemIdentifiers").isEmpty(), "the test ends within 8 items");
            JsonNode scales = reply.get("assessmentResult").get("scales");
            assertEquals(2, scales.size());
            for (JsonNode scale : scales) {
                assertTrue(scale.get("items").asInt() >= 2 && scale.get("items").asInt() <= 4, scale.toString());
                assertEquals(perScale.get(scale.get("scale").asText()).intValue(), scale.get("items").asInt());
            }
            assertEquals(409, restarted.admin("POST", path, result(item, 1)).status(), "an ended test takes no results");
            assertFalse(restarted.errors().contains("\"status\":500"));
        }
    }

    private static String resultOf(String person, String item, int score) {
        return "{\"assessmentResult\": {\"context\": {\"sourcedId\": \"" + person + "\"}, \"itemResult\": [{"
                + "\"identifier\": \"" + item + "\", \"score\": " + score + "}]}}";
    }

    /** Publishes the bank and makes a section of two competencies with 2..4 items each; returns its path. */
    private static String section(TestServer server) throws Exception {
        assertEquals(201, server.admin("POST", "/banks/cact-108/versions?publish=true", Fixtures.bank()).status());
        String config = "{\"bank\": {\"name\": \"cact-108\", \"version\": 1}, \"scales\": [\"M1\", \"M2\"],"
                + " \"stopping\": {\"minItemsPerScale\": 4, \"maxItemsPerScale\": 4}}";
        TestServer.Response created = server.admin("POST", "/ims/cat/v1p0/sections",
                "{\"sectionConfiguration\": \"" + base64(config) + "\"}");
        assertEquals(201, created.status(), created.body());
        return "/ims/cat/v1p0/sections/" + created.json().get("sectionIdentifier").asText();
    }

    /** The next item of a session's reply. */
    private static String next(TestServer.Response reply) {
        assertEquals(200 / 100, reply.status() / 100, reply.body());
        return reply.json().get("nextItems").get("itemIdentifiers").get(0).asText();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void deletingAPersonsDataDeletesTheAdaptiveSessionsTheirResultsNamed(String database) throws Exception {
        try (TestServer server = TestServer.start(database, directory)) {
            String section = section(server);
            TestServer.Response ani = server.admin("POST", section + "/sessions", "{}");
            String aniPath = section + "/sessions/" + ani.json().get("sessionIdentifier").asText();
            TestServer.Response budi = server.admin("POST", section + "/sessions", "{}");
            String budiPath = section + "/sessions/" + budi.json().get("sessionIdentifier").asText();
            String aniItem = next(server.admin("POST", aniPath + "/results", resultOf("nip-ani", next(ani), 1)));
            next(server.admin("POST", budiPath + "/results", resultOf("nip-budi", next(budi), 0)));

            TestServer.Response other = server.admin("POST", aniPath + "/results", resultOf("nip-budi", aniItem, 1));
            assertEquals(422, other.status(), "a session tests one candidate");
            assertEquals("/assessmentResult/context/sourcedId", other.json().get("pointer").asText());
            TestServer.Response unnamed = server.admin("POST", aniPath + "/results", result(aniItem, 1));
            assertEquals(200, unnamed.status(), "results without a context stay the session's candidate's");

            TestServer.Response deleted = server.admin("DELETE", "/people/nip-ani/results", null);
            assertEquals(200, deleted.status(), deleted.body());
            assertEquals(0, deleted.json().get("deleted").asInt());
            assertEquals(1, deleted.json().get("adaptiveSessions").asInt());
            assertEquals(404, server.admin("GET", aniPath, null).status(), "the deleted session is gone");
            assertEquals(404, server.admin("POST", aniPath + "/results", result(next(unnamed), 1)).status(),
                    "the server that held the session in memory no longer takes its results");
            assertEquals(200, server.admin("GET", budiPath, null).status(), "another person's session stays");
            assertEquals(0, server.admin("DELETE", "/people/nip-ani/results", null).json()
                    .get("adaptiveSessions").asInt());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoServersOnOneDatabaseTakeTurnsOnASessionWithoutLosingOrRepeatingAnAnswer(String database)
            throws Exception {
        String url = TestServer.freshDatabase(database, directory);
        try (TestServer a = TestServer.start(url, TestServer.unlimited());
                TestServer b = TestServer.start(url, TestServer.unlimited())) {
            String section = section(a);
            TestServer.Response created = a.admin("POST", section + "/sessions", "{}");
            String path = section + "/sessions/" + created.json().get("sessionIdentifier").asText();
            String item = next(created);
            String fromA = next(a.admin("POST", path + "/results", result(item, 1), "Idempotency-Key", "k1"));
            TestServer.Response onB = b.admin("POST", path + "/results", result(fromA, 0), "Idempotency-Key", "k2");
            String fromB = next(onB);
            TestServer.Response replayed = a.admin("POST", path + "/results", result(fromA, 0), "Idempotency-Key", "k2");
            assertEquals("true", replayed.header("Idempotent-Replayed"), "a holds the session as it was before k2");
            assertEquals(onB.body(), replayed.body());
            TestServer.Response onA = a.admin("POST", path + "/results", result(fromB, 1), "Idempotency-Key", "k3");
            String third = next(onA);
            ObjectNode read = (ObjectNode) b.admin("GET", path, null).json();
            assertEquals("active", read.remove("status").asText());
            assertEquals(onA.json(), read, "b reads what a stored");
            TestServer.Response stale = b.admin("POST", path + "/results", result(fromB, 1), "Idempotency-Key", "k4");
            assertEquals(409, stale.status(), "b held the session before k3, read it again, and found the answer"
                    + " to " + fromB + " taken meanwhile: " + stale.body());
            TestServer.Response fourth = a.admin("POST", path + "/results", result(third, 0), "Idempotency-Key", "k4");
            TestServer.Response fifth = b.admin("POST", path + "/results", result(next(fourth), 1),
                    "Idempotency-Key", "k5");
            assertEquals(200, fifth.status(), "b held the row as it read it at the 409, and reads it again: "
                    + fifth.body());
            assertEquals(204, b.admin("DELETE", path, null).status());
            assertEquals(409, a.admin("POST", path + "/results", result(third, 1)).status(),
                    "a session ended through b takes no results through a");
            assertFalse(a.errors().contains("\"status\":500") || b.errors().contains("\"status\":500"));
        }
    }

    /** Counts an item under its competency: Q1..Q12 are M1, Q13..Q24 M2. */
    private static void count(Map<String, Integer> perScale, String item) {
        int number = Integer.parseInt(item.substring(1));
        perScale.merge(Fixtures.CODES.get((number - 1) / Fixtures.PER_COMPETENCY), 1, Integer::sum);
    }
}
