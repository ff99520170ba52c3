package io.github.cact.internal.text;

import io.github.cact.data.DataFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Strict UTF-8 decoding: bytes that are not UTF-8 are refused with
 * {@link DataFormatException#invalidUtf8}, located at the 1-based line and column (in characters, as an
 * editor counts them) where the bad byte starts; nothing is ever replaced by U+FFFD. Lines end at LF,
 * CR or CRLF. A byte-order mark is decoded as U+FEFF and left to the caller.
 *
 * <p>Not thread-safe: one reader per stream.
 */
public final class Utf8Input extends Reader {

    private final InputStream in;
    private final String source;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    /**
     * The characters decoded at a time, 8 Ki: a caller that stops after the first line (a header check on a
     * large file) decodes and counts the lines of little more than that line, where a chunk as large as the
     * byte buffer cost a start-up's interpreted code a few milliseconds.
     */
    private final CharBuffer chars = CharBuffer.allocate(1 << 13).flip();
    private boolean endOfBytes;
    private boolean flushed;
    private int line = 1;
    private int column = 1;
    private boolean afterCr;

    private Utf8Input(InputStream in, String source) {
        this.in = Objects.requireNonNull(in, "in");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Wraps a byte stream.
     *
     * @param in the bytes; closed by {@link #close()}
     * @param source the name used in error messages
     * @return a reader that refuses invalid UTF-8 with a located {@link DataFormatException}
     */
    public static Utf8Input of(InputStream in, String source) {
        return new Utf8Input(in, source);
    }

    /**
     * Reads a whole UTF-8 file of at most {@code maxBytes} bytes, the byte-order mark removed.
     *
     * @param path the file; its name is used in error messages
     * @param maxBytes the largest accepted size
     * @return the text
     * @throws IOException if the file cannot be read
     * @throws DataFormatException if the file is larger than {@code maxBytes} or not UTF-8
     */
    public static String readFile(Path path, long maxBytes) throws IOException {
        String source = String.valueOf(path.getFileName());
        long size = Files.size(path);
        if (size > maxBytes) {
            throw new DataFormatException(source, 0, 0, "the file has " + size + " bytes; at most " + maxBytes
                    + " are accepted");
        }
        StringBuilder text = new StringBuilder((int) size);
        try (Utf8Input reader = of(Files.newInputStream(path), source)) {
            char[] buffer = new char[1 << 16];
            for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0;) {
                text.append(buffer, 0, n);
            }
        }
        return text.length() > 0 && text.charAt(0) == '\uFEFF' ? text.substring(1) : text.toString();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    /** Decodes the next chunk into {@code chars}; false at the end of the input. */
    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !flushed) {
            CoderResult result = decoder.decode(bytes, chars, endOfBytes);
            if (result.isError()) {
                chars.flip();
                advance();
                throw DataFormatException.invalidUtf8(source, line, column, bytes.get(bytes.position()));
            }
            if (result.isUnderflow()) {
                if (endOfBytes) {
                    decoder.flush(chars);
                    flushed = true;
                } else {
                    readBytes();
                }
            }
        }
        chars.flip();
        advance();
        return chars.hasRemaining();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfBytes = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** Moves the line and column past the decoded characters in {@code chars}, without consuming them. */
    private void advance() {
        for (int i = chars.position(); i < chars.limit(); i++) {
            char c = chars.get(i);
            if (c == '\n') {
                if (!afterCr) {
                    line++;
                }
                column = 1;
            } else if (c == '\r') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c) && c != '\uFEFF') {
                column++;
            }
            afterCr = c == '\r';
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
