package io.github.cact.server.api;

import io.github.cact.server.http.Exchange;
import io.github.cact.server.http.Reply;
import io.github.cact.server.http.Role;
import io.github.cact.server.http.RouteGroup;
import io.github.cact.server.http.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

/** Health (the one public route) and the OpenAPI description of the API. */
final class SystemRoutes implements RouteGroup {

    /** The OpenAPI 3 description, a resource of this module. */
    static final String OPENAPI = "/io/github/cact/server/openapi.json";

    private final Services services;
    private final byte[] openapi;

    SystemRoutes(Services services) {
        this.services = services;
        try (InputStream in = SystemRoutes.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + OPENAPI + " is missing from the build");
            }
            this.openapi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/health", null, this::health);
        router.add("GET", "/openapi", Role.READ, exchange -> Reply.json(200, openapi));
    }

    private Reply health(Exchange exchange) {
        boolean up;
        try (Connection c = services.database().dataSource().getConnection()) {
            up = c.isValid(2);
        } catch (SQLException e) {
            up = false;
        }
        return exchange.reply(up ? 200 : 503, services.mapper().createObjectNode()
                .put("status", up ? "ok" : "unavailable").put("database", up ? "ok" : "unreachable"));
    }
}
