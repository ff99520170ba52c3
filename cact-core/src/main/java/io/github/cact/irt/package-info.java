/**
 * Item response models (Rasch, 1PL-4PL, graded response, generalized partial credit) and item banks.
 *
 * <p>Parameters are held in slope-intercept form (logistic metric, D = 1) and offered in IRT a/b form,
 * following R's mirt. Every type here is immutable and thread-safe.
 */
package io.github.cact.irt;
