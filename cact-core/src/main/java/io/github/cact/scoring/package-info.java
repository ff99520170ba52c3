/**
 * Ability scoring: EAP, MAP, ML, WLE and EAPsum with standard errors, for one pattern or a whole
 * response matrix in parallel, with the posterior on the quadrature grid available to callers.
 *
 * <p>Entry point: {@link io.github.cact.scoring.Scorer#of(io.github.cact.irt.ItemBank, ScoringOptions)}.
 * Results: {@link io.github.cact.scoring.AbilityEstimate} (one pattern), {@link io.github.cact.scoring.Scores}
 * (a batch, in input order), {@link io.github.cact.scoring.Posterior} (the grid posterior, for level
 * probabilities), each flagged with a {@link io.github.cact.scoring.ScoreStatus}. See docs/scoring.md.
 */
package io.github.cact.scoring;
