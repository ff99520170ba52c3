package io.github.cact.server.api;

import io.github.cact.server.http.Reply;
import io.github.cact.server.http.RouteGroup;
import io.github.cact.server.http.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page that takes an adaptive test against the IMS CAT API: {@code /try} and its script and style,
 * fixed files of this module served without a key (they hold no data; every call the page makes needs
 * the key its user pastes). A Content-Security-Policy lets the page load only its own script and style
 * and talk only to this server.
 */
final class TryPageRoutes implements RouteGroup {

    /** Only this server's own script, style and API; no inline code, no frames, no form posts. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final String FOLDER = "/io/github/cact/server/try/";

    private final String page = resource("index.html");
    private final String script = resource("try.js");
    private final String style = resource("try.css");

    @Override
    public void register(Router router) {
        router.add("GET", "/try", null, exchange -> served("text/html", page));
        router.add("GET", "/try/try.js", null, exchange -> served("text/javascript", script));
        router.add("GET", "/try/try.css", null, exchange -> served("text/css", style));
    }

    private static Reply served(String contentType, String text) {
        return Reply.text(200, contentType, text)
                .withHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Referrer-Policy", "no-referrer")
                .withHeader("Cache-Control", "no-cache");
    }

    private static String resource(String name) {
        try (InputStream in = TryPageRoutes.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + FOLDER + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
