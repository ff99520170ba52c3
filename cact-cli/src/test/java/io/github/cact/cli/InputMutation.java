package io.github.cact.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One hostile change to an input file: its kind, where (a fraction of the file's length) and a choice
 * among the kind's variants. The kinds are what careless exports and hostile users produce: truncation,
 * deleted or inserted bytes, bytes that are not UTF-8, other separators, odd numbers, repeated rows and
 * header cells, extra or missing cells, deep JSON nesting, a byte-order mark in the middle, CR-only line
 * ends, a stray quote and blank lines.
 *
 * @param kind what to do
 * @param at where, as a fraction of the length in [0, 1]
 * @param n which variant
 */
record InputMutation(Kind kind, double at, int n) {

    /** The kinds of change, named for the statistics of a run. */
    enum Kind {
        TRUNCATE, DELETE_BYTES, INSERT_BYTE, INVALID_UTF8, SWAP_SEPARATOR, ODD_NUMBER, REPEAT_LINE,
        REPEAT_HEADER_CELL, EXTRA_CELL, MISSING_CELL, DEEP_NESTING, BOM_INSIDE, CR_LINE_ENDS, QUOTE, BLANK_LINES
    }

    private static final String[] NUMBERS = {"NA", "", " ", "1e308", "-1e308", "1e400", "99999999999999999999",
        "-5", "-1", "2.5", "0.5", "-0", "NaN", "Infinity", "0x1F", "1,5", "+3", "4.9e-324", "127", "2147483648"};
    private static final byte[][] NOT_UTF8 = {{(byte) 0xE9}, {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}};
    private static final byte[] SEPARATORS = {',', ';', '\t', '|', ' '};

    /**
     * Applies the change.
     *
     * @param in the file's bytes, not changed
     * @return the changed bytes
     */
    byte[] apply(byte[] in) {
        int pos = (int) (at * in.length);
        return switch (kind) {
            case TRUNCATE -> Arrays.copyOf(in, pos);
            case DELETE_BYTES -> delete(in, pos, 1 + n % 16);
            case INSERT_BYTE -> insert(in, pos, new byte[] {(byte) n});
            case INVALID_UTF8 -> insert(in, pos, NOT_UTF8[n % NOT_UTF8.length]);
            case SWAP_SEPARATOR -> swapSeparator(in, SEPARATORS[n % SEPARATORS.length], n / SEPARATORS.length % 2 == 0);
            case ODD_NUMBER -> replaceNumber(in, pos, NUMBERS[n % NUMBERS.length]);
            case REPEAT_LINE -> repeatLine(in, pos);
            case REPEAT_HEADER_CELL -> repeatHeaderCell(in, n);
            case EXTRA_CELL -> insert(in, lineEnd(in, pos), ",x".getBytes(StandardCharsets.UTF_8));
            case MISSING_CELL -> missingCell(in, pos);
            case DEEP_NESTING -> insert(in, pos, (n % 2 == 0 ? "[" : "{\"a\":").repeat(1 + n % 3_000)
                    .getBytes(StandardCharsets.UTF_8));
            case BOM_INSIDE -> insert(in, pos, "\uFEFF".getBytes(StandardCharsets.UTF_8));
            case CR_LINE_ENDS -> crLineEnds(in);
            case QUOTE -> insert(in, pos, new byte[] {'"'});
            case BLANK_LINES -> insert(in, lineEnd(in, pos), "\n\n\r\n \n".substring(0, 1 + n % 5)
                    .getBytes(StandardCharsets.UTF_8));
        };
    }

    /** The bytes with {@code what} inserted at {@code pos}. */
    static byte[] insert(byte[] in, int pos, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, pos);
        out.write(what, 0, what.length);
        out.write(in, pos, in.length - pos);
        return out.toByteArray();
    }

    /** The bytes without the {@code count} (or fewer, at the end) from {@code pos}. */
    static byte[] delete(byte[] in, int pos, int count) {
        int end = Math.min(in.length, pos + count);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, pos);
        out.write(in, end, in.length - end);
        return out.toByteArray();
    }

    /** Replaces every comma (or only the first) by another separator. */
    private static byte[] swapSeparator(byte[] in, byte separator, boolean all) {
        byte[] out = in.clone();
        for (int k = 0; k < out.length; k++) {
            if (out[k] == ',') {
                out[k] = separator;
                if (!all) {
                    break;
                }
            }
        }
        return out;
    }

    private static byte[] replaceNumber(byte[] in, int pos, String number) {
        int start = pos;
        while (start < in.length && !(in[start] >= '0' && in[start] <= '9')) {
            start++;
        }
        int end = start;
        while (end < in.length && ((in[end] >= '0' && in[end] <= '9') || in[end] == '.' || in[end] == '-')) {
            end++;
        }
        byte[] cut = delete(in, start, end - start);
        return insert(cut, Math.min(start, cut.length), number.getBytes(StandardCharsets.UTF_8));
    }

    private static int lineStart(byte[] in, int pos) {
        int start = Math.min(pos, in.length);
        while (start > 0 && in[start - 1] != '\n') {
            start--;
        }
        return start;
    }

    private static int lineEnd(byte[] in, int pos) {
        int end = Math.min(pos, in.length);
        while (end < in.length && in[end] != '\n' && in[end] != '\r') {
            end++;
        }
        return end;
    }

    private static byte[] repeatLine(byte[] in, int pos) {
        int start = lineStart(in, pos);
        int end = lineEnd(in, pos);
        byte[] line = Arrays.copyOfRange(in, start, Math.min(in.length, end + 1));
        return insert(in, start, line);
    }

    /** Appends a copy of one header cell to the header: a repeated column name. */
    private static byte[] repeatHeaderCell(byte[] in, int choice) {
        int end = lineEnd(in, 0);
        String header = new String(in, 0, end, StandardCharsets.UTF_8);
        String[] cells = header.split(",", -1);
        String cell = cells[Math.floorMod(choice, cells.length)];
        return insert(in, end, ("," + cell).getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes the last cell of a line. */
    private static byte[] missingCell(byte[] in, int pos) {
        int start = lineStart(in, pos);
        int end = lineEnd(in, pos);
        int comma = end - 1;
        while (comma >= start && in[comma] != ',') {
            comma--;
        }
        return comma < start ? in : delete(in, comma, end - comma);
    }

    private static byte[] crLineEnds(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int k = 0; k < in.length; k++) {
            if (in[k] == '\n') {
                if (k == 0 || in[k - 1] != '\r') {
                    out.write('\r');
                }
            } else {
                out.write(in[k]);
            }
        }
        return out.toByteArray();
    }
}
