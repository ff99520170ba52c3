package io.github.cact.server.api;

import io.github.cact.server.http.Exchange;
import io.github.cact.server.http.Problem;
import java.util.regex.Pattern;

/** The names of stored documents: 1–200 letters, digits, dots, underscores and hyphens. */
final class Names {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    private Names() {
    }

    static String of(Exchange exchange) {
        String name = exchange.path("name");
        if (!NAME.matcher(name).matches()) {
            throw Problem.badRequest("the name '" + (name.length() > 40 ? name.substring(0, 40) + "..." : name)
                    + "' is not 1-200 letters, digits, '.', '_' or '-'", null);
        }
        return name;
    }
}
