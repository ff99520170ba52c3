package io.github.cact.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.server.http.Role;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request size and rate limits per key and per client address (routes without a key), and a graceful stop that lets requests in flight finish. */
class LimitsAndShutdownTest {

    @TempDir
    Path directory;

    private static ServerConfig config(long maxBody, double perSecond, double burst) {
        ServerConfig d = ServerConfig.defaults(Map.of("CACT_ADMIN_KEY", TestServer.ADMIN_KEY));
        return new ServerConfig(d.host(), 0, d.databaseUrl(), null, null, 4, maxBody, perSecond, burst, 10, true,
                d.adminKey(), d.sessionRetention());
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        try (TestServer server = TestServer.start(TestServer.freshDatabase("h2", directory), config(4096, 100, 100))) {
            TestServer.Response response = server.admin("POST", "/banks/b/versions", Fixtures.bank());
            assertEquals(413, response.status());
            assertEquals("application/problem+json", response.contentType());
            assertTrue(response.json().get("detail").asText().contains("4096"));
        }
    }

    @Test
    void aChunkedBodyWithoutALengthIsReadWholeAndLimitedToo() throws Exception {
        try (TestServer server = TestServer.start(TestServer.freshDatabase("h2", directory), config(4096, 100, 100))) {
            HttpClient client = HttpClient.newHttpClient();
            byte[] small = "{\"name\": \"x\"".getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> partial = client.send(chunked(server, small), HttpResponse.BodyHandlers.ofString());
            assertEquals(422, partial.statusCode(), partial.body());
            assertTrue(partial.body().contains("line 1, column 13: expected ',' or '}'"), "read to its end: " + partial.body());
            byte[] large = Fixtures.bank().getBytes(StandardCharsets.UTF_8);
            assertTrue(large.length > 4096, "the bank fixture is larger than the limit");
            HttpResponse<String> tooLarge = client.send(chunked(server, large), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, tooLarge.statusCode());
            assertTrue(tooLarge.body().contains("is longer; the limit is 4096"), tooLarge.body());
        }
    }

    /** A POST of a bank whose body goes without a Content-Length (chunked transfer coding). */
    private static HttpRequest chunked(TestServer server, byte[] body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server.port() + "/banks/b/versions"))
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
    }

    @Test
    void aKeyOverItsRateGets429WithRetryAfterAndOtherKeysDoNot() throws Exception {
        try (TestServer server = TestServer.start(TestServer.freshDatabase("h2", directory), config(1 << 20, 1, 5))) {
            int limited = 0;
            for (int i = 0; i < 8; i++) {
                TestServer.Response response = server.admin("GET", "/keys", null);
                if (response.status() == 429) {
                    limited++;
                    assertNotNull(response.header("Retry-After"));
                }
            }
            assertTrue(limited >= 2, "a burst of 5 at 1/s lets at most 6 of 8 through; limited " + limited);
            assertEquals(200, server.send("GET", "/health", null, null).status(), "health is limited per address");
        }
    }

    @Test
    void theRoutesWithoutAKeyAreLimitedPerAddressApartFromTheKeys() throws Exception {
        try (TestServer server = TestServer.start(TestServer.freshDatabase("h2", directory), config(1 << 20, 1, 3))) {
            int limited = 0;
            for (int i = 0; i < 8; i++) {
                TestServer.Response response = server.send("GET", i % 2 == 0 ? "/health" : "/try", null, null);
                if (response.status() == 429) {
                    limited++;
                    assertNotNull(response.header("Retry-After"));
                    assertTrue(response.json().get("detail").asText().contains("address"), response.body());
                }
            }
            assertTrue(limited >= 3, "a burst of 3 at 1/s lets at most 5 of 8 through; limited " + limited);
            assertEquals(200, server.admin("GET", "/keys", null).status(), "a key has its own bucket");
        }
    }

    @Test
    void aStopLetsTheRequestInFlightFinish() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        TestServer server = TestServer.start(TestServer.freshDatabase("h2", directory), config(1 << 20, 100, 100),
                router -> router.add("GET", "/slow", Role.READ, exchange -> {
                    entered.countDown();
                    Thread.sleep(1500);
                    return exchange.reply(200, Map.of("done", true));
                }));
        CompletableFuture<TestServer.Response> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return server.admin("GET", "/slow", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        long start = System.nanoTime();
        server.close();
        TestServer.Response response = slow.get(10, TimeUnit.SECONDS);
        assertEquals(200, response.status());
        assertEquals("{\"done\":true}", response.body());
        assertTrue(System.nanoTime() - start > 500_000_000L, "the stop waited for the request");
    }
}
