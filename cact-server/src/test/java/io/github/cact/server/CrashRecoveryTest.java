package io.github.cact.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cact.cat.AbilityEstimator;
import io.github.cact.cat.CatDesign;
import io.github.cact.cat.CatEngine;
import io.github.cact.cat.CatSession;
import io.github.cact.cat.SelectionRule;
import io.github.cact.cat.Step;
import io.github.cact.cat.StoppingRule;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBankFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kills the server with SIGKILL in the middle of concurrent IMS CAT sessions and restarts it on the same
 * database: every submission answered with a 2xx before the kill is still there, a retry with the same
 * Idempotency-Key does not advance a test twice, every session awaits the item that a replay of its
 * accepted results with the library's engine chooses, and the restarted server takes new work. The
 * server runs as a process of its own ({@code Main}, as {@code cact serve} runs it), so that the kill
 * leaves nothing behind but what the database had stored.
 */
class CrashRecoveryTest {

    private static final int SESSIONS = 12;
    private static final int ACCEPTED_BEFORE_KILL = 4;
    private static final String SECTIONS = "/ims/cat/v1p0/sections";
    private static final String CONFIGURATION = "{\"bank\": {\"name\": \"cact-108\", \"version\": 1},"
            + " \"stopping\": {\"minItemsPerScale\": 12, \"maxItemsPerScale\": 12}}";

    @TempDir
    Path directory;

    static List<String> databases() {
        return TestServer.databases();
    }

    /** One submission as the platform sent it, with the reply it got (null while unanswered). */
    record Submission(String item, int score, String key, String reply) {
        String body() {
            return "{\"assessmentResult\": {\"itemResult\": [{\"identifier\": \"" + item + "\", \"score\": " + score + "}]}}";
        }
    }

    /** One session as its platform knows it: its accepted submissions and the one in flight at the kill. */
    static final class Platform {
        final String id;
        final List<Submission> accepted = new ArrayList<>();
        volatile String awaited;
        volatile Submission inFlight;

        Platform(String id, String first) {
            this.id = id;
            this.awaited = first;
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aKilledServerLosesNoAcceptedSubmissionAndCorruptsNoSession(String database) throws Exception {
        String url = TestServer.freshDatabase(database, directory);
        String section;
        List<Platform> platforms = new ArrayList<>();
        try (ServerProcess first = ServerProcess.start(url, directory.resolve("first.log"))) {
            assertEquals(201, first.send("/banks/cact-108/versions?publish=true", Fixtures.bank(), null).statusCode());
            HttpResponse<String> created = first.send(SECTIONS, "{\"sectionConfiguration\": \""
                    + Base64.getEncoder().encodeToString(CONFIGURATION.getBytes(StandardCharsets.UTF_8)) + "\"}", null);
            assertEquals(201, created.statusCode(), created.body());
            section = TestServer.JSON.readTree(created.body()).get("sectionIdentifier").asText();
            for (int s = 0; s < SESSIONS; s++) {
                HttpResponse<String> started = first.send(SECTIONS + "/" + section + "/sessions", "{}", null);
                assertEquals(201, started.statusCode(), started.body());
                JsonNode reply = TestServer.JSON.readTree(started.body());
                platforms.add(new Platform(reply.get("sessionIdentifier").asText(), nextItem(reply)));
            }
            CountDownLatch enough = new CountDownLatch(SESSIONS);
            List<CompletableFuture<Void>> load = new ArrayList<>();
            String sectionId = section;
            for (Platform platform : platforms) {
                load.add(CompletableFuture.runAsync(() -> drive(first, sectionId, platform, enough)));
            }
            assertTrue(enough.await(60, TimeUnit.SECONDS), "every session got " + ACCEPTED_BEFORE_KILL + " replies");
            assertEquals(137, first.kill(), "SIGKILL ends the server with 128 + 9");
            for (CompletableFuture<Void> driver : load) {
                driver.get(30, TimeUnit.SECONDS);
            }
        }
        CatEngine replay = engine();
        try (ServerProcess restarted = ServerProcess.start(url, directory.resolve("restarted.log"))) {
            for (Platform platform : platforms) {
                String path = SECTIONS + "/" + section + "/sessions/" + platform.id + "/results";
                Submission pending = platform.inFlight;
                Submission last = platform.accepted.get(platform.accepted.size() - 1);
                if (pending != null) {
                    // unknown whether it was stored: sent again, it is applied now or replayed, never twice
                    HttpResponse<String> retried = restarted.send(path, pending.body(), pending.key());
                    assertEquals(200, retried.statusCode(), platform.id + ": the retry of the submission in flight "
                            + "fits the session only if its last accepted one was kept; " + retried.body());
                    platform.accepted.add(new Submission(pending.item(), pending.score(), pending.key(), retried.body()));
                } else {
                    HttpResponse<String> retried = restarted.send(path, last.body(), last.key());
                    assertEquals("true", retried.headers().firstValue("Idempotent-Replayed").orElse(null),
                            platform.id + ": the last accepted submission was kept");
                    assertEquals(last.reply(), retried.body(), platform.id);
                }
                Submission latest = platform.accepted.get(platform.accepted.size() - 1);
                HttpResponse<String> again = restarted.send(path, latest.body(), latest.key());
                assertEquals(200, again.statusCode(), again.body());
                assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null),
                        platform.id + ": a retry does not advance the test twice");
                assertEquals(latest.reply(), again.body(), platform.id);

                String expected = replayedNextItem(replay, platform.accepted);
                assertEquals(expected, nextItem(TestServer.JSON.readTree(latest.reply())),
                        platform.id + ": the session awaits what a replay of its accepted results chooses");
                Submission fresh = new Submission(expected, 1, platform.id + "-after", null);
                HttpResponse<String> accepted = restarted.send(path, fresh.body(), fresh.key());
                assertEquals(200, accepted.statusCode(), platform.id + " takes new results: " + accepted.body());
                platform.accepted.add(new Submission(fresh.item(), fresh.score(), fresh.key(), accepted.body()));
                assertEquals(replayedNextItem(replay, platform.accepted),
                        nextItem(TestServer.JSON.readTree(accepted.body())), platform.id);
            }
            HttpResponse<String> another = restarted.send(SECTIONS + "/" + section + "/sessions", "{}", null);
            assertEquals(201, another.statusCode(), "the restarted server starts new sessions: " + another.body());
        }
        assertFalse(Files.readString(directory.resolve("restarted.log")).contains("\"status\":500"),
                "no internal error after the restart");
    }

