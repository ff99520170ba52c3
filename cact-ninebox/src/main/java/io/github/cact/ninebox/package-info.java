/**
 * Nine-box placement of civil servants (ASN) following PermenPANRB 3/2020, PermenPANRB 6/2022 and Kepka BKN
 * 411/2025: axis levels, talent score, box with recommended follow-ups, box probabilities under measurement
 * error, an audit record per person, and a cohort summary with the succession pool.
 *
 * <p>Start with {@link io.github.cact.ninebox.NineBox}; every weight, band and mapping lives in a named,
 * versioned {@link io.github.cact.ninebox.NineBoxConfig}. Every type here is immutable and thread-safe,
 * except builders; nothing is logged.
 */
package io.github.cact.ninebox;
