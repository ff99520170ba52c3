package io.github.cact.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Parses a response file straight from its bytes into a {@link ResponseMatrix}: categories go from the
 * digits into the matrix's {@code byte[]} with no {@code String} per cell, and examinee ids stay UTF-8 bytes
 * ({@link ExamineeIds}) until a caller asks for one.
 * The dialect is the one {@link ResponseCsv} documents (separator detected from the header, BOM, LF, CR or
 * CRLF line ends, RFC 4180 quotes, blanks stripped around unquoted cells, empty lines passed over).
 *
 * <p>Two passes: the first walks the records (quotes and line breaks) to count the examinees and cut the
 * file into blocks of whole records; the second parses the blocks in parallel, each into its own rows of
 * one matrix allocated at its final size, so the heap holds the {@code examinees × items} cells, the ids'
 * bytes, the repeated-id table and one buffer per thread. Results do not depend on the number of threads,
 * and the error reported is the first in file order. Every byte is checked to be UTF-8.
 */
final class ResponseParser {

    /** The longest record accepted, in bytes. */
    static final int MAX_RECORD_BYTES = 1 << 24;

    /** The size of a block of records parsed by one task. */
    static final int BLOCK_BYTES = 1 << 20;

    private static final byte[] SEPARATORS = {',', ';', '\t'};

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    /** Eight bytes of an array read as one little-endian long. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    /** Four bytes of an array written as one little-endian int. */
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    /** The bytes 0, 2, 4 and 6 of a word: the digits of four one-digit cells "d,d,d,d,". */
    private static final long DIGIT_BYTES = 0x00FF00FF00FF00FFL;
    private static final long DIGIT_ONES = 0x0001000100010001L;
    /** The bytes 1, 3, 5 and 7 of a word: the separators after those four cells. */
    private static final long SEPARATOR_BYTES = 0xFF00FF00FF00FF00L;
    private static final long LOW_NIBBLES = 0x0F0F0F0F0F0F0F0FL;

    private final Source source;
    private final String name;
    private final Map<String, Integer> categories;
    private final int blockBytes;
    private final boolean streaming;
    /** Buffers that parsing tasks gave back, for the next tasks: one per thread rather than one per block. */
    private final Queue<byte[]> spare = new ConcurrentLinkedQueue<>();

    private ResponseParser(Source source, String name, Map<String, Integer> categories, int blockBytes,
            boolean streaming) {
        this.source = source;
        this.name = name;
        this.categories = categories;
        this.blockBytes = blockBytes;
        this.streaming = streaming;
    }

