/**
 * Local dependence between the items of a scale: whether two items are related beyond what the latent
 * trait explains (a shared stem, a cue, one answer feeding another).
 *
 * <p>Entry point: {@link io.github.cact.dependence.LocalDependence#of(io.github.cact.irt.ItemBank,
 * io.github.cact.scoring.ScoringOptions, LocalDependenceOptions)}. Per item pair it gives Yen's (1984) Q3 and
 * the signed Chen–Thissen (1997) LD χ² as mirt's {@code residuals(type = "LD")} computes it, with a
 * {@link io.github.cact.dependence.DependenceFlag}. See docs/fit.md.
 */
package io.github.cact.dependence;
