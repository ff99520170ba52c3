package io.github.cact.cli;

import io.github.cact.internal.text.CsvCells;
import io.github.cact.internal.text.DecimalText;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes comma-separated output files: UTF-8, LF line ends, RFC 4180 quoting where a cell needs it,
 * numbers with {@link Locale#ROOT} so that output does not depend on the machine's locale. The rows go to
 * a writer that {@link Outputs} owns, so that the file appears only when the command succeeds.
 */
final class CsvOutput {

    private final Writer out;
    private final StringBuilder line = new StringBuilder();
    private int cells;

    private CsvOutput(Writer out) {
        this.out = out;
    }

    static CsvOutput create(Writer out, List<String> header) throws IOException {
        CsvOutput csv = new CsvOutput(out);
        csv.row(header.toArray(new String[0]));
        return csv;
    }

    void row(String... cells) throws IOException {
        for (String cell : cells) {
            cell(cell);
        }
        endRow();
    }

    /**
     * Appends a cell to the row being built, quoted where needed; {@link #endRow()} writes the row.
     *
     * @param cell the text
     * @return this output
     */
    CsvOutput cell(String cell) {
        separate().append(CsvCells.quote(cell));
        return this;
    }

    /**
     * Appends a number with a fixed count of decimals to the row being built, as {@link #number(double, int)}
     * writes it but without an intermediate string.
     *
     * @param value the number
     * @param decimals the decimals, 0..20
     * @return this output
     */
    CsvOutput cell(double value, int decimals) {
        DecimalText.appendFixed(separate(), value, decimals);
        return this;
    }

    /**
     * Writes the row built by {@link #cell} calls.
     *
     * @throws IOException if writing fails
     */
    void endRow() throws IOException {
        out.append(line.append('\n'));
        line.setLength(0);
        cells = 0;
    }

    private StringBuilder separate() {
        if (cells++ > 0) {
            line.append(',');
        }
        return line;
    }

    /**
     * Writes a number with a fixed count of decimals, as {@code String.format(Locale.ROOT, "%.Nf", value)}.
     *
     * @param value the number
     * @param decimals the decimals, 0..20
     * @return the text
     */
    static String number(double value, int decimals) {
        return DecimalText.fixed(value, decimals);
    }
}
