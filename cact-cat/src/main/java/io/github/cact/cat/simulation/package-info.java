/**
 * Simulation studies of adaptive test designs: seeded banks, correlated true abilities and fixed forms to
 * compare with, and a simulator that runs many examinees through an adaptive design and a fixed form and
 * summarises length, precision, classification and exposure side by side. Same seed, same results, whatever
 * the number of threads.
 */
package io.github.cact.cat.simulation;
