package io.github.cact.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a path and method resolve: literal and template segments, captured parameters, 404 and 405. */
class RouterTest {

    private static final Endpoint NONE = exchange -> {
        throw new AssertionError("not called");
    };

    private final Router router = new Router()
            .add("GET", "/banks", Role.READ, NONE)
            .add("POST", "/banks", Role.ADMIN, NONE)
            .add("GET", "/banks/{name}/versions/{version}", Role.READ, NONE)
            .add("POST", "/banks/{name}/versions/{version}/profiles", Role.SCORE, NONE)
            .add("GET", "/banks/{name}/versions/latest", Role.READ, NONE)
            .add("GET", "/health", null, NONE);

    @Test
    void capturesTemplateSegmentsInOrder() {
        Router.Found found = assertInstanceOf(Router.Found.class,
                router.resolve("POST", "/banks/cact-108/versions/1/profiles"));
        assertSame(router.routes().get(3), found.route());
        assertEquals(List.of("name", "version"), List.copyOf(found.parameters().keySet()));
        assertEquals(Map.of("name", "cact-108", "version", "1"), found.parameters());
    }

    @Test
    void theFirstRegisteredMatchWinsAndLiteralsMustBeEqual() {
        Router.Found found = assertInstanceOf(Router.Found.class, router.resolve("GET", "/banks/b/versions/latest"));
        assertEquals("/banks/{name}/versions/{version}", found.route().template());
        assertEquals(Map.of("name", "b", "version", "latest"), found.parameters());
        assertInstanceOf(Router.NotFound.class, router.resolve("GET", "/banks/b/version/1"));
    }

    @Test
    void leadingAndTrailingSlashesAreIgnoredButEmptyParametersDoNotMatch() {
        assertInstanceOf(Router.Found.class, router.resolve("GET", "/banks/"));
        assertInstanceOf(Router.Found.class, router.resolve("GET", "health"));
        assertInstanceOf(Router.NotFound.class, router.resolve("GET", "/banks//versions/1"));
        assertInstanceOf(Router.NotFound.class, router.resolve("GET", "/"));
        assertInstanceOf(Router.NotFound.class, router.resolve("GET", "/banks/b/versions/1/profiles/x"));
    }

    @Test
    void aPathWithOtherMethodsOnlyListsThemSorted() {
        Router.MethodNotAllowed notAllowed = assertInstanceOf(Router.MethodNotAllowed.class,
                router.resolve("DELETE", "/banks"));
        assertEquals(List.of("GET", "POST"), List.copyOf(notAllowed.allowed()));
        assertEquals(Set.of("POST"), assertInstanceOf(Router.MethodNotAllowed.class,
                router.resolve("GET", "/banks/b/versions/2/profiles")).allowed());
    }

    @Test
    void aMethodAndTemplateAreRegisteredOnce() {
        assertThrows(IllegalStateException.class, () -> router.add("GET", "/health", Role.READ, NONE));
    }
}
