package io.github.cact.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.cact.server.http.Principal;
import io.github.cact.server.http.Role;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revocation: a key stops working on the revoking server as soon as the revocation returns. */
class KeyStoreTest {

    @TempDir
    Path directory;

    /**
     * Two callers check a key while it is revoked, in rounds where the key was cached before and rounds
     * where their first check (a database read) runs during the revocation.
     */
    @Test
    void aRevokedKeyIsRefusedAtOnceEvenWhileOtherRequestsAreCheckingIt() throws Exception {
        try (Database database = Database.open("jdbc:h2:file:" + directory.resolve("db"), null, null, 4)) {
            KeyStore keys = new KeyStore(database);
            ExecutorService callers = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 100; round++) {
                    Map.Entry<String, String> key = keys.create(Role.SCORE, "round " + round);
                    AtomicBoolean revoked = new AtomicBoolean();
                    Runnable caller = () -> {
                        while (!revoked.get()) {
                            keys.authenticate(key.getKey());
                        }
                    };
                    if (round % 2 == 0) {
                        Principal before = keys.authenticate(key.getKey());
                        assertNotNull(before, "round " + round + ": the key works before it is revoked");
                        assertEquals(key.getValue(), before.keyId());
                    }
                    Future<?> first = callers.submit(caller);
                    Future<?> second = callers.submit(caller);
                    keys.revoke(key.getValue());
                    assertNull(keys.authenticate(key.getKey()), "round " + round + ": refused once revoked");
                    revoked.set(true);
                    first.get();
                    second.get();
                    assertNull(keys.authenticate(key.getKey()), "round " + round + ": still refused after the callers");
                }
            } finally {
                callers.shutdownNow();
            }
        }
    }
}
