package io.github.cact.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.server.http.Exchange;
import io.github.cact.server.http.Problem;
import io.github.cact.server.http.Reply;
import io.github.cact.server.http.Role;
import io.github.cact.server.http.RouteGroup;
import io.github.cact.server.http.Router;
import io.github.cact.server.store.StoredVersion;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/**
 * Item banks: versions in the JSON form of {@link ItemBankFiles}. A new version is a draft; its items may
 * be replaced until it is published, after which it never changes and can be scored against.
 */
final class BankRoutes implements RouteGroup {

    private final Services services;

    BankRoutes(Services services) {
        this.services = services;
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/banks/{name}/versions", Role.READ, this::list);
        router.add("POST", "/banks/{name}/versions", Role.ADMIN, this::create);
        router.add("GET", "/banks/{name}/versions/{version}", Role.READ, this::read);
        router.add("PUT", "/banks/{name}/versions/{version}", Role.ADMIN, this::replace);
        router.add("POST", "/banks/{name}/versions/{version}/publish", Role.ADMIN, this::publish);
    }

    private Reply list(Exchange exchange) throws SQLException {
        String name = Names.of(exchange);
        var versions = services.banks().versions(name);
        if (versions.isEmpty()) {
            throw Problem.notFound("no bank named '" + name + "'");
        }
        return exchange.reply(200, Documents.list(services, versions));
    }

    private Reply create(Exchange exchange) throws SQLException {
        String name = Names.of(exchange);
        String content = canonical(exchange);
        StoredVersion stored = services.banks().create(name, content);
        if ("true".equals(exchange.query("publish"))) {
            services.banks().publish(name, stored.version());
            stored = services.banks().require("bank", name, stored.version());
        }
        return exchange.reply(201, summary(stored))
                .withHeader("Location", "/banks/" + name + "/versions/" + stored.version());
    }

    private Reply read(Exchange exchange) throws SQLException {
        StoredVersion stored = services.banks().require("bank", Names.of(exchange), exchange.positivePath("version"));
        return exchange.reply(200, Documents.withContent(services, stored));
    }

    private Reply replace(Exchange exchange) throws SQLException {
        String name = Names.of(exchange);
        int version = exchange.positivePath("version");
        String content = canonical(exchange);
        StoredVersion before = services.banks().require("bank", name, version);
        if (before.published() || !services.banks().replaceDraft(name, version, content)) {
            throw Problem.conflict("bank '" + name + "' version " + version
                    + " is published and never changes; create a new version instead");
        }
        return exchange.reply(200, summary(services.banks().require("bank", name, version)));
    }

    private Reply publish(Exchange exchange) throws SQLException {
        String name = Names.of(exchange);
        int version = exchange.positivePath("version");
        services.banks().require("bank", name, version);
        if (!services.banks().publish(name, version)) {
            throw Problem.conflict("bank '" + name + "' version " + version + " is published already");
        }
        return exchange.reply(200, summary(services.banks().require("bank", name, version)));
    }

    /** Checks the body as a bank (located errors) and returns the bank as the library writes it. */
    private static String canonical(Exchange exchange) {
        ItemBank bank = Documents.bank(new String(exchange.body(), StandardCharsets.UTF_8));
        return ItemBankFiles.toJson(bank);
    }

    private ObjectNode summary(StoredVersion stored) {
        ObjectNode node = Documents.describe(services, stored);
        ItemBank bank = Documents.bank(stored.content());
        node.put("items", bank.size());
        var scales = node.putArray("scales");
        bank.scales().forEach(scales::add);
        return node;
    }
}
