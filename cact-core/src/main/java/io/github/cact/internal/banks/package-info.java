/**
 * The row checks shared by the readers of unidimensional and multidimensional item banks: each item's id,
 * present and unique, and a cell parsed with the item named in its error. Not exported.
 */
package io.github.cact.internal.banks;
