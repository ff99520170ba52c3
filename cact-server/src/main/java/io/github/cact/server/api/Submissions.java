package io.github.cact.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.github.cact.ninebox.AuditRecord;
import io.github.cact.server.http.Exchange;
import io.github.cact.server.http.Problem;
import io.github.cact.server.http.Reply;
import io.github.cact.server.store.Digests;
import io.github.cact.server.store.RunIds;
import io.github.cact.server.store.RunStore;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stores a computed submission as a run with its audit record and the people's results, and makes a
 * submission idempotent under its {@code Idempotency-Key} header: the same key (per API key) with the
 * same body returns the stored response without computing or storing again; with another body it is
 * refused (422).
 */
final class Submissions {

    /** The header that makes a submission idempotent. */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private Submissions() {
    }

    /**
     * What a submission computed.
     *
     * @param kind the run's kind
     * @param bankName the bank, or null
     * @param bankVersion its version, or null
     * @param configFingerprint the SHA-256 of the settings and documents used besides the bank
     * @param response the response body (the run id and audit are added)
     * @param results person id → that person's result, stored for later reading and deletion
     */
    record Computed(String kind, String bankName, Integer bankVersion, String configFingerprint, ObjectNode response,
            List<Map.Entry<String, JsonNode>> results) {
    }

    /** A computation that may throw. */
    @FunctionalInterface
    interface Computation {
        Computed run() throws Exception;
    }

    static Reply submit(Services services, Exchange exchange, Computation computation) throws Exception {
        String key = exchange.header(IDEMPOTENCY_KEY);
        if (key != null && !KEY.matcher(key).matches()) {
            throw Problem.badRequest(IDEMPOTENCY_KEY + " must be 1-200 visible ASCII characters", null);
        }
        String digest = Digests.sha256(exchange.body());
        String keyId = exchange.principal().keyId();
        if (key != null) {
            Optional<RunStore.StoredResponse> stored = services.runs().stored(keyId, key);
            if (stored.isPresent()) {
                return replay(stored.get(), digest);
            }
        }
        Computed computed = computation.run();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        RunStore.Run run = new RunStore.Run(RunIds.next(), computed.kind(), computed.bankName(),
                computed.bankVersion(), computed.configFingerprint(), digest, AuditRecord.LIBRARY_VERSION, keyId,
                computed.results().size(), now);
        ObjectNode response = computed.response();
        response.put("runId", run.id());
        ObjectNode audit = response.putObject("audit");
        audit.put("inputSha256", digest);
        audit.put("bank", computed.bankName());
        if (computed.bankVersion() == null) {
            audit.putNull("bankVersion");
        } else {
            audit.put("bankVersion", computed.bankVersion());
        }
        audit.put("configFingerprint", computed.configFingerprint());
        audit.put("libraryVersion", run.libraryVersion());
        audit.put("time", now.toString());
        List<Map.Entry<String, String>> results = writeResultsOnce(services, response, computed.results());
        String body = Documents.canonical(services, response);
        try {
            services.runs().save(run, results, key, new RunStore.StoredResponse(digest, 200, body));
        } catch (SQLException e) {
            if (key != null) {
                Optional<RunStore.StoredResponse> stored = services.runs().stored(keyId, key);
                if (stored.isPresent()) {
                    return replay(stored.get(), digest);
                }
            }
            throw e;
        }
        return Reply.json(200, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes each person's result as JSON once: the text is stored, and the response's arrays take it as a
     * raw value in place of the node, so that the response is written without writing the results again. A
     * result that is already a raw value (JSON text written by its route) is taken as it is.
     */
    private static List<Map.Entry<String, String>> writeResultsOnce(Services services, ObjectNode response,
            List<Map.Entry<String, JsonNode>> results) {
        List<Map.Entry<String, String>> written = new ArrayList<>(results.size());
        Map<JsonNode, String> text = new IdentityHashMap<>();
        for (Map.Entry<String, JsonNode> result : results) {
            String json = result.getValue() instanceof POJONode pojo && pojo.getPojo() instanceof RawValue raw
                    ? raw.rawValue().toString() : Documents.canonical(services, result.getValue());
            written.add(Map.entry(result.getKey(), json));
            text.put(result.getValue(), json);
        }
        for (JsonNode field : response) {
            if (field instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    String json = text.get(array.get(i));
                    if (json != null) {
                        array.set(i, array.rawValueNode(new RawValue(json)));
                    }
                }
            }
        }
        return written;
    }

    private static Reply replay(RunStore.StoredResponse stored, String digest) {
        if (!stored.requestDigest().equals(digest)) {
            throw Problem.invalidField(null, IDEMPOTENCY_KEY + " was used before with a different body;"
                    + " use a new key for a new submission");
        }
        return Reply.json(stored.status(), stored.body().getBytes(StandardCharsets.UTF_8))
                .withHeader("Idempotent-Replayed", "true");
    }
}
