package io.github.cact.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cact.server.http.Route;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI file that /openapi serves describes exactly the routes of the router: every route is in
 * the file with the role it needs, and every operation of the file is a route.
 */
class OpenApiTest {

    @TempDir
    Path directory;

    @Test
    void everyRouteIsDescribedAndEveryDescribedOperationIsARoute() throws Exception {
        try (TestServer server = TestServer.start("h2", directory)) {
            TestServer.Response served = server.admin("GET", "/openapi", null);
            assertEquals(200, served.status());
            JsonNode paths = served.json().get("paths");
            Map<String, String> described = new TreeMap<>();
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    JsonNode role = operation.getValue().get("x-cact-role");
                    described.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                            role == null ? "public" : role.asText());
                }
            }
            Map<String, String> routed = new TreeMap<>();
            for (Route route : server.server.router().routes()) {
                routed.put(route.method() + " " + route.template(), route.role() == null ? "public" : route.role().label());
            }
            assertEquals(routed, described);
        }
    }
}
