/**
 * Competency frameworks, cut scores and levels, position standards, Job-Person-Match and
 * classification accuracy and consistency.
 *
 * <p>A {@link io.github.cact.competency.CompetencyFramework} lists the competencies (default: PermenPANRB
 * 38/2017, M1–M8 and SK1); {@link io.github.cact.competency.CutScores} turn each competency's θ into a
 * level 1..5 and give level probabilities under measurement error; a
 * {@link io.github.cact.competency.StandardProfile} holds the required level per position and competency;
 * {@link io.github.cact.competency.JobPersonMatch} compares levels with a standard, as points or as a
 * distribution; {@link io.github.cact.competency.Classification} measures how reliable the levels are
 * (Rudner, Lee). The methods take the item bank's own models ({@link io.github.cact.irt.ItemBank},
 * {@link io.github.cact.irt.ItemModel}) and the scorer's {@link io.github.cact.competency.CompetencyEstimate}.
 * All public types are immutable and thread-safe.
 */
package io.github.cact.competency;
