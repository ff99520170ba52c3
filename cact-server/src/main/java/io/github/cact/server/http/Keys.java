package io.github.cact.server.http;

/** Finds the key that a request presents. */
@FunctionalInterface
public interface Keys {

    /**
     * Looks a secret up.
     *
     * @param secret the secret as presented (Authorization: Bearer or X-API-Key)
     * @return the key's principal, or null if no valid key has this secret
     */
    Principal authenticate(String secret);
}
