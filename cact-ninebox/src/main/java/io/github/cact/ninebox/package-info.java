/**
 * Talent score, nine-box placement with uncertainty, talent pool and position matching, following
 * PermenPANRB 3/2020, PermenPANRB 6/2022 and Kepka BKN 411/2025 with every weight configurable.
 */
package io.github.cact.ninebox;