    static ResponseMatrix parse(Path path, Map<String, Integer> categories) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return new ResponseParser(fileSource(channel), String.valueOf(path.getFileName()), categories,
                    BLOCK_BYTES, false).parse();
        }
    }

    /**
     * Parses a file block of rows by block, handing each to {@code handler} in file order. The file is read,
     * never mapped: every page of a mapped file once touched counts in the process's resident memory until
     * the mapping is collected, so a file larger than memory would be resident as a whole.
     */
    static void stream(Path path, Map<String, Integer> categories, int rows, ResponseCsv.BlockHandler handler)
            throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            new ResponseParser(new FileSource(channel), String.valueOf(path.getFileName()), categories,
                    BLOCK_BYTES, true).stream(rows, handler);
        }
    }

    /**
     * The bytes of a file: mapped into memory, which copies them from the page cache once, where a read
     * would copy them twice (into a direct buffer, then into the array). Read instead on Windows, where a
     * mapped file cannot be deleted or replaced until the garbage collector releases the mapping, and where
     * the file cannot be mapped (a size of 0, as pipes report, or a file system that refuses); reading then
     * reports any real fault.
     */
    private static Source fileSource(FileChannel channel) throws IOException {
        if (WINDOWS || channel.size() == 0) {
            return new FileSource(channel);
        }
        try {
            return new MappedSource(channel, MappedSource.REGION_BYTES);
        } catch (IOException | UnsupportedOperationException e) {
            return new FileSource(channel);
        }
    }

    /**
     * Parses a file mapped in regions of {@code regionBytes} and cut into parsing blocks of about {@code
     * blockBytes} (tests use small ones to cross regions and blocks).
     */
    static ResponseMatrix parseMapped(Path path, int regionBytes, int blockBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return new ResponseParser(new MappedSource(channel, regionBytes), String.valueOf(path.getFileName()),
                    null, blockBytes, false).parse();
        }
    }

    /** Streams bytes held in memory, cut into parsing blocks of about {@code blockBytes}. */
    static void stream(byte[] bytes, String name, Map<String, Integer> categories, int blockBytes, int rows,
            ResponseCsv.BlockHandler handler) throws IOException {
        new ResponseParser(new ArraySource(bytes), name, categories, blockBytes, true).stream(rows, handler);
    }

    /**
     * Parses bytes held in memory, cut into blocks of about {@code blockBytes} (tests use small blocks to
     * exercise the parallel path).
     */
    static ResponseMatrix parse(byte[] bytes, String name, Map<String, Integer> categories, int blockBytes)
            throws IOException {
        return new ResponseParser(new ArraySource(bytes), name, categories, blockBytes, false).parse();
    }

    private ResponseMatrix parse() throws IOException {
        Layout layout = layout();
        List<String> itemIds = layout.header.subList(1, layout.header.size());
        int items = itemIds.size();
        int[] maxima = declaredMaxima(itemIds, layout.headerLine);
        int rows = layout.rows;
        byte[] cells = new byte[Math.multiplyExact(rows, items)];
        BlockResult[] results = parseBlocks(layout.blocks.toArray(new Block[0]), layout.separator, itemIds,
                maxima, cells);
        spare.clear(); // the parsing buffers are let go before the repeated-id table is made
        ExamineeIds ids = idsUpToError(results);
        int[] repeat = RepeatedIds.first(ids, ids.size());
        if (repeat != null) {
            throw new DataFormatException(name, lineOfRow(layout, repeat[1]), 1, "examinee id '"
                    + ids.get(repeat[1]) + "' is repeated; it first appears on line " + lineOfRow(layout, repeat[0]));
        }
        throwFirstError(results);
        if (layout.error != null) {
            throw layout.error;
        }
        if (rows == 0) {
            throw new DataFormatException(name, layout.headerLine, 0,
                    "the header is not followed by any examinee row");
        }
        return ResponseMatrix.ofParsed(ids, itemIds, cells, maxCategory(results, items));
    }

    /**
     * Parses the file in batches of whole parsing blocks holding at most {@code batchRows} rows together (a
     * single block holding more is a batch of its own), each batch in parallel, and hands them over in file
     * order. Errors are those of {@link #parse()}, thrown when the batch holding them is reached; examinee
     * ids are checked for repeats across the whole file.
     */
    private void stream(int batchRows, ResponseCsv.BlockHandler handler) throws IOException {
        Layout layout = layout();
        List<String> itemIds = layout.header.subList(1, layout.header.size());
        int items = itemIds.size();
        int[] maxima = declaredMaxima(itemIds, layout.headerLine);
        SeenIds seen = new SeenIds();
        List<Block> all = layout.blocks;
        int next = 0;
        while (next < all.size()) {
            int first = next;
            int firstRow = all.get(first).row;
            int rows = all.get(next++).rows;
            while (next < all.size() && rows + all.get(next).rows <= batchRows) {
                rows += all.get(next++).rows;
            }
            Block[] blocks = new Block[next - first];
            for (int b = 0; b < blocks.length; b++) {
                Block block = all.get(first + b);
                blocks[b] = new Block(block.start, block.end, block.line, block.row - firstRow, block.rows);
            }
            byte[] cells = new byte[Math.multiplyExact(rows, items)];
            BlockResult[] results = parseBlocks(blocks, layout.separator, itemIds, maxima, cells);
            ExamineeIds ids = idsUpToError(results);
            for (int r = 0; r < ids.size(); r++) {
                byte[] id = ids.bytes(r);
                int earlier = seen.addOrFind(ExamineeIds.hash(id, 0, id.length), firstRow + r + 1,
                        row -> Arrays.equals(id, idOfRow(layout, row - 1)));
                if (earlier > 0) {
                    throw new DataFormatException(name, lineOfRow(layout, firstRow + r), 1, "examinee id '"
                            + ids.get(r) + "' is repeated; it first appears on line "
                            + lineOfRow(layout, earlier - 1));
                }
            }
            throwFirstError(results);
            handler.accept(ResponseMatrix.ofParsed(ids, itemIds, cells, maxCategory(results, items)));
        }
        if (layout.error != null) {
            throw layout.error;
        }
        if (layout.rows == 0) {
            throw new DataFormatException(name, layout.headerLine, 0,
                    "the header is not followed by any examinee row");
        }
    }

    /** The ids of the blocks parsed, up to the first block in error (with the ids it read before it). */
    private static ExamineeIds idsUpToError(BlockResult[] results) {
        List<ExamineeIds.Segment> segments = new ArrayList<>(results.length);
        for (BlockResult result : results) {
            segments.add(result.ids);
            if (result.error != null) {
                break;
            }
        }
        return ExamineeIds.of(segments);
    }

    private static void throwFirstError(BlockResult[] results) {
        for (BlockResult result : results) {
            if (result.error != null) {
                throw result.error;
            }
        }
    }

    /** The block of the layout that holds a row (counted over the whole file, from 0). */
    private static Block blockOfRow(Layout layout, int row) {
        List<Block> blocks = layout.blocks;
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (blocks.get(mid).row <= row) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return blocks.get(lo);
    }

    /**
     * The line on which a row parsed before begins, found again by walking the records of its block: rows
     * keep no line number, which only an error needs.
     */
    private int lineOfRow(Layout layout, int row) throws IOException {
        Block block = blockOfRow(layout, row);
        int length = (int) (block.end - block.start);
        byte[] buf = new byte[length];
        source.read(block.start, buf, length);
        RecordScanner scanner = new RecordScanner(layout.separator, 0);
        int pos = 0;
        int line = block.line;
        for (int r = block.row; true; r++) {
            while (buf[pos] == '\n' || buf[pos] == '\r') {
                pos += buf[pos] == '\r' && pos + 1 < length && buf[pos + 1] == '\n' ? 2 : 1;
                line++;
            }
            if (r == row) {
                return line;
            }
            pos = scanner.scan(buf, pos, length, true);
            line += scanner.lineBreaks;
        }
    }

    /** The UTF-8 bytes of the examinee id of a row parsed before, read again from its block. */
    private byte[] idOfRow(Layout layout, int row) {
        Block block = blockOfRow(layout, row);
        int items = layout.header.size() - 1;
        Block alone = new Block(block.start, block.end, block.line, 0, block.rows);
        BlockResult result = parseBlocks(new Block[] {alone}, layout.separator,
                layout.header.subList(1, layout.header.size()), unboundedMaxima(items),
                new byte[Math.multiplyExact(block.rows, items)])[0];
        return ExamineeIds.of(List.of(result.ids)).bytes(row - block.row);
    }

    private static int[] unboundedMaxima(int items) {
        int[] maxima = new int[items];
        Arrays.fill(maxima, ResponseMatrix.MAX_CATEGORY);
        return maxima;
    }

    /** Parses blocks in parallel into the shared cells; each block writes only its own rows. */
    private BlockResult[] parseBlocks(Block[] blocks, byte separator, List<String> itemIds, int[] maxima,
            byte[] cells) {
        BlockResult[] results = new BlockResult[blocks.length];
        IntStream tasks = IntStream.range(0, blocks.length);
        (blocks.length > 1 ? tasks.parallel() : tasks).forEach(b -> {
            try {
                results[b] = new RowParser(separator, itemIds, maxima, cells).parseBlock(blocks[b]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return results;
    }

    private static byte[] maxCategory(BlockResult[] results, int items) {
        byte[] maxCategory = new byte[items];
        Arrays.fill(maxCategory, (byte) ResponseMatrix.MISSING);
        for (BlockResult result : results) {
            for (int i = 0; i < items; i++) {
                maxCategory[i] = (byte) Math.max(maxCategory[i], result.maxCategory[i]);
            }
        }
        return maxCategory;
    }

    /** A buffer of at least {@code length} bytes, one given back by an earlier task if big enough. */
    private byte[] borrow(int length) {
        byte[] buf = spare.poll();
        return buf != null && buf.length >= length ? buf : new byte[Math.max(length, blockBytes + (blockBytes >> 2))];
    }

    private void giveBack(byte[] buf) {
        spare.add(buf);
    }

    // ---- first pass: header, record count, blocks

    private Layout layout() throws IOException {
        Window window = new Window(source);
        int line = 1;
        if (window.fill(0) >= 3 && window.buf[0] == (byte) 0xEF && window.buf[1] == (byte) 0xBB
                && window.buf[2] == (byte) 0xBF) {
            window.pos = 3;
        }
        line = skipEmptyLines(window, line);
        if (window.atEnd()) {
            throw new DataFormatException(name, 0, 0, "the file is empty; expected a header row");
        }
        byte separator = detectSeparator(window);
        RecordScanner scanner = new RecordScanner(separator, Integer.MAX_VALUE);
        int headerLine = line;
        int next = scanRecord(window, scanner, headerLine);
        List<String> header = new ArrayList<>(scanner.cells);
        for (int c = 0; c < scanner.cells; c++) {
            header.add(cellText(window.buf, scanner, c, headerLine));
        }
        window.pos = next;
        line += scanner.lineBreaks;
        checkHeader(header, headerLine);
        int items = header.size() - 1;
        int maxRows = streaming ? Integer.MAX_VALUE - 1 : ResponseMatrix.MAX_CELLS / items;
        Layout layout = new Layout(separator, List.copyOf(header), headerLine);
        if (quickLayout(layout, window.offset(), line, maxRows)) {
            return layout;
        }
        scanner = new RecordScanner(separator, 0);
        long blockStart = -1;
        int blockLine = 0;
        int blockRow = 0;
        while (true) {
            line = skipEmptyLines(window, line);
            long offset = window.offset();
            if (blockStart >= 0 && (window.atEnd() || offset - blockStart >= blockBytes)) {
                layout.blocks.add(new Block(blockStart, offset, blockLine, blockRow, layout.rows - blockRow));
                blockStart = -1;
            }
            if (window.atEnd()) {
                return layout;
            }
            if (layout.rows == maxRows) {
                layout.error = new DataFormatException(name, line, 0, "too many examinees: a matrix of " + items
                        + " items holds at most " + maxRows);
                return closeLast(layout, blockStart, offset, blockLine, blockRow);
            }
            try {
                next = scanRecord(window, scanner, line);
            } catch (DataFormatException e) {
                layout.error = e;
                return closeLast(layout, blockStart, window.offset(), blockLine, blockRow);
            }
            if (blockStart < 0) {
                blockStart = window.offset();
                blockLine = line;
                blockRow = layout.rows;
            }
            window.pos = next;
            line += scanner.lineBreaks;
            layout.rows++;
        }
    }

    /**
     * Lays out a file without quotes after its header, where every line break ends a record: the data are
     * cut after line breaks near every {@code blockBytes}, and the blocks count their records in parallel.
     * Returns false, with the layout untouched, if the file holds a quote, a record longer than {@link
     * #MAX_RECORD_BYTES} or more than {@code maxRows} records; the record-by-record layout then applies.
     */
    private boolean quickLayout(Layout layout, long dataStart, int firstLine, int maxRows) throws IOException {
        long size = source.size();
        List<Long> cuts = new ArrayList<>();
        cuts.add(dataStart);
        byte[] probe = new byte[1 << 16];
        for (long nominal = dataStart + blockBytes; nominal < size; nominal += blockBytes) {
            long cut = lineEndAtOrAfter(nominal - 1, size, probe);
            if (cut < 0) {
                return false;
            }
            if (cut > cuts.get(cuts.size() - 1) && cut < size) {
                cuts.add(cut);
            }
            nominal = Math.max(nominal, cut - 1);
        }
        cuts.add(size);
        int chunks = cuts.size() - 1;
        int[][] counts = new int[chunks][];
        IntStream tasks = IntStream.range(0, chunks);
        (chunks > 1 ? tasks.parallel() : tasks).forEach(c -> {
            try {
                counts[c] = countRecords(cuts.get(c), cuts.get(c + 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long rows = 0;
        for (int[] count : counts) {
            if (count == null) {
                return false;
            }
            rows += count[0];
        }
        if (rows > maxRows) {
            return false;
        }
        int line = firstLine;
        int row = 0;
        for (int c = 0; c < chunks; c++) {
            if (counts[c][0] > 0) {
                layout.blocks.add(new Block(cuts.get(c), cuts.get(c + 1), line, row, counts[c][0]));
            }
            line += counts[c][1];
            row += counts[c][0];
        }
        layout.rows = row;
        return true;
    }

    /** Returns the position after the first LF at or after {@code from}, the size at the end, -1 if too far. */
    private long lineEndAtOrAfter(long from, long size, byte[] probe) throws IOException {
        for (long at = from; at < size && at - from <= MAX_RECORD_BYTES; at += probe.length) {
            int n = (int) Math.min(probe.length, size - at);
            source.read(at, probe, n);
            for (int k = 0; k < n; k++) {
                if (probe[k] == '\n') {
                    return at + k + 1;
                }
            }
        }
        return from + MAX_RECORD_BYTES < size ? -1 : size;
    }

    /**
     * Counts the records (non-empty lines) and line breaks of {@code [from, to)}; null if there is a quote
     * or a record longer than {@link #MAX_RECORD_BYTES}.
     */
    private int[] countRecords(long from, long to) throws IOException {
        int n = (int) (to - from);
        byte[] buf = borrow(n);
        try {
            source.read(from, buf, n);
            return countRecords(buf, n);
        } finally {
            giveBack(buf);
        }
    }

    private static int[] countRecords(byte[] buf, int n) {
        RecordCount count = new RecordCount();
        int p = 0;
        while (p < n && !count.refused) {
            p = count.add(buf, p, Math.min(n, p + RecordCount.SPAN_BYTES), n);
        }
        if (count.refused || n - count.lineStart > MAX_RECORD_BYTES) {
            return null;
        }
        return new int[] {count.records + (n > count.lineStart ? 1 : 0), count.lines};
    }

    /**
     * The records and line breaks counted so far in a buffer, span by span: a span is short enough that the
     * JIT compiles {@link #add} whole after a few of them instead of first compiling the loop of a whole
     * block on the stack (docs/scoring.md#whole-process-cact-score).
     */
    private static final class RecordCount {

        /** The bytes of one span. */
        static final int SPAN_BYTES = 2048;

        int records;
        int lines;
        /** Where the current line starts (it may lie beyond the span, after a CR LF that ends it). */
        int lineStart;
        /** Set on a quote or a record longer than {@link #MAX_RECORD_BYTES}. */
        boolean refused;

        /**
         * Counts the line breaks in {@code buf[from..to)} of a buffer of {@code n} bytes; returns {@code to}.
         */
        int add(byte[] buf, int from, int to, int n) {
            int p = from;
            for (int word = 0; p < to; p += word) {
                if (p + 32 <= to && controlOrQuote(buf, p) == 0) {
                    word = 32;
                    continue;
                }
                long marks;
                if (p + 8 <= to) {
                    word = 8;
                    marks = controlOrQuote((long) LONGS.get(buf, p));
                } else {
                    word = 1;
                    marks = buf[p] <= '"' ? HIGH_BITS & 0xFF : 0;
                }
                for (; marks != 0; marks &= marks - 1) {
                    int q = p + (Long.numberOfTrailingZeros(marks) >>> 3);
                    byte b = buf[q];
                    if (q < lineStart || b > '"') {
                        continue;
                    }
                    if (b == '"') {
                        refused = true;
                        return to;
                    }
                    if (b == '\n' || b == '\r') {
                        if (q - lineStart > MAX_RECORD_BYTES) {
                            refused = true;
                            return to;
                        }
                        records += q > lineStart ? 1 : 0;
                        lines++;
                        lineStart = b == '\r' && q + 1 < n && buf[q + 1] == '\n' ? q + 2 : q + 1;
                    }
                }
            }
            return to;
        }
    }

    /**
     * Marks with its high bit each of eight bytes below 0x23, that is a control character (line breaks
     * among them), a blank, '!' or a quote: the word-at-a-time test for a byte below c, (w − c·1…1) ∧ ¬w ∧
     * 80…80 (Warren, Hacker's Delight, 2nd ed., §6-1). A byte is never missed, but a byte above a marked one
     * may be marked too (the borrow runs on), so callers look at the marked bytes. Bytes from 0x80 up, UTF-8
     * beyond ASCII, are never marked.
     */
    private static long controlOrQuote(long word) {
        return (word - 0x23 * ONES) & ~word & HIGH_BITS;
    }

    /** {@link #controlOrQuote(long)} over the 32 bytes at {@code p}, merged: zero when none is marked. */
    private static long controlOrQuote(byte[] buf, int p) {
        return controlOrQuote((long) LONGS.get(buf, p)) | controlOrQuote((long) LONGS.get(buf, p + 8))
                | controlOrQuote((long) LONGS.get(buf, p + 16)) | controlOrQuote((long) LONGS.get(buf, p + 24));
    }

    /**
     * Whether the four bytes in the 16-bit lanes of {@code lanes} (the upper byte of each lane zero) are
     * all ASCII digits: a lane v is one exactly when v + 0x46 stays below 0x80 (v ≤ '9') and v + 0x50
     * reaches 0x80 (v ≥ '0'); the sums never carry out of their lane.
     */
    private static boolean fourDigits(long lanes) {
        return ((lanes + 0x46 * DIGIT_ONES) & 0x0180018001800180L) == 0
                && ((lanes + 0x50 * DIGIT_ONES) & 0x0080008000800080L) == 0x0080008000800080L;
    }

    /** Marks with its high bit each zero byte of a word, exactly (no carry crosses a byte). */
    private static long zeroBytes(long word) {
        return ~(((word & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | word | LOW_SEVEN_BITS);
    }

    /**
     * Marks with its high bit each ASCII digit of a word, exactly: of a byte b below 0x80, b + 0x50 reaches
     * 0x80 when b ≥ '0' and b + 0x46 stays below it when b ≤ '9', and neither sum carries out of its byte.
     */
    private static long digitBytes(long word) {
        long low = word & LOW_SEVEN_BITS;
        return (low + 0x50 * ONES) & ~(low + 0x46 * ONES) & ~word & HIGH_BITS;
    }

    private static Layout closeLast(Layout layout, long blockStart, long end, int blockLine, int blockRow) {
        if (blockStart >= 0) {
            layout.blocks.add(new Block(blockStart, end, blockLine, blockRow, layout.rows - blockRow));
        }
        return layout;
    }

    /** Scans the record at the window's position, refilling the window as needed; returns its end. */
    private int scanRecord(Window window, RecordScanner scanner, int line) throws IOException {
        while (true) {
            int end = scanner.scan(window.buf, window.pos, window.limit, window.eof);
            if (end >= 0) {
                if (scanner.unclosedQuote) {
                    throw new DataFormatException(name, line, scanner.cells,
                            "a quoted cell is not closed before the end of the file");
                }
                return end;
            }
            if (window.limit - window.pos >= MAX_RECORD_BYTES) {
                throw new DataFormatException(name, line, 0, "the record is longer than " + MAX_RECORD_BYTES
                        + " bytes; expected one examinee per line");
            }
            window.fill(Math.max(window.buf.length, 2 * (window.limit - window.pos)));
        }
    }

    /** Skips empty lines at the window's position; returns the updated line number. */
    private static int skipEmptyLines(Window window, int line) throws IOException {
        int current = line;
        while (true) {
            if (window.pos + 1 >= window.limit && !window.eof) {
                window.fill(window.buf.length);
            }
            if (window.pos >= window.limit) {
                return current;
            }
            byte b = window.buf[window.pos];
            if (b == '\n') {
                window.pos++;
            } else if (b == '\r') {
                window.pos += window.pos + 1 < window.limit && window.buf[window.pos + 1] == '\n' ? 2 : 1;
            } else {
                return current;
            }
            current++;
        }
    }

    /**
     * The separator that occurs most often outside quotes in the header's first line (quotes toggle); a
     * comma when none does.
     */
    private static byte detectSeparator(Window window) throws IOException {
        while (true) {
            int[] counts = new int[SEPARATORS.length];
            boolean quoted = false;
            int p = window.pos;
            for (; p < window.limit; p++) {
                byte b = window.buf[p];
                if (b == '\n' || b == '\r') {
                    break;
                }
                if (b == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    for (int s = 0; s < SEPARATORS.length; s++) {
                        if (b == SEPARATORS[s]) {
                            counts[s]++;
                        }
                    }
                }
            }
            if (p < window.limit || window.eof || window.limit - window.pos >= MAX_RECORD_BYTES) {
                int best = 0;
                for (int s = 1; s < SEPARATORS.length; s++) {
                    if (counts[s] > counts[best]) {
                        best = s;
                    }
                }
                return SEPARATORS[best];
            }
            window.fill(2 * window.buf.length);
        }
    }

    private void checkHeader(List<String> header, int line) {
        if (header.size() < 2) {
            throw new DataFormatException(name, line, 0, "the header has no item columns; expected the examinee"
                    + " id column followed by one column per item");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 1; c < header.size(); c++) {
            String id = header.get(c);
            if (id.isBlank()) {
                throw new DataFormatException(name, line, c + 1, "the item id in the header is empty");
            }
            Integer before = columns.putIfAbsent(id, c);
            if (before != null) {
                throw new DataFormatException(name, line, c + 1, "item id '" + id + "' is repeated; it is also"
                        + " in column " + (before + 1));
            }
        }
    }

    private int[] declaredMaxima(List<String> itemIds, int line) {
        int[] maxima = new int[itemIds.size()];
        for (int i = 0; i < maxima.length; i++) {
            if (categories == null) {
                maxima[i] = ResponseMatrix.MAX_CATEGORY;
            } else {
                Integer k = categories.get(itemIds.get(i));
                if (k == null) {
                    throw new DataFormatException(name, line, i + 2, "item '" + itemIds.get(i)
                            + "' has no declared number of categories");
                }
                maxima[i] = k - 1;
            }
        }
        return maxima;
    }

    // ---- duplicates

    /**
     * The examinee ids seen so far while streaming, kept as 64-bit fingerprints ({@link ExamineeIds#hash})
     * with the row of each in an open-addressing table: 12 bytes per slot, at most half the slots used,
     * whatever the length of the ids, and no id held. Equal fingerprints are only candidates: the caller
     * confirms a repeat by comparing with the id read again from the earlier row.
     */
    static final class SeenIds {

        private long[] prints = new long[1 << 10];
        private int[] rows = new int[1 << 10];
        private int size;

        /**
         * Adds an id of fingerprint {@code print} first seen on row {@code row} (counted from 1); returns 0,
         * or the row of an earlier id equal to it, which {@code sameIdOnRow} confirms for each earlier row
         * whose fingerprint is {@code print}.
         */
        int addOrFind(long print, int row, IntPredicate sameIdOnRow) {
            if (2 * (size + 1) > prints.length) {
                grow();
            }
            int mask = prints.length - 1;
            int slot = (int) print & mask;
            while (rows[slot] != 0) {
                if (prints[slot] == print && sameIdOnRow.test(rows[slot])) {
                    return rows[slot];
                }
                slot = (slot + 1) & mask;
            }
            prints[slot] = print;
            rows[slot] = row;
            size++;
            return 0;
        }

        private void grow() {
            long[] oldPrints = prints;
            int[] oldRows = rows;
            prints = new long[2 * oldPrints.length];
            rows = new int[2 * oldPrints.length];
            int mask = prints.length - 1;
            for (int k = 0; k < oldPrints.length; k++) {
                if (oldRows[k] != 0) {
                    int slot = (int) oldPrints[k] & mask;
                    while (rows[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    prints[slot] = oldPrints[k];
                    rows[slot] = oldRows[k];
                }
            }
        }
    }

    // ---- cell text

    /** The text of a cell exactly as the dialect defines it; decoded as strict UTF-8. */
    private String cellText(byte[] buf, RecordScanner scanner, int cell, int line) {
        int start = scanner.start[cell];
        int end = scanner.end[cell];
        if (scanner.simple[cell]) {
            while (start < end && isBlank(buf[start])) {
                start++;
            }
            while (end > start && isBlank(buf[end - 1])) {
                end--;
            }
            return new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
        }
        String raw = decode(buf, start, end, scanner.start[0], line);
        StringBuilder text = new StringBuilder(raw.length());
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            boolean next = k + 1 < raw.length();
            if (quoted) {
                if (c == '"' && next && raw.charAt(k + 1) == '"') {
                    text.append('"');
                    k++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    text.append(c);
                }
            } else if (c == '"' && text.toString().isBlank()) {
                text.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else {
                text.append(c);
            }
        }
        return wasQuoted ? text.toString() : text.toString().strip();
    }

    /**
     * Decodes a cell as strict UTF-8; a bad byte is refused at its line and its column in characters, as an
     * editor shows them, counted from the record's start at {@code recordStart} on line {@code line}.
     */
    private String decode(byte[] buf, int start, int end, int recordStart, int line) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(buf, start, end - start);
        CharBuffer out = CharBuffer.allocate(end - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return out.flip().toString();
        }
        int bad = in.position();
        int badLine = line;
        int lineStart = recordStart;
        for (int k = recordStart; k < bad; k++) {
            if (buf[k] == '\n' || buf[k] == '\r' && buf[k + 1] != '\n') {
                badLine++;
                lineStart = k + 1;
            }
        }
        int column = new String(buf, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
        throw DataFormatException.invalidUtf8(name, badLine, column, buf[bad]);
    }

    static boolean isBlank(byte b) {
        return b == ' ' || b >= 9 && b <= 13 || b >= 28 && b <= 31;
    }

    // ---- second pass: one block of rows

    /**
     * Parses the rows of one block into the shared cells (only the block's own rows) and its ids into a
     * segment of its own.
     */
    private final class RowParser {

        /**
         * The rows that one call parses, or whose maxima it takes: few enough that the JIT compiles those
         * methods whole once they are called often, rather than compiling the loop over a whole block on the
         * stack only after tens of thousands of rows (docs/scoring.md#whole-process-cact-score).
         */
        static final int GROUP_ROWS = 32;

        private final byte separator;
        private final List<String> itemIds;
        private final int[] maxima;
        private final byte[] cells;
        private final int items;
        private ExamineeIds.Writer ids;
        /** The rows that {@link #parseRows} read whole, before an error if there is one. */
        private int rowsDone;
        /** Where {@link #parseRows} is: the position in the block's buffer, its line and its row. */
        private int pos;
        private int line;
        private int row;

        RowParser(byte separator, List<String> itemIds, int[] maxima, byte[] cells) {
            this.separator = separator;
            this.itemIds = itemIds;
            this.maxima = maxima;
            this.cells = cells;
            this.items = itemIds.size();
        }

        /**
         * Reads the block into a buffer ending in a line feed that is not part of the file (a sentinel that
         * ends the scans of {@link #plainRow}), parses its rows without checking the declared maxima, then
         * finds the largest category of every column: if one is above its maximum, the block is parsed
         * again with the checks, which stops at the first error in file order.
         */
        BlockResult parseBlock(Block block) throws IOException {
            int length = (int) (block.end - block.start);
            byte[] buf = borrow(length + 1);
            try {
                source.read(block.start, buf, length);
                buf[length] = '\n';
                BlockResult result = parseRows(buf, length, block, false);
                byte[] maxCategory = columnMaxima(block.row, rowsDone);
                for (int i = 0; i < items; i++) {
                    if (maxCategory[i] > maxima[i]) {
                        return parseRows(buf, length, block, true);
                    }
                }
                return result.error == null ? new BlockResult(null, result.rowsWithIds, maxCategory, result.ids)
                        : result;
            } finally {
                giveBack(buf);
            }
        }

        /**
         * The largest category of each column over some rows, {@link ResponseMatrix#MISSING} for none: row by
         * row (the cells lie in row order), eight columns at a time, each cell c (−1..126, as {@link
         * #plainRow} leaves them) taken as the byte c + 1 (0..127, added without carry), and the larger of
         * bytes a and b chosen where (a | 0x80) − b loses its high bit, which happens exactly when b > a since
         * no byte borrows.
         */
        private byte[] columnMaxima(int firstRow, int rows) {
            int wide = items & ~7;
            long[] best = new long[wide >>> 3];
            byte[] max = new byte[items];
            Arrays.fill(max, wide, items, (byte) ResponseMatrix.MISSING);
            for (int row = firstRow, end = firstRow + rows; row < end; row += GROUP_ROWS) {
                columnMaxima(row, Math.min(end, row + GROUP_ROWS), best, max);
            }
            for (int column = 0; column < wide; column++) {
                max[column] = (byte) (((best[column >>> 3] >>> (8 * (column & 7))) & 0xFF) - 1);
            }
            return max;
        }

        /**
         * Takes the rows {@code from..to-1} into the running maxima: {@code best} of the first columns eight
         * at a time, {@code max} of the columns after the last multiple of eight.
         */
        private void columnMaxima(int from, int to, long[] best, byte[] max) {
            for (int start = from * items, end = to * items; start < end; start += items) {
                columnMaxima(start, best, max);
            }
        }

        /** Takes the row whose cells begin at {@code start} into the running maxima. */
        private void columnMaxima(int start, long[] best, byte[] max) {
            for (int w = 0; w < best.length; w++) {
                long word = (long) LONGS.get(cells, start + 8 * w);
                long shifted = ((word & LOW_SEVEN_BITS) + ONES) ^ (word & HIGH_BITS);
                long larger = (~((best[w] | HIGH_BITS) - shifted) & HIGH_BITS) >>> 7;
                best[w] ^= (best[w] ^ shifted) & larger * 0xFF;
            }
            for (int i = best.length << 3; i < items; i++) {
                max[i] = (byte) Math.max(max[i], cells[start + i]);
            }
        }

        /** Parses the rows of a block; {@code checked}: plain rows are checked against the maxima too. */
        private BlockResult parseRows(byte[] buf, int length, Block block, boolean checked) {
            ids = new ExamineeIds.Writer(block.rows);
            RecordScanner scanner = new RecordScanner(separator, items + 2);
            pos = 0;
            line = block.line;
            row = block.row;
            int rowEnd = block.row + block.rows;
            try {
                while (row < rowEnd) {
                    parseRows(buf, length, Math.min(rowEnd, row + GROUP_ROWS), scanner, checked);
                }
            } catch (DataFormatException e) {
                rowsDone = row - block.row;
                return new BlockResult(e, block.row + ids.rows(), null, ids.finish());
            }
            rowsDone = block.rows;
            return new BlockResult(null, rowEnd, null, ids.finish());
        }

        /** Parses the rows from {@link #row} up to {@code to} (a short run: see {@link #GROUP_ROWS}). */
        private void parseRows(byte[] buf, int length, int to, RecordScanner scanner, boolean checked) {
            while (row < to) {
                byte b = buf[pos];
                if (b == '\n' || b == '\r') {
                    pos += b == '\r' && pos + 1 < length && buf[pos + 1] == '\n' ? 2 : 1;
                    line++;
                    continue;
                }
                int fast = plainRow(buf, pos, length, row, checked);
                if (fast >= 0) {
                    pos = fast;
                    line++;
                    row++;
                    continue;
                }
                int next = scanner.scan(buf, pos, length, true);
                parseRow(buf, scanner, line, row);
                pos = next;
                line += scanner.lineBreaks;
                row++;
            }
        }

        /**
         * Parses a row of plain cells (printable ASCII, no blank, no quote), each a category or missing;
         * returns the position after its line break, or -1 for any other row, which {@link #parseRow} then
         * reads (and refuses, if it must). {@code buf[length]} is a line feed.
         *
         * <p>The id is passed over eight bytes at a time to the first byte that may end it (a control byte, blank, '!',
         * quote, separator or non-ASCII byte), then byte by byte. Cells are taken eight bytes at a time: a word of
         * one-digit and empty cells ("d," and ",") holds only separators and digits, never two digits side by side.
         * Each separator in it ends a cell, whose value is the digit before it or missing; the word's bytes, each
         * shifted onto the separator after it, are stored one by one, each at the cell numbered by the separators
         * before it in the word (a byte sum of the separator marks times 0x0101…01), so a digit is stored first and its
         * cell's value over it; a digit after the last separator starts the next word and is stored over again there. A
         * word passes only if the cells it ends lie before the row's last (one that reaches the line break or the
         * sentinel never does: a line break is neither a digit nor the separator); any other word goes cell by cell.
         * Four one-digit cells "d,d,d,d," are first tried from each word and stored as one int.
         * Unless {@code checked}, only a one-digit cell may exceed its column's maximum.
         */
        private int plainRow(byte[] buf, int from, int length, int row, boolean checked) {
            byte sep = separator;
            long separators = (sep & 0xFFL) * ONES;
            int wordEnd = buf.length - 8;
            int p = from;
            for (; p <= wordEnd; p += 8) {
                long word = (long) LONGS.get(buf, p);
                long marks = controlOrQuote(word) | zeroBytes(word ^ separators) | word & HIGH_BITS;
                if (marks != 0) {
                    p += Long.numberOfTrailingZeros(marks) >>> 3;
                    break;
                }
            }
            while (buf[p] > ' ' && buf[p] != sep && buf[p] != '"') {
                p++;
            }
            int idLength = p - from;
            if (idLength == 0 || buf[p] != sep) {
                return -1;
            }
            p++;
            int o = row * items;
            int last = o + items - 1;
            while (o < last) {
                if (p <= wordEnd) {
                    long word = (long) LONGS.get(buf, p);
                    if (o + 4 <= last && ((word ^ separators) & SEPARATOR_BYTES) == 0
                            && fourDigits(word & DIGIT_BYTES)) {
                        long digits = (word & DIGIT_BYTES) - '0' * DIGIT_ONES;
                        digits = (digits | digits >>> 8) & 0x0000FFFF0000FFFFL;
                        INTS.set(cells, o, (int) (digits | digits >>> 16));
                        o += 4;
                        p += 8;
                        continue;
                    }
                    long seps = zeroBytes(word ^ separators);
                    long digits = digitBytes(word);
                    int ended = Long.bitCount(seps);
                    if ((seps | digits) == HIGH_BITS && (digits & digits << 8) == 0 && o + ended <= last) {
                        long values = (word & LOW_NIBBLES) << 8 | ((~(digits << 8) & HIGH_BITS) >>> 7) * 0xFF;
                        long before = ((seps >>> 7) * ONES) << 8;
                        for (int k = 0; k < 64; k += 8) {
                            cells[o + (int) ((before >>> k) & 0xFF)] = (byte) (values >>> k);
                        }
                        o += ended;
                        p += 8 - (Long.numberOfLeadingZeros(seps) >>> 3);
                        continue;
                    }
                }
                byte b = buf[p];
                int digit = b - '0';
                if (b == sep) {
                    cells[o++] = ResponseMatrix.MISSING;
                    p++;
                } else if (digit >= 0 && digit <= 9 && buf[p + 1] == sep) {
                    cells[o++] = (byte) digit;
                    p += 2;
                } else {
                    int start = p;
                    p = plainCellEnd(buf, p);
                    int value = category(buf, start, p);
                    if (buf[p] != sep || value < ResponseMatrix.MISSING || value > maxima[o - row * items]) {
                        return -1;
                    }
                    cells[o++] = (byte) value;
                    p++;
                }
            }
            int start = p;
            p = plainCellEnd(buf, p);
            int value = category(buf, start, p);
            if (buf[p] != '\n' && buf[p] != '\r' || value < ResponseMatrix.MISSING || value > maxima[items - 1]) {
                return -1;
            }
            cells[o] = (byte) value;
            if (checked) {
                for (int i = 0, first = row * items; i < items; i++) {
                    if (cells[first + i] > maxima[i]) {
                        return -1;
                    }
                }
            }
            ids.add(buf, from, idLength);
            p += buf[p] == '\r' && buf[p + 1] == '\n' ? 2 : 1;
            return Math.min(p, length);
        }

        /** The end of the plain cell at {@code p}: the first blank, control byte, quote or separator. */
        private int plainCellEnd(byte[] buf, int p) {
            int q = p;
            while (buf[q] > ' ' && buf[q] != separator && buf[q] != '"') {
                q++;
            }
            return q;
        }

        private void parseRow(byte[] buf, RecordScanner scanner, int line, int row) {
            int size = scanner.cells;
            int expected = items + 1;
            if (size < expected) {
                throw new DataFormatException(name, line, size + 1, "the row has " + size
                        + (size == 1 ? " cell" : " cells") + "; expected " + expected
                        + ": the examinee id and " + items + " item cells");
            }
            if (size > expected) {
                throw new DataFormatException(name, line, expected + 1, "the row has " + size + " cells; expected "
                        + expected + ": the examinee id and " + items + " item cells; the first extra cell is '"
                        + cellText(buf, scanner, expected, line) + "'");
            }
            String id = cellText(buf, scanner, 0, line);
            if (id.isBlank()) {
                throw new DataFormatException(name, line, 1, "the examinee id is empty");
            }
            ids.add(id);
            int offset = row * items;
            for (int i = 0; i < items; i++) {
                int value = scanner.simple[i + 1] ? category(buf, scanner.start[i + 1], scanner.end[i + 1])
                        : ResponseCsv.category(cellText(buf, scanner, i + 1, line));
                if (value < ResponseMatrix.MISSING || value > maxima[i]) {
                    throw new DataFormatException(name, line, i + 2, ResponseCsv.cellProblem(
                            cellText(buf, scanner, i + 1, line), value, maxima[i], itemIds.get(i),
                            "of examinee " + id));
                }
                cells[offset + i] = (byte) value;
            }
        }
    }

    /**
     * Parses an unquoted ASCII cell: the category, {@link ResponseMatrix#MISSING} for blank or NA, or one of
     * {@link ResponseCsv}'s negative error codes.
     */
    private static int category(byte[] buf, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && isBlank(buf[start])) {
            start++;
        }
        while (end > start && isBlank(buf[end - 1])) {
            end--;
        }
        int length = end - start;
        if (length == 1) {
            int digit = buf[start] - '0';
            return digit >= 0 && digit <= 9 ? digit : ResponseCsv.NOT_AN_INTEGER;
        }
        if (length == 0) {
            return ResponseMatrix.MISSING;
        }
        if (length == 2 && (buf[start] | 0x20) == 'n' && (buf[start + 1] | 0x20) == 'a') {
            return ResponseMatrix.MISSING;
        }
        boolean negative = buf[start] == '-';
        int k = negative ? start + 1 : start;
        if (k == end) {
            return ResponseCsv.NOT_AN_INTEGER;
        }
        int value = 0;
        for (; k < end; k++) {
            int digit = buf[k] - '0';
            if (digit < 0 || digit > 9) {
                return ResponseCsv.NOT_AN_INTEGER;
            }
            value = Math.min(value * 10 + digit, ResponseMatrix.MAX_CATEGORY + 1);
        }
        return negative ? ResponseCsv.NEGATIVE : value;
    }

    // ---- small types

    /** The bytes of a file or an array, read at any position; thread-safe. */
    private interface Source {

        long size() throws IOException;

        /** Reads exactly {@code length} bytes at {@code position} into {@code dst[0..length)}. */
        default void read(long position, byte[] dst, int length) throws IOException {
            int done = 0;
            while (done < length) {
                int n = readSome(position + done, dst, done, length - done);
                if (n < 0) {
                    throw new IOException("the file became shorter while it was read");
                }
                done += n;
            }
        }

        /** Reads up to {@code length} bytes at {@code position} into {@code dst[offset..)}; -1 at the end. */
        int readSome(long position, byte[] dst, int offset, int length) throws IOException;
    }

    private record FileSource(FileChannel channel) implements Source {

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public int readSome(long position, byte[] dst, int offset, int length) throws IOException {
            return channel.read(ByteBuffer.wrap(dst, offset, length), position);
        }
    }

    /**
     * A file mapped read-only into memory, in regions of at most 1 GiB (a buffer holds at most 2 GiB); the
     * mapping ends when the buffers are collected.
     */
    private static final class MappedSource implements Source {

        static final int REGION_BYTES = 1 << 30;

        private final long size;
        private final int regionBytes;
        private final MappedByteBuffer[] regions;

        MappedSource(FileChannel channel, int regionBytes) throws IOException {
            this.size = channel.size();
            this.regionBytes = regionBytes;
            this.regions = new MappedByteBuffer[(int) ((size + regionBytes - 1) / regionBytes)];
            for (int r = 0; r < regions.length; r++) {
                long start = (long) r * regionBytes;
                regions[r] = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(regionBytes, size - start));
            }
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public int readSome(long position, byte[] dst, int offset, int length) throws IOException {
            if (position >= size) {
                return -1;
            }
            MappedByteBuffer region = regions[(int) (position / regionBytes)];
            int within = (int) (position % regionBytes);
            int n = Math.min(length, region.capacity() - within);
            try {
                region.get(within, dst, offset, n);
            } catch (InternalError e) {
                throw new IOException("the file became shorter while it was read", e);
            }
            return n;
        }
    }

    private record ArraySource(byte[] bytes) implements Source {

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public void read(long position, byte[] dst, int length) {
            System.arraycopy(bytes, (int) position, dst, 0, length);
        }

        @Override
        public int readSome(long position, byte[] dst, int offset, int length) {
            if (position >= bytes.length) {
                return -1;
            }
            int n = (int) Math.min(length, bytes.length - position);
            System.arraycopy(bytes, (int) position, dst, offset, n);
            return n;
        }
    }

    /** A sliding window over the source for the first pass. */
    private static final class Window {

        private final Source source;
        private byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;
        private long base;
        private boolean eof;

        Window(Source source) {
            this.source = source;
        }

        /** Keeps the unread bytes, grows the buffer to at least {@code capacity}, and reads more. */
        int fill(int capacity) throws IOException {
            int kept = limit - pos;
            byte[] target = capacity > buf.length ? new byte[capacity] : buf;
            System.arraycopy(buf, pos, target, 0, kept);
            buf = target;
            base += pos;
            pos = 0;
            limit = kept;
            while (!eof && limit < buf.length) {
                int n = source.readSome(base + limit, buf, limit, buf.length - limit);
                if (n < 0) {
                    eof = true;
                } else {
                    limit += n;
                }
            }
            return limit;
        }

        boolean atEnd() {
            return eof && pos >= limit;
        }

        long offset() {
            return base + pos;
        }
    }

    private record Block(long start, long end, int line, int row, int rows) {
    }

    /**
     * The outcome of a block: its first error (or null), the row after the last whose id was read, the
     * largest category of every column (when there is no error) and the ids read.
     */
    private record BlockResult(DataFormatException error, int rowsWithIds, byte[] maxCategory,
            ExamineeIds.Segment ids) {
    }

    private static final class Layout {

        private final byte separator;
        private final List<String> header;
        private final int headerLine;
        private final List<Block> blocks = new ArrayList<>();
        private int rows;
        private DataFormatException error;

        Layout(byte separator, List<String> header, int headerLine) {
            this.separator = separator;
            this.header = header;
            this.headerLine = headerLine;
        }
    }
}
