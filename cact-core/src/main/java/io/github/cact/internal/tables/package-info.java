/**
 * Tables built over the item models, above {@code io.github.cact.irt}: log-probabilities of every
 * item, category and quadrature node, their sums per response pattern, the posterior moments of the
 * scoring kernel and the Lord–Wingersky summed-score distribution. Used by calibration, scoring and
 * competency; may depend on {@code irt}, {@code data} and {@code internal.numerics}, and {@code irt} never
 * depends on it. Not exported.
 */
package io.github.cact.internal.tables;
