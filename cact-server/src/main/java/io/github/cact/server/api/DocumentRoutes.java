package io.github.cact.server.api;

import io.github.cact.server.http.Exchange;
import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import io.github.cact.server.http.Reply;
import io.github.cact.server.http.Role;
import io.github.cact.server.http.RouteGroup;
import io.github.cact.server.http.Router;
import io.github.cact.server.store.StoredVersion;
import io.github.cact.server.store.VersionedStore;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Position standards, cut scores and nine-box configurations: each creation checks the document as the
 * command line checks its file and stores it as the next, immutable version of its name.
 */
final class DocumentRoutes implements RouteGroup {

    private final Services services;
    private final String path;
    private final String kind;
    private final Function<Services, VersionedStore> store;
    private final Consumer<Field> check;

    private DocumentRoutes(Services services, String path, String kind, Function<Services, VersionedStore> store,
            Consumer<Field> check) {
        this.services = services;
        this.path = path;
        this.kind = kind;
        this.store = store;
        this.check = check;
    }

    static DocumentRoutes standards(Services services) {
        return new DocumentRoutes(services, "/standards", "position standards", Services::standards,
                root -> Documents.standards(Documents.canonical(services, root.node())));
    }

    static DocumentRoutes cutScores(Services services) {
        return new DocumentRoutes(services, "/cut-scores", "cut scores", Services::cutScores, Documents::cutScores);
    }

    static DocumentRoutes nineBoxConfigs(Services services) {
        return new DocumentRoutes(services, "/ninebox-configs", "nine-box configuration", Services::nineBoxConfigs,
                Documents::nineBox);
    }

    @Override
    public void register(Router router) {
        router.add("GET", path + "/{name}/versions", Role.READ, this::list);
        router.add("POST", path + "/{name}/versions", Role.ADMIN, this::create);
        router.add("GET", path + "/{name}/versions/{version}", Role.READ, this::read);
    }

    private Reply list(Exchange exchange) throws SQLException {
        String name = Names.of(exchange);
        var versions = store.apply(services).versions(name);
        if (versions.isEmpty()) {
            throw Problem.notFound("no " + kind + " named '" + name + "'");
        }
        return exchange.reply(200, Documents.list(services, versions));
    }

    private Reply create(Exchange exchange) throws SQLException {
        String name = Names.of(exchange);
        Field root = exchange.json().object();
        check.accept(root);
        StoredVersion stored = store.apply(services).create(name, Documents.canonical(services, root.node()));
        return exchange.reply(201, Documents.describe(services, stored))
                .withHeader("Location", path + "/" + name + "/versions/" + stored.version());
    }

    private Reply read(Exchange exchange) throws SQLException {
        StoredVersion stored = store.apply(services).require(kind, Names.of(exchange), exchange.positivePath("version"));
        return exchange.reply(200, Documents.withContent(services, stored));
    }
}
