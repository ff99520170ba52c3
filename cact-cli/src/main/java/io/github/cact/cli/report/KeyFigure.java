package io.github.cact.cli.report;

/**
 * One key figure shown as a card in the report header, e.g. "Peserta / People: 120".
 *
 * @param labelId the label in Indonesian
 * @param labelEn the label in English (shown smaller)
 * @param value   the figure, already formatted by the caller
 */
public record KeyFigure(String labelId, String labelEn, String value) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code labelId} is blank
     */
    public KeyFigure {
        Checks.nonBlank(labelId, "labelId");
        Checks.text(labelEn, "labelEn");
        Checks.text(value, "value");
    }
}
