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
     * Tells whether UTF-8 bytes are a cell that {@link #quote(String)} leaves as it is and whose text is
     * these very bytes: non-empty printable ASCII (no byte below 0x20, none above 0x7F) with no comma,
     * semicolon or double quote and no space at either end. A writer holding text as bytes can copy such a
     * cell straight out; any other cell (rare, as a rule) goes through {@link #quote(String)}, which may
     * still leave it unchanged.
     *
     * @param utf8 the bytes
     * @param from the cell's first byte
     * @param to the byte after its last
     * @return whether the bytes stand in the file unquoted
     */
    public static boolean standsUnquoted(byte[] utf8, int from, int to) {
        if (to == from || utf8[from] == ' ' || utf8[to - 1] == ' ') {
            return false;
        }
        for (int k = from; k < to; k++) {
            byte c = utf8[k];
            if (c < 0x20 || c == ',' || c == ';' || c == '"') {
                return false;
            }
        }
        return true;
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
