package io.github.cact.server.http;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;

/**
 * One JSON line per request: time, request id, method, the route's template (never the path itself,
 * which may hold a person's id), status, duration, body sizes and key id. No body, query or header value
 * is logged.
 */
public final class AccessLog {

    private final PrintStream out;

    /**
     * Creates a log writing to a stream.
     *
     * @param out where to write the lines
     */
    public AccessLog(PrintStream out) {
        this.out = out;
    }

    /**
     * Writes one line.
     *
     * @param requestId the request id
     * @param method the method
     * @param route the route template, or a fixed word when no route matched
     * @param status the status sent
     * @param nanos the time taken
     * @param bytesIn the body size received
     * @param bytesOut the body size sent
     * @param keyId the key id, or null
     */
    public void log(String requestId, String method, String route, int status, long nanos, long bytesIn,
            long bytesOut, String keyId) {
        String line = String.format(Locale.ROOT,
                "{\"time\":\"%s\",\"requestId\":\"%s\",\"method\":\"%s\",\"route\":\"%s\",\"status\":%d,"
                        + "\"ms\":%.3f,\"bytesIn\":%d,\"bytesOut\":%d,\"key\":%s}",
                Instant.now(), requestId, safe(method), safe(route), status, nanos / 1e6, bytesIn, bytesOut,
                keyId == null ? "null" : "\"" + safe(keyId) + "\"");
        out.println(line);
    }

    /** Keeps a value to printable ASCII without quotes or backslashes. */
    private static String safe(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            b.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '?');
        }
        return b.toString();
    }
}
