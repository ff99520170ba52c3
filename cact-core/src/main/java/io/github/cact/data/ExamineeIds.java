package io.github.cact.data;

import io.github.cact.internal.text.Utf8Texts;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The examinee ids of a parsed file, kept as their UTF-8 bytes rather than one {@code String} each: the
 * rows are cut into segments (one per parsing block), each holding its ids back to back in one {@code
 * byte[]} with the end of each id in two bytes (four if ids are long), or no ends at all when every id of
 * the segment has the same length.
 * A {@code String} is made only when {@link #get(int) asked for}, afresh each time; a writer can copy the
 * bytes out as they are ({@link Utf8Texts}). Immutable and thread-safe.
 *
 * <p>UTF-8 is one-to-one on the strings a strict decoder produces, so two ids are equal exactly when their
 * bytes are; {@link RepeatedIds} compares bytes.
 */
final class ExamineeIds extends AbstractList<String> implements RandomAccess, Utf8Texts {

    /** Eight bytes of an array read as one little-endian long. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    /** Eight bytes of an array read as one big-endian long, which orders as the bytes do. */
    private static final VarHandle BIG_LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.BIG_ENDIAN);

    private final Segment[] segments;
    /** The first row of each segment, and the number of rows last. */
    private final int[] firstRows;

    private ExamineeIds(Segment[] segments) {
        this.segments = segments;
        this.firstRows = new int[segments.length + 1];
        for (int s = 0; s < segments.length; s++) {
            firstRows[s + 1] = firstRows[s] + segments[s].rows();
        }
    }

    /** The ids of the segments in order; the list keeps the segments, which must not change. */
    static ExamineeIds of(List<Segment> segments) {
        return new ExamineeIds(segments.toArray(new Segment[0]));
    }

    @Override
    public String get(int row) {
        int s = segmentOf(row);
        Segment segment = segments[s];
        int k = row - firstRows[s];
        int start = segment.start(k);
        return new String(segment.bytes, start, segment.end(k) - start, StandardCharsets.UTF_8);
    }

    @Override
    public int size() {
        return firstRows[segments.length];
    }

    /** The rows {@code from..to-1} as one segment of their own (the bytes are copied). */
    ExamineeIds slice(int from, int to) {
        Writer writer = new Writer(Math.max(1, to - from));
        for (int row = from; row < to; row++) {
            int s = segmentOf(row);
            Segment segment = segments[s];
            int k = row - firstRows[s];
            writer.add(segment.bytes, segment.start(k), segment.end(k) - segment.start(k));
        }
        return new ExamineeIds(new Segment[] {writer.finish()});
    }

    /** A segment; its rows follow those of the segments before it. */
    Segment segment(int s) {
        return segments[s];
    }

    /** Whether two rows have the same id, byte for byte. */
    boolean sameId(int row, int other) {
        return compare(row, other) == 0;
    }

    /** The UTF-8 bytes of the id of a row. */
    byte[] bytes(int row) {
        int s = segmentOf(row);
        Segment segment = segments[s];
        int k = row - firstRows[s];
        return Arrays.copyOfRange(segment.bytes, segment.start(k), segment.end(k));
    }

    @Override
    public int utf8Length(int row) {
        int s = segmentOf(row);
        Segment segment = segments[s];
        int k = row - firstRows[s];
        return segment.end(k) - segment.start(k);
    }

    @Override
    public int copyUtf8(int row, byte[] out, int at) {
        int s = segmentOf(row);
        Segment segment = segments[s];
        int k = row - firstRows[s];
        int start = segment.start(k);
        int length = segment.end(k) - start;
        System.arraycopy(segment.bytes, start, out, at, length);
        return at + length;
    }

    private int segmentOf(int row) {
        if (row < 0 || row >= size()) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size());
        }
        int lo = 0;
        int hi = segments.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (firstRows[mid] <= row) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * A 64-bit hash of bytes: each 8-byte little-endian word (the last one padded with zeros) is mixed in by
     * xor, a multiplication by an odd constant and a rotation, and the length goes into the seed; the
     * MurmurHash3 finaliser (Appleby, {@code fmix64}) then mixes every bit into every other.
     */
    static long hash(byte[] bytes, int from, int length) {
        long h = 0x9E3779B97F4A7C15L ^ length;
        int end = from + length;
        int k = from;
        for (; k + 8 <= end; k += 8) {
            h = Long.rotateLeft((h ^ (long) LONGS.get(bytes, k)) * 0xBF58476D1CE4E5B9L, 31);
        }
        if (k < end) {
            long tail = 0;
            for (int j = end - 1; j >= k; j--) {
                tail = tail << 8 | (bytes[j] & 0xFF);
            }
            h = Long.rotateLeft((h ^ tail) * 0xBF58476D1CE4E5B9L, 31);
        }
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    /**
     * Whether the ids of rows {@code 0..rows-1} rise strictly in the unsigned order of their bytes, which
     * proves them distinct without a table: every segment holding them rises and each begins above the end
     * of the one before (false when a segment does not rise, even if the rows asked for do).
     */
    boolean ascending(int rows) {
        int r = 0;
        for (int s = 0; s < segments.length && r < rows; s++) {
            Segment segment = segments[s];
            if (segment.rows() == 0) {
                continue;
            }
            if (!segment.ascending() || r > 0 && compare(r - 1, r) >= 0) {
                return false;
            }
            r += segment.rows();
        }
        return true;
    }

    /** The unsigned order of the bytes of the ids of two rows. */
    private int compare(int row, int other) {
        int s = segmentOf(row);
        int t = segmentOf(other);
        Segment a = segments[s];
        Segment b = segments[t];
        int k = row - firstRows[s];
        int m = other - firstRows[t];
        return compare(a.bytes, a.start(k), a.end(k), b.bytes, b.start(m), b.end(m));
    }

    /**
     * The unsigned lexicographic order of {@code a[aFrom..aTo)} and {@code b[bFrom..bTo)}, as {@link
     * Arrays#compareUnsigned(byte[], int, int, byte[], int, int)} gives it, eight bytes at a time (the
     * last word, if shorter, read whole where the arrays allow and cut to its bytes): quicker than that for
     * ids of a few bytes.
     */
    static int compare(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        int common = Math.min(aTo - aFrom, bTo - bFrom);
        int k = 0;
        for (; k + 8 <= common; k += 8) {
            long x = (long) BIG_LONGS.get(a, aFrom + k);
            long y = (long) BIG_LONGS.get(b, bFrom + k);
            if (x != y) {
                return Long.compareUnsigned(x, y);
            }
        }
        int rest = common - k;
        if (rest > 0 && aFrom + k + 8 <= a.length && bFrom + k + 8 <= b.length) {
            long x = (long) BIG_LONGS.get(a, aFrom + k) >>> (64 - 8 * rest);
            long y = (long) BIG_LONGS.get(b, bFrom + k) >>> (64 - 8 * rest);
            if (x != y) {
                return Long.compareUnsigned(x, y);
            }
            k = common;
        }
        for (; k < common; k++) {
            int difference = (a[aFrom + k] & 0xFF) - (b[bFrom + k] & 0xFF);
            if (difference != 0) {
                return difference;
            }
        }
        return (aTo - aFrom) - (bTo - bFrom);
    }

    /**
     * The ids of consecutive rows: their bytes back to back, and where each id ends. With {@code width}
     * bytes each, no ends are kept ({@code ends} and {@code nearEnds} null); otherwise the end of each id is
     * kept in two bytes, {@code nearEnds[k]}, counted from {@code bases[k / 256]}, the start of its group of
     * 256 ids, while each group spans less than 64 KiB; else in four, {@code ends[k]}. {@code ascending} when
     * each id is above the one before it in the unsigned order of their bytes.
     */
    record Segment(byte[] bytes, int[] ends, char[] nearEnds, int[] bases, int width, int rows,
            boolean ascending) {

        /** The number of ids whose near ends count from one base, as a power of two. */
        static final int GROUP_BITS = 8;

        int start(int k) {
            return k == 0 ? 0 : end(k - 1);
        }

        int end(int k) {
            if (ends != null) {
                return ends[k];
            }
            return nearEnds != null ? bases[k >>> GROUP_BITS] + nearEnds[k] : (k + 1) * width;
        }

        /** The 64-bit {@link ExamineeIds#hash(byte[], int, int) hash} of the id of row {@code k}. */
        long hash(int k) {
            int start = start(k);
            return ExamineeIds.hash(bytes, start, end(k) - start);
        }
    }

    /** Collects the ids of one segment; not thread-safe. */
    static final class Writer {

        private byte[] bytes;
        private int[] ends;
        private int rows;
        private int used;
        /** Whether every id added is above the one before it in the unsigned order of their bytes. */
        private boolean ascending = true;
        /** Whether every id added has as many bytes as the first. */
        private boolean fixedWidth = true;

        /** A writer sized for about {@code rows} ids of 8 bytes; it grows as needed. */
        Writer(int rows) {
            this.bytes = new byte[Math.max(16, 8 * rows)];
            this.ends = new int[Math.max(2, rows)];
        }

        /** Adds the id of the next row, given as UTF-8 bytes. */
        void add(byte[] src, int from, int length) {
            if (used + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(used + length, bytes.length + (bytes.length >> 1)));
            }
            if (rows == ends.length) {
                ends = Arrays.copyOf(ends, ends.length + (ends.length >> 1));
            }
            if (rows > 0) {
                int last = rows == 1 ? 0 : ends[rows - 2];
                fixedWidth &= used - last == length;
                if (ascending) {
                    ascending = compare(bytes, last, used, src, from, from + length) < 0;
                }
            }
            System.arraycopy(src, from, bytes, used, length);
            used += length;
            ends[rows++] = used;
        }

        /** Adds the id of the next row. */
        void add(String id) {
            byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
            add(utf8, 0, utf8.length);
        }

        /** The number of ids added. */
        int rows() {
            return rows;
        }

        /** The segment of the ids added, in arrays of their exact size. */
        Segment finish() {
            byte[] kept = Arrays.copyOf(bytes, used);
            if (fixedWidth) {
                return new Segment(kept, null, null, null, rows == 0 ? 0 : ends[0], rows, ascending);
            }
            int[] bases = new int[((rows - 1) >>> Segment.GROUP_BITS) + 1];
            char[] nearEnds = new char[rows];
            for (int group = 0; group < bases.length; group++) {
                if (!nearEnds(group, bases, nearEnds)) {
                    return new Segment(kept, Arrays.copyOf(ends, rows), null, null, 0, rows, ascending);
                }
            }
            return new Segment(kept, null, nearEnds, bases, 0, rows, ascending);
        }

        /**
         * Sets the base of a group of ids and their near ends; false if the group spans 64 KiB or more. One
         * call per group, so that the JIT compiles it whole once it is called often rather than the loop over
         * all ids on the stack (docs/scoring.md#whole-process-cact-score).
         */
        private boolean nearEnds(int group, int[] bases, char[] nearEnds) {
            int first = group << Segment.GROUP_BITS;
            int base = first == 0 ? 0 : ends[first - 1];
            bases[group] = base;
            for (int k = first, last = Math.min(rows, first + (1 << Segment.GROUP_BITS)); k < last; k++) {
                int near = ends[k] - base;
                if (near > Character.MAX_VALUE) {
                    return false;
                }
                nearEnds[k] = (char) near;
            }
            return true;
        }
    }
}
