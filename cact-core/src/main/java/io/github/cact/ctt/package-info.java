/**
 * Classical test theory: item statistics (mean, SD, corrected item–rest correlation, α if deleted),
 * Cronbach's α with its Feldt interval, the analysis of keyed answer options, and the marginal IRT
 * reliability of a scale.
 */
package io.github.cact.ctt;
