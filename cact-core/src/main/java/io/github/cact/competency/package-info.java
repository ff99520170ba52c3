/**
 * Competency frameworks, cut scores and levels, position standards, Job-Person-Match and
 * classification accuracy and consistency.
 */
package io.github.cact.competency;
