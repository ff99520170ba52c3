package io.github.cact.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cact.server.http.Exchange;
import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import io.github.cact.server.http.Reply;
import io.github.cact.server.http.Role;
import io.github.cact.server.http.RouteGroup;
import io.github.cact.server.http.Router;
import io.github.cact.server.store.KeyStore;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/** API keys: create (the secret is shown once), list (never secrets), revoke. */
final class KeyRoutes implements RouteGroup {

    private final Services services;

    KeyRoutes(Services services) {
        this.services = services;
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/keys", Role.ADMIN, this::list);
        router.add("POST", "/keys", Role.ADMIN, this::create);
        router.add("DELETE", "/keys/{id}", Role.ADMIN, this::revoke);
    }

    private Reply list(Exchange exchange) throws SQLException {
        ArrayNode array = services.mapper().createArrayNode();
        for (KeyStore.KeyInfo key : services.keys().list()) {
            ObjectNode node = array.addObject();
            node.put("id", key.id());
            node.put("role", key.role().label());
            node.put("label", key.label());
            node.put("createdAt", key.createdAt().toString());
            node.put("revokedAt", key.revokedAt() == null ? null : key.revokedAt().toString());
        }
        return exchange.reply(200, services.mapper().createObjectNode().set("keys", array));
    }

    private Reply create(Exchange exchange) throws SQLException {
        Field root = exchange.json().object().allowOnly(Set.of("role", "label"));
        Field roleField = root.get("role");
        Role role = NineBoxConfigJson.located(roleField, () -> Role.parse(roleField.text()));
        String label = root.get("label").text();
        if (label.length() > 200) {
            throw Problem.invalidField(root.get("label").pointer(), "the label has " + label.length()
                    + " characters; at most 200");
        }
        Map.Entry<String, String> created = services.keys().create(role, label);
        ObjectNode node = services.mapper().createObjectNode();
        node.put("id", created.getValue());
        node.put("key", created.getKey());
        node.put("role", role.label());
        node.put("label", label);
        return exchange.reply(201, node);
    }

    private Reply revoke(Exchange exchange) throws SQLException {
        if (!services.keys().revoke(exchange.path("id"))) {
            throw Problem.notFound("no active key with this id");
        }
        return Reply.empty(204);
    }
}
