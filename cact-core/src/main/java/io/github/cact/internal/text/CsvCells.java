package io.github.cact.internal.text;

/**
 * How one cell of a written CSV file reads back to the same text: RFC 4180 quoting wherever the readers
 * would otherwise split, join or strip it.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * Tells whether a cell must be quoted to read back unchanged: it holds a separator any reader may
     * detect (comma, semicolon, tab), a double quote or a line break (CR or LF), or it starts or ends with
     * a blank, which the readers strip from unquoted cells.
     *
     * @param text the cell
     * @return whether {@link #quote(String)} would quote it
     */
    public static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '\t' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return !text.equals(text.strip());
    }

    /**
     * The cell as written: unchanged, or within double quotes with every quote doubled when
     * {@link #needsQuotes(String)}.
     *
     * @param text the cell
     * @return the cell's text in the file
     */
    public static String quote(String text) {
        return needsQuotes(text) ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
