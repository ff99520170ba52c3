package io.github.cact.server.http;

/**
 * The key a request was made with: its public id (logged, never the secret) and its role.
 *
 * @param keyId the key's id
 * @param role what the key may do
 */
public record Principal(String keyId, Role role) {
}
