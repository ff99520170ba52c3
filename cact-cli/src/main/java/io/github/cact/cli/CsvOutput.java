package io.github.cact.cli;

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

    private CsvOutput(Writer out) {
        this.out = out;
    }

    static CsvOutput create(Writer out, List<String> header) throws IOException {
        CsvOutput csv = new CsvOutput(out);
        csv.row(header.toArray(new String[0]));
        return csv;
    }

    void row(String... cells) throws IOException {
        line.setLength(0);
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                line.append(',');
            }
            line.append(quote(cells[c]));
        }
        out.write(line.append('\n').toString());
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf(';') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
