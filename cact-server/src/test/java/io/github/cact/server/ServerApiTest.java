package io.github.cact.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cact.competency.CompetencyAssessment;
import io.github.cact.competency.CompetencyProfiler;
import io.github.cact.competency.CutScores;
import io.github.cact.competency.JobPersonMatch;
import io.github.cact.competency.PersonProfile;
import io.github.cact.competency.StandardProfile;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.scoring.AbilityEstimate;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.ScoringMethod;
import io.github.cact.scoring.ScoringOptions;
import io.github.cact.server.store.Digests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API end to end over HTTP, on H2 and (when .ci/run provides it) PostgreSQL: banks and their
 * immutability, scoring against the library's own results, profiles, nine-box, matching, stored results
 * and their deletion, idempotency, keys and roles, limits, and no personal data in the log.
 */
class ServerApiTest {

    @TempDir
    Path directory;

    static List<String> databases() {
        return TestServer.databases();
    }

    private static TestServer.Response publishBank(TestServer server) throws Exception {
        TestServer.Response created = server.admin("POST", "/banks/cact-108/versions?publish=true", Fixtures.bank());
        assertEquals(201, created.status(), created.body());
        return created;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBankIsADraftUntilPublishedAndThenNeverChanges(String database) throws Exception {
        try (TestServer server = TestServer.start(database, directory)) {
            TestServer.Response created = server.admin("POST", "/banks/b/versions", Fixtures.bank());
            assertEquals(201, created.status(), created.body());
            assertEquals("draft", created.json().get("status").asText());
            assertEquals(108, created.json().get("items").asInt());
            assertEquals("/banks/b/versions/1", created.header("Location"));
            String score = "{\"people\": [" + Fixtures.person("p1", 3) + "]}";
            assertEquals(409, server.admin("POST", "/banks/b/versions/1/scores", score).status(),
                    "a draft cannot be scored against");
            String smaller = "{\"items\": [{\"item\": \"Q1\", \"model\": \"2pl\", \"a\": 1.0, \"b\": [0.0]}]}";
            assertEquals(200, server.admin("PUT", "/banks/b/versions/1", smaller).status());
            assertEquals(1, server.admin("GET", "/banks/b/versions/1", null).json().get("content").get("items").size());
            assertEquals(200, server.admin("POST", "/banks/b/versions/1/publish", null).status());
            TestServer.Response replaced = server.admin("PUT", "/banks/b/versions/1", Fixtures.bank());
            assertEquals(409, replaced.status());
            assertEquals("application/problem+json", replaced.contentType());
            assertEquals(409, server.admin("POST", "/banks/b/versions/1/publish", null).status());
            assertEquals(2, server.admin("POST", "/banks/b/versions", Fixtures.bank()).json().get("version").asInt());
            JsonNode versions = server.admin("GET", "/banks/b/versions", null).json();
            assertEquals(2, versions.size());
            assertEquals("published", versions.get(0).get("status").asText());
            assertEquals(Digests.sha256(ItemBankFiles.toJson(ItemBankFiles.parseJson(smaller, "x"))),
                    versions.get(0).get("digest").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void scoresAreTheLibrarysForEveryMethodAndAreStoredWithTheirAudit(String database) throws Exception {
        try (TestServer server = TestServer.start(database, directory)) {
            publishBank(server);
            ItemBank bank = ItemBankFiles.parseJson(Fixtures.bank(), "bank");
            for (ScoringMethod method : ScoringMethod.values()) {
                String body = "{\"method\": \"" + method.code() + "\", \"people\": [" + Fixtures.person("p1", 3) + ", "
                        + Fixtures.person("p2", 2) + "]}";
                TestServer.Response response = server.admin("POST", "/banks/cact-108/versions/1/scores", body);
                assertEquals(200, response.status(), response.body());
                JsonNode results = response.json().get("results");
                Scorer scorer = Scorer.of(bank, ScoringOptions.of(method));
                for (int n = 0; n < 2; n++) {
                    AbilityEstimate expected = scorer.score(Fixtures.pattern(n == 0 ? 3 : 2));
                    assertEquals(expected.theta(), results.get(n).get("theta").asDouble(), 0.0, method + " theta");
                    assertEquals(expected.se(), results.get(n).get("se").asDouble(), 0.0, method + " se");
                    assertEquals(expected.status().name(), results.get(n).get("status").asText());
                }
                JsonNode audit = response.json().get("audit");
                assertEquals(Digests.sha256(body.getBytes(StandardCharsets.UTF_8)), audit.get("inputSha256").asText());
                assertEquals(1, audit.get("bankVersion").asInt());
                JsonNode run = server.admin("GET", "/runs/" + response.json().get("runId").asText(), null).json();
                assertEquals(audit.get("inputSha256").asText(), run.get("inputSha256").asText());
                assertEquals(audit.get("configFingerprint").asText(), run.get("configFingerprint").asText());
                assertEquals(2, run.get("people").asInt());
            }
            JsonNode stored = server.admin("GET", "/people/p1/results", null).json().get("results");
            assertEquals(ScoringMethod.values().length, stored.size());
            assertEquals("p1", stored.get(0).get("result").get("id").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void profilesAreTheLibrarysAgainstStoredStandardsAndCutScores(String database) throws Exception {
        try (TestServer server = TestServer.start(database, directory)) {
            publishBank(server);
            StringBuilder cuts = new StringBuilder("{\"cuts\": {");
            StringBuilder levels = new StringBuilder("{\"name\": \"agency\", \"positions\": {\"ANALIS\": {");
            for (int c = 0; c < Fixtures.CODES.size(); c++) {
                String code = Fixtures.CODES.get(c);
                cuts.append(c == 0 ? "" : ", ").append("\"").append(code).append("\": [-1.2, -0.4, 0.4, 1.2]");
                levels.append(c == 0 ? "" : ", ").append("\"").append(code).append("\": ").append(1 + c % 4);
            }
            cuts.append("}}");
            levels.append("}}}");
            assertEquals(201, server.admin("POST", "/cut-scores/agency/versions", cuts.toString()).status());
            TestServer.Response standards = server.admin("POST", "/standards/agency/versions", levels.toString());
            assertEquals(201, standards.status(), standards.body());
            String body = "{\"standards\": {\"name\": \"agency\", \"version\": 1}, \"position\": \"ANALIS\","
                    + " \"cutScores\": {\"name\": \"agency\", \"version\": 1}, \"cap\": \"total\", \"people\": ["
                    + Fixtures.person("p1", 3) + "]}";
            TestServer.Response response = server.admin("POST", "/banks/cact-108/versions/1/profiles", body);
            assertEquals(200, response.status(), response.body());

            ItemBank bank = ItemBankFiles.parseJson(Fixtures.bank(), "bank");
            List<CutScores> cutScores = new ArrayList<>();
            for (String code : Fixtures.CODES) {
                cutScores.add(CutScores.of(code, -1.2, -0.4, 0.4, 1.2));
            }
            StandardProfile profile = StandardProfile.parseJson(levels.toString(), "s",
                    io.github.cact.competency.CompetencyFramework.permenPanRb38());
            PersonProfile expected = CompetencyProfiler.of(bank, CompetencyAssessment.of(
                    io.github.cact.competency.CompetencyFramework.permenPanRb38(), cutScores,
                    JobPersonMatch.of(io.github.cact.competency.Capping.TOTAL)))
                    .profile(ResponseMatrix.of(List.of("p1"), bank.ids(), new int[][] {Fixtures.pattern(3)}),
                            profile.standard("ANALIS")).get(0);
            JsonNode person = response.json().get("results").get(0);
            assertEquals(expected.jpm().jpm(), person.get("jpm").get("jpm").asDouble(), 0.0);
            assertEquals(expected.jpm().filling().name(), person.get("jpm").get("filling").asText());
            for (int c = 0; c < 9; c++) {
                JsonNode competency = person.get("competencies").get(c);
                assertEquals(expected.competencies().get(c).theta(), competency.get("theta").asDouble(), 0.0);
                assertEquals(expected.competencies().get(c).level(), competency.get("level").asInt());
                for (int k = 1; k <= 5; k++) {
                    assertEquals(expected.competencies().get(c).levels().probability(k),
                            competency.get("levelProbabilities").get(k - 1).asDouble(), 0.0);
                }
            }
            TestServer.Response unknown = server.admin("POST", "/banks/cact-108/versions/1/profiles",
                    body.replace("\"ANALIS\"", "\"NOPE\""));
            assertEquals(422, unknown.status());
            assertEquals("/position", unknown.json().get("pointer").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void nineBoxPlacesACohortUnderAStoredConfigurationAndMatchingAssigns(String database) throws Exception {
        try (TestServer server = TestServer.start(database, directory)) {
            String config = "{\"name\": \"pemda\", \"version\": \"1\", \"potentialBands\": {\"middleFrom\": 50, \"highFrom\": 75}}";
            assertEquals(201, server.admin("POST", "/ninebox-configs/pemda/versions", config).status());
            String people = "{\"config\": {\"name\": \"pemda\", \"version\": 1}, \"people\": ["
                    + "{\"id\": \"a\", \"predicate\": \"SANGAT_BAIK\", \"potentialScore\": 90},"
                    + "{\"id\": \"b\", \"skp\": {\"hasilKerja\": \"DI_BAWAH\", \"perilakuKerja\": \"DI_BAWAH\"}, \"potentialScore\": 40},"
                    + "{\"id\": \"c\", \"performanceScore\": 70, \"potentialScore\": 60}]}";
            TestServer.Response placed = server.admin("POST", "/ninebox/placements", people);
            assertEquals(200, placed.status(), placed.body());
            JsonNode results = placed.json().get("results");
            assertEquals("HIGH", results.get(0).get("potentialLevel").asText());
            assertEquals("MIDDLE", results.get(2).get("potentialLevel").asText(), "60 is middle under highFrom 75");
            assertEquals("pemda", placed.json().get("config").asText());

            String matching = "{\"candidates\": [{\"id\": \"a\", \"talentScore\": 90, \"box\": 9},"
                    + " {\"id\": \"c\", \"talentScore\": 65, \"box\": 5}],"
                    + " \"positions\": [{\"id\": \"KABID\", \"minimumJpm\": 80}, {\"id\": \"KASI\"}],"
                    + " \"jpm\": [[85, 90], [70, 95]]}";
            TestServer.Response matched = server.admin("POST", "/matching", matching);
            assertEquals(200, matched.status(), matched.body());
            assertEquals(180, matched.json().get("totalJpm").asDouble(), 1e-9, "a to KABID (85) and c to KASI (95)");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPersonsResultsAreDeletedOnRequestAndTheAuditStays(String database) throws Exception {
        try (TestServer server = TestServer.start(database, directory)) {
            publishBank(server);
            String body = "{\"people\": [" + Fixtures.person("p1", 3) + ", " + Fixtures.person("p2", 4) + "]}";
            TestServer.Response scored = server.admin("POST", "/banks/cact-108/versions/1/scores", body,
                    "Idempotency-Key", "k-1");
            String run = scored.json().get("runId").asText();
            TestServer.Response deleted = server.admin("DELETE", "/people/p1/results", null);
            assertEquals(1, deleted.json().get("deleted").asInt());
            assertEquals(0, server.admin("GET", "/people/p1/results", null).json().get("results").size());
            assertEquals(1, server.admin("GET", "/people/p2/results", null).json().get("results").size());
            assertEquals(200, server.admin("GET", "/runs/" + run, null).status(), "the audit record holds no personal data");
            TestServer.Response again = server.admin("POST", "/banks/cact-108/versions/1/scores", body,
                    "Idempotency-Key", "k-1");
            assertNull(again.header("Idempotent-Replayed"), "the stored response quoting p1 is gone too");
            assertNotEquals(run, again.json().get("runId").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRetriedSubmissionIsNotStoredTwice(String database) throws Exception {
        try (TestServer server = TestServer.start(database, directory)) {
            publishBank(server);
            String body = "{\"people\": [" + Fixtures.person("p1", 3) + "]}";
            TestServer.Response first = server.admin("POST", "/banks/cact-108/versions/1/scores", body,
                    "Idempotency-Key", "retry-1");
            TestServer.Response second = server.admin("POST", "/banks/cact-108/versions/1/scores", body,
                    "Idempotency-Key", "retry-1");
            assertEquals(200, second.status());
            assertEquals("true", second.header("Idempotent-Replayed"));
            assertEquals(first.body(), second.body());
            assertEquals(1, server.admin("GET", "/people/p1/results", null).json().get("results").size());
            TestServer.Response other = server.admin("POST", "/banks/cact-108/versions/1/scores",
                    "{\"people\": [" + Fixtures.person("p1", 2) + "]}", "Idempotency-Key", "retry-1");
            assertEquals(422, other.status());
            assertTrue(other.json().get("detail").asText().contains("Idempotency-Key"));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keysAndRolesGuardEveryRouteButHealth(String database) throws Exception {
        try (TestServer server = TestServer.start(database, directory)) {
            assertEquals(200, server.send("GET", "/health", null, null).status());
            assertEquals(401, server.send("GET", "/banks/b/versions", null, null).status());
            assertEquals(401, server.send("GET", "/banks/b/versions", "cact_wrong", null).status());
            String reader = server.admin("POST", "/keys", "{\"role\": \"read\", \"label\": \"hr\"}").json().get("key").asText();
            TestServer.Response scorerKey = server.admin("POST", "/keys", "{\"role\": \"score\", \"label\": \"tao\"}");
            String scorer = scorerKey.json().get("key").asText();
            publishBank(server);
            String body = "{\"people\": [" + Fixtures.person("p1", 3) + "]}";
            assertEquals(403, server.send("POST", "/banks/cact-108/versions/1/scores", reader, body).status());
            assertEquals(200, server.send("POST", "/banks/cact-108/versions/1/scores", scorer, body).status());
            assertEquals(200, server.send("GET", "/people/p1/results", reader, null).status());
            assertEquals(403, server.send("DELETE", "/people/p1/results", scorer, null).status());
            assertEquals(403, server.send("POST", "/banks/x/versions", scorer, Fixtures.bank()).status());
            String keys = server.admin("GET", "/keys", null).body();
            assertFalse(keys.contains(scorer), "a key's secret is shown only when made");
            assertEquals(204, server.admin("DELETE", "/keys/" + scorerKey.json().get("id").asText(), null).status());
            assertEquals(401, server.send("POST", "/banks/cact-108/versions/1/scores", scorer, body).status());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theLogHasRequestIdsButNoPersonalData(String database) throws Exception {
        try (TestServer server = TestServer.start(database, directory)) {
            publishBank(server);
            String body = "{\"people\": [" + Fixtures.person("nip-198001012005011001", 3) + "]}";
            TestServer.Response ok = server.admin("POST", "/banks/cact-108/versions/1/scores", body,
                    "X-Request-Id", "req-42");
            assertEquals("req-42", ok.header("X-Request-Id"));
            server.admin("GET", "/people/nip-198001012005011001/results", null);
            server.admin("DELETE", "/people/nip-198001012005011001/results", null);
            String log = server.errors();
            assertTrue(log.contains("\"requestId\":\"req-42\""), log);
            assertTrue(log.contains("\"route\":\"/people/{id}/results\""), log);
            assertFalse(log.contains("198001012005011001"), "no person id in the log");
            assertFalse(log.contains(String.valueOf(ok.json().get("results").get(0).get("theta").asDouble())), "no score");
            assertFalse(log.contains(TestServer.ADMIN_KEY), "no secret");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFirstStartWithoutAConfiguredKeyPrintsOneOnceAndItWorks(String database) throws Exception {
        String url = TestServer.freshDatabase(database, directory);
        String key;
        try (TestServer server = TestServer.start(url, ServerConfig.defaults(java.util.Map.of()))) {
            String out = server.output();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("cact_[A-Za-z0-9_-]{43}").matcher(out);
            assertTrue(m.find(), out);
            key = m.group();
            assertEquals(200, server.send("GET", "/keys", key, null).status());
        }
        try (TestServer again = TestServer.start(url, ServerConfig.defaults(java.util.Map.of()))) {
            assertFalse(again.output().contains("cact_"), "the key is printed on the first start only");
            assertEquals(200, again.send("GET", "/keys", key, null).status(), "the key survives a restart");
        }
    }
}
