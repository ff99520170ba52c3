package io.github.cact.data;

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
        return String.format("byte 0x%02X is not valid UTF-8; expected a UTF-8 file: save it as \"CSV UTF-8\","
                + " or convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8 in.csv > out.csv", bad & 0xFF);
    }
}
