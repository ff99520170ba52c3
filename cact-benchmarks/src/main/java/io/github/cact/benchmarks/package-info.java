/**
 * JMH benchmarks of the hot loops: scoring, calibration, competency profiles, nine-box and matching.
 * Not part of the API; never deployed.
 */
package io.github.cact.benchmarks;
