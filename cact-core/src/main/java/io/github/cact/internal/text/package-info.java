/**
 * Text readers and writers beside {@code io.github.cact.data}: delimited text (CSV), JSON, strict UTF-8
 * decoding, the bounds of every reader and fixed-decimal number text. Depends on the JDK and on one class
 * of the library only, {@link io.github.cact.data.DataFormatException}, the located error every reader
 * throws. Exported to the command-line and adaptive-testing modules only; not part of the API.
 */
package io.github.cact.internal.text;
