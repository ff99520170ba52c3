/**
 * Adaptive tests: the design (selection rule, exposure control, content rules, stopping rule, ability
 * estimator), the engine that picks the next item and takes an answer, the immutable session state with
 * its JSON form, and the result of a finished test. The rules and their sources are in docs/cat.md.
 */
package io.github.cact.cat;
