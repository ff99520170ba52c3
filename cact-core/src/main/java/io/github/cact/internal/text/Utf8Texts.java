package io.github.cact.internal.text;

/**
 * Texts kept as UTF-8 bytes that can be copied out as such, without a {@code String} on the way: for a
 * writer that would otherwise decode each text and encode it again.
 */
public interface Utf8Texts {

    /**
     * The length of a text's UTF-8 bytes.
     *
     * @param index the text's index
     * @return its length in bytes
     */
    int utf8Length(int index);

    /**
     * Copies a text's UTF-8 bytes into an array.
     *
     * @param index the text's index
     * @param out the array, with room for {@link #utf8Length(int)} bytes at {@code at}
     * @param at where the bytes go
     * @return the index after the last byte copied
     */
    int copyUtf8(int index, byte[] out, int at);
}
