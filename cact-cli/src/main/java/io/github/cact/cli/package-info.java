/**
 * The {@code cact} command line: calibrate, score, link, profile, jpm, ninebox, match, simulate,
 * report and demo.
 */
package io.github.cact.cli;
