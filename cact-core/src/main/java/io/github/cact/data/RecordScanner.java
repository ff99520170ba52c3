package io.github.cact.data;

import java.util.Arrays;

/**
 * Finds the cells of one delimited record in a byte buffer, following the dialect of {@link ResponseCsv}: a
 * quote opens a quoted cell only where the cell holds nothing but blanks so far; inside quotes,
 * {@code ""} is a quote and line breaks belong to the cell; outside, a line break (LF, CR or CRLF) ends
 * the record. Keeps the byte range of the first {@code keep} cells, and marks the cells that are plain
 * ASCII without quotes, which callers read without decoding. Not thread-safe: one per thread.
 */
final class RecordScanner {

    private final byte separator;
    private final int keep;

    /** The number of cells in the record scanned last (with the open cell when a quote is unclosed). */
    int cells;
    /** The line breaks consumed by the record, its own end included. */
    int lineBreaks;
    /** Whether the record ended inside quotes at the end of the input. */
    boolean unclosedQuote;
    int[] start;
    int[] end;
    boolean[] simple;

    RecordScanner(byte separator, int keep) {
        this.separator = separator;
        this.keep = keep;
        int capacity = Math.min(keep, 16);
        this.start = new int[capacity];
        this.end = new int[capacity];
        this.simple = new boolean[capacity];
    }

    /**
     * Scans the record that starts at {@code from}.
     *
     * @param buf the bytes
     * @param from the first byte of the record (not a line break)
     * @param limit the end of the valid bytes
     * @param eof whether the input ends at {@code limit}
     * @return the position after the record's line break, or -1 if more bytes are needed to finish it
     */
    int scan(byte[] buf, int from, int limit, boolean eof) {
        cells = 0;
        lineBreaks = 0;
        unclosedQuote = false;
        byte sep = separator;
        int p = from;
        int cellStart = from;
        boolean quoted = false;
        boolean blank = true;
        boolean plain = true;
        while (true) {
            if (p >= limit) {
                if (!eof) {
                    return -1;
                }
                unclosedQuote = quoted;
                endCell(cellStart, p, plain);
                return limit;
            }
            byte b = buf[p];
            if (quoted) {
                if (b == '"' || b == '\r' || b < 0) {
                    if (p + 3 >= limit && !eof) {
                        return -1;
                    }
                    if (b == '"') {
                        if (p + 1 < limit && buf[p + 1] == '"') {
                            blank = false;
                            p += 2;
                        } else {
                            quoted = false;
                            p++;
                        }
                    } else if (b == '\r') {
                        lineBreaks++;
                        p += p + 1 < limit && buf[p + 1] == '\n' ? 2 : 1;
                    } else {
                        p = nonAscii(buf, p, limit, blank);
                        blank &= p < 0;
                        p = Math.abs(p);
                    }
                } else {
                    if (b == '\n') {
                        lineBreaks++;
                    } else if (blank && !ResponseParser.isBlank(b)) {
                        blank = false;
                    }
                    p++;
                }
                continue;
            }
            if (b == sep) {
                endCell(cellStart, p, plain);
                p++;
                cellStart = p;
                blank = true;
                plain = true;
            } else if (b == '\n') {
                endCell(cellStart, p, plain);
                lineBreaks++;
                return p + 1;
            } else if (b == '\r') {
                if (p + 1 >= limit && !eof) {
                    return -1;
                }
                endCell(cellStart, p, plain);
                lineBreaks++;
                return p + 1 < limit && buf[p + 1] == '\n' ? p + 2 : p + 1;
            } else if (b >= 0) {
                if (b == '"' && blank) {
                    quoted = true;
                    plain = false;
                } else if (blank && !ResponseParser.isBlank(b)) {
                    blank = false;
                }
                p++;
            } else {
                if (p + 3 >= limit && !eof) {
                    return -1;
                }
                plain = false;
                p = nonAscii(buf, p, limit, blank);
                blank &= p < 0;
                p = Math.abs(p);
            }
        }
    }

    /**
     * Steps over a non-ASCII byte: returns minus the next position if a cell blank so far stays blank (a
     * Unicode blank such as U+3000 that {@link String#strip()} removes), else the next position.
     */
    private static int nonAscii(byte[] buf, int p, int limit, boolean blank) {
        int lead = buf[p] & 0xFF;
        if (blank && lead >= 0xE1 && lead <= 0xE3 && p + 2 < limit && (buf[p + 1] & 0xC0) == 0x80
                && (buf[p + 2] & 0xC0) == 0x80) {
            int codePoint = (lead & 0x0F) << 12 | (buf[p + 1] & 0x3F) << 6 | buf[p + 2] & 0x3F;
            if (Character.isWhitespace(codePoint)) {
                return -(p + 3);
            }
        }
        return p + 1;
    }

    private void endCell(int from, int to, boolean plain) {
        int c = cells++;
        if (c >= keep) {
            return;
        }
        if (c == start.length) {
            int grown = (int) Math.min(keep, 2L * c);
            start = Arrays.copyOf(start, grown);
            end = Arrays.copyOf(end, grown);
            simple = Arrays.copyOf(simple, grown);
        }
        start[c] = from;
        end[c] = to;
        simple[c] = plain;
    }
}
