/**
 * Item exposure: Sympson–Hetter exposure parameters derived by iterative simulation, and the exposure
 * rates and test-overlap rate of a set of administered tests.
 */
package io.github.cact.cat.exposure;
