/**
 * Position matching: ranking candidates for vacant positions by Job-Person-Match (JPM) and an exact
 * one-to-one assignment that maximises total JPM under eligibility rules (minimum JPM, allowed nine-box
 * boxes). The JPM of each candidate for each position is computed by the caller. Every type here is
 * immutable and thread-safe.
 */
package io.github.cact.ninebox.matching;