    /** Submits the awaited item of a session again and again until the server dies. */
    private static void drive(ServerProcess server, String section, Platform platform, CountDownLatch enough) {
        String path = SECTIONS + "/" + section + "/sessions/" + platform.id + "/results";
        for (int n = 1; ; n++) {
            Submission submission = new Submission(platform.awaited, score(platform.id, n), platform.id + "-" + n, null);
            platform.inFlight = submission;
            HttpResponse<String> response;
            try {
                response = server.send(path, submission.body(), submission.key());
            } catch (IOException | InterruptedException e) {
                return; // the server was killed: the submission stays in flight, its outcome unknown
            }
            assertEquals(200, response.statusCode(), response.body());
            platform.accepted.add(new Submission(submission.item(), submission.score(), submission.key(),
                    response.body()));
            platform.inFlight = null;
            if (platform.accepted.size() == ACCEPTED_BEFORE_KILL) {
                enough.countDown();
            }
            try {
                platform.awaited = nextItem(TestServer.JSON.readTree(response.body()));
            } catch (IOException e) {
                throw new AssertionError(response.body(), e);
            }
            assertNotNull(platform.awaited, "108 items per session: none ends before the kill");
        }
    }

    /** A fixed pattern of answers, different between sessions. */
    private static int score(String session, int n) {
        return (session.hashCode() + n) % 3 == 0 ? 0 : 1;
    }

    private static String nextItem(JsonNode reply) {
        JsonNode items = reply.get("nextItems").get("itemIdentifiers");
        return items.isEmpty() ? null : items.get(0).asText();
    }

    /** The section's design, built with the library the way the server builds it. */
    private static CatEngine engine() {
        return CatEngine.of(CatDesign.builder(ItemBankFiles.parseJson(Fixtures.bank(), "bank-108.json"))
                .bankVersion("1").selection(SelectionRule.maximumInformation()).estimator(AbilityEstimator.EAP)
                .stopping(StoppingRule.builder().itemsPerScale(12, 12).build()).build());
    }

    /**
     * Replays accepted results on a new session: maximum information with EAP chooses without chance, so
     * each accepted item must be the one the replay chooses; returns the item chosen after the last.
     */
    private static String replayedNextItem(CatEngine engine, List<Submission> accepted) {
        CatSession session = engine.start(1);
        for (Submission submission : accepted) {
            Step step = engine.next(session);
            assertEquals(submission.item(), step.item().orElseThrow().id(), "the replay chooses the accepted item");
            session = engine.answer(step.session(), submission.item(), submission.score());
        }
        return engine.next(session).item().map(Item::id).orElse(null);
    }

    /** The server as {@code cact serve} runs it: a JVM of its own on a database URL, on a free port. */
    static final class ServerProcess implements AutoCloseable {
        private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

        private final Process process;
        private final int port;
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        private ServerProcess(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static ServerProcess start(String url, Path log) throws Exception {
            Path config = log.resolveSibling(log.getFileName() + ".json");
            Files.writeString(config, "{\"port\": 0, \"database\": {\"url\": \""
                    + url.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}, \"rateLimit\": {\"perSecond\": 1000000,"
                    + " \"burst\": 1000000}}");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "--config", config.toString())
                    .redirectError(log.toFile());
            builder.environment().put("CACT_ADMIN_KEY", TestServer.ADMIN_KEY);
            Process process = builder.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (String line; (line = out.readLine()) != null; ) {
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    int port = Integer.parseInt(listening.group(1));
                    CompletableFuture.runAsync(() -> out.lines().forEach(rest -> { }));
                    return new ServerProcess(process, port);
                }
            }
            process.destroyForcibly().waitFor();
            throw new AssertionError("the server did not start: " + Files.readString(log));
        }

        HttpResponse<String> send(String path, String body, String idempotencyKey)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                    .header("Content-Type", "application/json");
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Kills the process with SIGKILL ({@link Process#destroyForcibly} on Linux) and returns its exit code. */
        int kill() throws InterruptedException {
            process.destroyForcibly();
            return process.waitFor();
        }

        @Override
        public void close() {
            if (!process.isAlive()) {
                return;
            }
            process.destroy();
            try {
                if (process.waitFor(30, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }
}
