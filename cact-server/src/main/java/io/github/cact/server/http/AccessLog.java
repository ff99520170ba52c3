package io.github.cact.server.http;

import java.io.PrintStream;
import java.time.Instant;

/**
 * One JSON line per request: time, request id, method, the route's template (never the path itself,
 * which may hold a person's id), status, duration, body sizes and key id. No body, query or header value
 * is logged.
 */
public final class AccessLog {

    /** A log that writes nothing (the access log switched off). */
    public static final AccessLog OFF = new AccessLog(null);

    private final PrintStream out;

    /**
     * Creates a log writing to a stream.
     *
     * @param out where to write the lines, or null to write nothing
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
        if (out == null) {
            return;
        }
        long micros = nanos / 1000;
        StringBuilder line = new StringBuilder(200).append("{\"time\":\"").append(Instant.now())
                .append("\",\"requestId\":\"");
        safe(line, requestId).append("\",\"method\":\"");
        safe(line, method).append("\",\"route\":\"");
        safe(line, route).append("\",\"status\":").append(status).append(",\"ms\":").append(micros / 1000).append('.');
        String fraction = Long.toString(1000 + micros % 1000);
        line.append(fraction, 1, 4).append(",\"bytesIn\":").append(bytesIn).append(",\"bytesOut\":").append(bytesOut)
                .append(",\"key\":");
        if (keyId == null) {
            line.append("null");
        } else {
            safe(line.append('"'), keyId).append('"');
        }
        out.println(line.append('}'));
    }

    /** Appends a value kept to printable ASCII without quotes or backslashes. */
    private static StringBuilder safe(StringBuilder b, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            b.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '?');
        }
        return b;
    }
}
