/**
 * Person fit: whether a response pattern is plausible under the item response model at the person's θ.
 *
 * <p>Entry point: {@link io.github.cact.personfit.PersonFit#of(io.github.cact.irt.ItemBank,
 * io.github.cact.scoring.ScoringOptions, PersonFitOptions)}. Per person it gives the standardized
 * log-likelihood l<sub>z</sub> (Drasgow, Levine &amp; Williams 1985; mirt's Zh), Snijders' (2001) corrected
 * l<sub>z</sub>*, the infit and outfit mean squares, and a {@link io.github.cact.personfit.PersonFitFlag}:
 * fits, misfit, or the reason the statistics are not computed. See docs/fit.md.
 */
package io.github.cact.personfit;
