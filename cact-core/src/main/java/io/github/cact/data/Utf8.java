package io.github.cact.data;

import java.util.Locale;

/**
 * The wording of an encoding error: input files are UTF-8, with or without a byte-order mark.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Describes a byte that does not start a valid UTF-8 sequence, and how to convert the file.
     *
     * @param bad the offending byte
     * @return the problem, for a located {@link DataFormatException}
     */
    static String problem(byte bad) {
        return String.format(Locale.ROOT, "invalid UTF-8 (byte 0x%02X); the file must be UTF-8: in Excel save as"
                + " 'CSV UTF-8', or convert with iconv -f WINDOWS-1252 -t UTF-8", bad & 0xFF);
    }
}
