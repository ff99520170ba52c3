package io.github.cact.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cact.server.http.Exchange;
import io.github.cact.server.http.Problem;
import io.github.cact.server.http.Reply;
import io.github.cact.server.http.Role;
import io.github.cact.server.http.RouteGroup;
import io.github.cact.server.http.Router;
import io.github.cact.server.store.RunStore;
import java.sql.SQLException;

/**
 * Stored results: a run's audit record, a person's results, and the deletion of the person's results and
 * adaptive sessions (the right to erasure of personal data, see docs/server.md).
 */
final class ResultRoutes implements RouteGroup {

    private final Services services;

    ResultRoutes(Services services) {
        this.services = services;
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/runs/{id}", Role.READ, this::run);
        router.add("GET", "/people/{id}/results", Role.READ, this::results);
        router.add("DELETE", "/people/{id}/results", Role.ADMIN, this::delete);
    }

    private Reply run(Exchange exchange) throws SQLException {
        RunStore.Run run = services.runs().run(exchange.path("id"))
                .orElseThrow(() -> Problem.notFound("no run with this id"));
        ObjectNode node = services.mapper().createObjectNode();
        node.put("runId", run.id());
        node.put("kind", run.kind());
        node.put("bank", run.bankName());
        if (run.bankVersion() == null) {
            node.putNull("bankVersion");
        } else {
            node.put("bankVersion", run.bankVersion());
        }
        node.put("configFingerprint", run.configFingerprint());
        node.put("inputSha256", run.inputDigest());
        node.put("libraryVersion", run.libraryVersion());
        node.put("key", run.keyId());
        node.put("people", run.people());
        node.put("time", run.createdAt().toString());
        return exchange.reply(200, node);
    }

    private Reply results(Exchange exchange) throws SQLException {
        ArrayNode array = services.mapper().createArrayNode();
        for (RunStore.PersonResult result : services.runs().results(exchange.path("id"))) {
            ObjectNode node = array.addObject();
            node.put("runId", result.runId());
            node.put("kind", result.kind());
            node.put("time", result.createdAt().toString());
            node.set("result", Documents.parseStored(services, result.result()));
        }
        return exchange.reply(200, services.mapper().createObjectNode().set("results", array));
    }

    /**
     * Deletes a person's stored results and adaptive sessions in one transaction: {@code deleted} counts the
     * results, {@code adaptiveSessions} the sessions.
     */
    private Reply delete(Exchange exchange) throws SQLException {
        String person = exchange.path("id");
        int[] deleted = services.database().transaction(c -> new int[] {services.runs().deleteResults(c, person),
                services.cat().deleteSessions(c, person)});
        return exchange.reply(200, services.mapper().createObjectNode().put("deleted", deleted[0])
                .put("adaptiveSessions", deleted[1]));
    }
}
