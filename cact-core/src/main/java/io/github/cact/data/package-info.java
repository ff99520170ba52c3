/**
 * Response data: an immutable, compact examinee-by-item matrix of categories with missing cells,
 * built from arrays or read from CSV with validation that names file, line and column of every error.
 */
package io.github.cact.data;
