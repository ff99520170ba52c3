/**
 * Seeded simulation of response data from an item bank, and random item banks, for demonstrations,
 * parameter-recovery studies and benchmarks. Same seed, same data, byte for byte.
 */
package io.github.cact.simulation;
