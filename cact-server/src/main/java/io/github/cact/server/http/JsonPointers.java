package io.github.cact.server.http;

/** Converts the library's JSON paths ({@code $.items[3].a}) to JSON pointers ({@code /items/3/a}, RFC 6901). */
final class JsonPointers {

    private JsonPointers() {
    }

    /**
     * Converts a JSON path of the form {@code $.a.b[2].c} (the form the library's readers write).
     *
     * @param path the path, possibly empty
     * @return the pointer, empty for the root or an empty path
     */
    static String fromJsonPath(String path) {
        if (path == null || path.isEmpty() || path.equals("$")) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        int i = path.startsWith("$") ? 1 : 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                pointer.append('/').append(escape(path.substring(i + 1, end)));
                i = end;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0) {
                    end = path.length();
                }
                String inside = path.substring(i + 1, end);
                if (inside.length() >= 2 && (inside.startsWith("\"") || inside.startsWith("'"))) {
                    inside = inside.substring(1, inside.length() - 1);
                }
                pointer.append('/').append(escape(inside));
                i = end + 1;
            } else {
                i++;
            }
        }
        return pointer.toString();
    }

    /** Escapes a reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
