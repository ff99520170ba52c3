package io.github.cact.server.qti;

/**
 * The score of one item result: the item's identifier and the value of its {@code SCORE} outcome (or of
 * the shorthand {@code score} member), each with its JSON pointer for messages.
 *
 * @param item the item's identifier
 * @param itemPointer where the identifier is, e.g. {@code /assessmentResult/itemResult/0/identifier}
 * @param score the score, a finite number (whether it is a category of the item is the caller's check)
 * @param scorePointer where the score is
 */
public record ItemScore(String item, String itemPointer, double score, String scorePointer) {
}
