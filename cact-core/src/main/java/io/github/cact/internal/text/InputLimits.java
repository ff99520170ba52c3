package io.github.cact.internal.text;

/**
 * The documented bounds of every reader, in one place (listed in {@code docs/data.md}). Each is far
 * above real data and far below what would exhaust memory or the stack; input beyond one is refused
 * with a located {@link io.github.cact.data.DataFormatException}.
 */
public final class InputLimits {

    /** Characters in one CSV record (a physical line, or several joined by a quoted line break): 16 Mi. */
    public static final int MAX_LINE_CHARS = 16 * 1024 * 1024;
    /** Cells in one CSV record. */
    public static final int MAX_COLUMNS = 100_000;
    /** Characters in one CSV cell: 1 Mi. */
    public static final int MAX_CELL_CHARS = 1024 * 1024;
    /** Bytes in one JSON file: 64 MiB. */
    public static final long MAX_JSON_BYTES = 64L * 1024 * 1024;
    /** Nesting depth of JSON arrays and objects (the root value is depth 1). */
    public static final int MAX_JSON_DEPTH = 64;
    /** Characters in one JSON string, keys included: 1 Mi. */
    public static final int MAX_JSON_STRING_CHARS = 1024 * 1024;

    private InputLimits() {
    }
}
