/**
 * Implementation helpers of the adaptive engine that are not part of the API: the seeded random stream
 * whose state a session stores, and the category drawn for a simulated answer. Not exported.
 */
package io.github.cact.cat.internal;
