/**
 * The range checks shared by the options builders (calibration, scoring, multidimensional calibration), so
 * that each rule and its message are written once. Not exported.
 */
package io.github.cact.internal.options;
