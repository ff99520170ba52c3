/**
 * Implementation helpers of the adaptive engine that are not part of the API: the seeded random stream
 * whose state a session stores. Not exported.
 */
package io.github.cact.cat.internal;
