package io.github.cact.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cact.data.DataFormatException;
import io.github.cact.server.http.Problem;
import io.github.cact.server.http.Reply;
import io.github.cact.server.http.Role;
import io.github.cact.server.http.Router;
import io.github.cact.server.http.TokenBucket;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The router's matching, the token bucket's arithmetic, roles, and JSON paths turned into pointers. */
class UnitsTest {

    @Test
    void theRouterCapturesParametersAndTellsNotFoundFromMethodNotAllowed() {
        Router router = new Router()
                .add("GET", "/banks/{name}/versions/{version}", Role.READ, e -> Reply.empty(200))
                .add("POST", "/banks/{name}/versions/{version}/scores", Role.SCORE, e -> Reply.empty(200));
        Router.Found found = assertInstanceOf(Router.Found.class, router.resolve("GET", "/banks/b1/versions/3"));
        assertEquals(Map.of("name", "b1", "version", "3"), found.parameters());
        assertEquals(new Router.MethodNotAllowed(Set.of("POST")), router.resolve("GET", "/banks/b1/versions/3/scores"));
        assertInstanceOf(Router.NotFound.class, router.resolve("GET", "/banks/b1"));
        assertInstanceOf(Router.NotFound.class, router.resolve("GET", "/banks//versions/3"));
        assertThrows(IllegalStateException.class,
                () -> router.add("GET", "/banks/{name}/versions/{version}", Role.READ, e -> Reply.empty(200)));
    }

    @Test
    void theBucketAllowsTheBurstThenTheRate() {
        long t = 0;
        TokenBucket bucket = new TokenBucket(2, 3, t);
        assertEquals(0, bucket.tryTake(t));
        assertEquals(0, bucket.tryTake(t));
        assertEquals(0, bucket.tryTake(t));
        assertEquals(1, bucket.tryTake(t), "empty: one token comes in 0.5 s, rounded up to 1 s");
        t += 500_000_000L;
        assertEquals(0, bucket.tryTake(t), "half a second at 2/s refills one token");
        assertEquals(1, bucket.tryTake(t));
        t += 10_000_000_000L;
        for (int i = 0; i < 3; i++) {
            assertEquals(0, bucket.tryTake(t), "refills no further than the capacity");
        }
        assertEquals(1, bucket.tryTake(t));
    }

    @Test
    void rolesIncludeTheLowerOnes() {
        assertEquals(true, Role.ADMIN.includes(Role.SCORE));
        assertEquals(true, Role.SCORE.includes(Role.READ));
        assertEquals(false, Role.READ.includes(Role.SCORE));
        assertEquals(Role.SCORE, Role.parse("score"));
        assertThrows(IllegalArgumentException.class, () -> Role.parse("root"));
    }

    @Test
    void theLibrarysJsonPathsBecomePointers() {
        assertEquals("/items/3/a", Problem.of(DataFormatException.atJsonPath("body", "$.items[3].a", "x"), "").pointer());
        assertEquals("/positions/JPT~1X/M1",
                Problem.of(DataFormatException.atJsonPath("body", "$.positions[\"JPT/X\"].M1", "x"), "").pointer());
        assertEquals("/bank", Problem.of(DataFormatException.atJsonPath("body", "$", "x"), "/bank").pointer());
    }
}
