package io.github.cact.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cact.data.DataFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The server's one Jetty handler: gives each request an id, finds its route, checks the key, its role
 * and its rate (a route without a key: the rate of the client's address), reads the body within the
 * size limit, runs the endpoint, writes the reply or an RFC 9457
 * problem document, and writes the access-log line. Bad input never becomes a 500: a {@link Problem},
 * the library's {@link DataFormatException} and {@link IllegalArgumentException} are 4xx; only a bug is
 * a 500, logged with its type and stack frames but without its message (which may quote input).
 */
public final class ApiHandler extends Handler.Abstract {

    /** The media type of problem documents (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Router router;
    private final Keys keys;
    private final ObjectMapper mapper;
    private final AccessLog accessLog;
    private final PrintStream errors;
    private final long maxBodyBytes;
    private final double ratePerSecond;
    private final double burst;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> addressBuckets = new ConcurrentHashMap<>();

    /** How many keys or client addresses are tracked before the buckets that have refilled are dropped. */
    static final int TRACKED_CALLERS = 10_000;

    /**
     * Creates the handler.
     *
     * @param router the routes
     * @param keys the key lookup
     * @param mapper the JSON mapper
     * @param accessLog where access lines go
     * @param errors where internal errors are reported
     * @param maxBodyBytes the largest request body accepted
     * @param ratePerSecond requests per second allowed per key
     * @param burst requests allowed at once per key
     */
    public ApiHandler(Router router, Keys keys, ObjectMapper mapper, AccessLog accessLog, PrintStream errors,
            long maxBodyBytes, double ratePerSecond, double burst) {
        this.router = router;
        this.keys = keys;
        this.mapper = mapper;
        this.accessLog = accessLog;
        this.errors = errors;
        this.maxBodyBytes = maxBodyBytes;
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        String given = request.getHeaders().get("X-Request-Id");
        String requestId = given != null && REQUEST_ID.matcher(given).matches() ? given : newRequestId();
        String method = request.getMethod();
        String routeName = "unmatched";
        String keyId = null;
        long bytesIn = 0;
        Reply reply;
        try {
            Router.Resolution resolution = router.resolve(method, Request.getPathInContext(request));
            if (resolution instanceof Router.MethodNotAllowed m) {
                throw new Problem(405, "method-not-allowed", "Method not allowed", "this path allows "
                        + String.join(", ", m.allowed()), null);
            }
            if (!(resolution instanceof Router.Found found)) {
                throw Problem.notFound("no route for " + method + " on this path; see /openapi");
            }
            Route route = found.route();
            routeName = route.template();
            Principal principal = null;
            if (route.role() != null) {
                principal = authenticate(request);
                keyId = principal.keyId();
                if (!principal.role().includes(route.role())) {
                    throw new Problem(403, "forbidden", "The key's role does not allow this", "this route needs the role '"
                            + route.role().label() + "'; the key has '" + principal.role().label() + "'", null);
                }
                limitRate(buckets, principal.keyId(), "key");
            } else {
                limitRate(addressBuckets, Request.getRemoteAddr(request), "address");
            }
            byte[] body = readBody(request);
            bytesIn = body.length;
            Fields query = Request.extractQueryParameters(request);
            Exchange exchange = new Exchange(method, found.parameters(), query::getValue,
                    request.getHeaders()::get, body, principal, requestId, mapper);
            reply = route.endpoint().handle(exchange);
        } catch (Problem p) {
            reply = problem(p, requestId);
        } catch (DataFormatException e) {
            reply = problem(Problem.of(e, ""), requestId);
        } catch (IllegalArgumentException e) {
            reply = problem(Problem.invalidField(null, e.getMessage()), requestId);
        } catch (Exception | StackOverflowError e) {
            reportInternal(requestId, e);
            reply = problem(new Problem(500, "internal", "Internal server error",
                    "the server failed; quote the request id " + requestId + " when you report it", null), requestId);
        }
        write(response, callback, reply, requestId);
        accessLog.log(requestId, method, routeName, reply.status(), System.nanoTime() - start, bytesIn,
                reply.body().length, keyId);
        return true;
    }

    /**
     * A version-4 UUID (RFC 9562, section 5.4) from the thread's random generator: a request id must differ
     * from the others, not be unguessable, so it does not draw on the shared {@link java.security.SecureRandom}
     * of {@link UUID#randomUUID} (a lock and a read of the system's random source per request).
     */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L,
                random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L).toString();
    }

    private Principal authenticate(Request request) {
        String secret = request.getHeaders().get("X-API-Key");
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (secret == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            secret = authorization.substring(7).strip();
        }
        if (secret == null || secret.isEmpty()) {
            throw new Problem(401, "unauthorized", "An API key is needed",
                    "send the key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'", null);
        }
        Principal principal = keys.authenticate(secret);
        if (principal == null) {
            throw new Problem(401, "unauthorized", "An API key is needed", "the key is unknown or revoked", null);
        }
        return principal;
    }

    /** Takes a token from the bucket of a key id or a client address, or refuses the request with 429. */
    private void limitRate(Map<String, TokenBucket> limits, String id, String caller) {
        long now = System.nanoTime();
        if (limits.size() >= TRACKED_CALLERS) {
            limits.values().removeIf(bucket -> bucket.full(now));
        }
        TokenBucket bucket = limits.computeIfAbsent(id, k -> new TokenBucket(ratePerSecond, burst, now));
        long wait = bucket.tryTake(now);
        if (wait > 0) {
            throw new RateLimited(wait, caller);
        }
    }

    private byte[] readBody(Request request) throws IOException {
        long declared = request.getLength();
        if (declared > maxBodyBytes) {
            throw tooLarge(declared);
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (declared >= 0) {
                // read into an array of the declared length, not the stream's growing buffers and their copy
                byte[] body = new byte[(int) declared];
                int read = in.readNBytes(body, 0, body.length);
                if (read < body.length) {
                    return Arrays.copyOf(body, read);
                }
                if (in.read() >= 0) {
                    throw tooLarge(-1);
                }
                return body;
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                throw tooLarge(-1);
            }
            return body;
        }
    }

    private Problem tooLarge(long declared) {
        return new Problem(413, "too-large", "The request body is too large", "the body "
                + (declared >= 0 ? "has " + declared + " bytes" : "is longer") + "; the limit is " + maxBodyBytes
                + " bytes: send fewer people per request", null);
    }

    private Reply problem(Problem p, String requestId) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("type", p.type());
        doc.put("title", p.title());
        doc.put("status", p.status());
        doc.put("detail", p.getMessage());
        if (p.pointer() != null) {
            doc.put("pointer", p.pointer());
        }
        doc.put("requestId", requestId);
        Reply reply;
        try {
            reply = new Reply(p.status(), PROBLEM_JSON, mapper.writeValueAsBytes(doc), Map.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (p instanceof RateLimited r) {
            reply = reply.withHeader("Retry-After", Long.toString(r.retryAfter));
        }
        if (p.status() == 401) {
            reply = reply.withHeader("WWW-Authenticate", "Bearer");
        }
        return reply;
    }

    private void reportInternal(String requestId, Throwable e) {
        StringBuilder b = new StringBuilder("cact-server: internal error in request ").append(requestId).append(": ");
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            b.append(t == e ? "" : "\ncaused by: ").append(t.getClass().getName());
            StackTraceElement[] trace = t.getStackTrace();
            for (int k = 0; k < Math.min(20, trace.length); k++) {
                b.append("\n\tat ").append(trace[k]);
            }
        }
        errors.println(b);
    }

    private static void write(Response response, Callback callback, Reply reply, String requestId) {
        response.setStatus(reply.status());
        response.getHeaders().put("X-Request-Id", requestId);
        reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        if (reply.contentType() != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType().startsWith("text/")
                    ? reply.contentType() + "; charset=utf-8" : reply.contentType());
        }
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
    }

    /** A 429 with the seconds until the key (or the address) may call again. */
    private static final class RateLimited extends Problem {
        private static final long serialVersionUID = 1L;
        private final long retryAfter;

        RateLimited(long retryAfter, String caller) {
            super(429, "rate-limited", "Too many requests for this " + caller,
                    "the " + caller + "'s rate limit is reached; retry after " + retryAfter + " s", null);
            this.retryAfter = retryAfter;
        }
    }
}
