package io.github.cact.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn in place, shown only when the command runs in a terminal
 * (a console is attached) and {@code --quiet} is off; otherwise every call does nothing, so that
 * scripts and log files get plain output.
 */
final class Progress implements AutoCloseable {

    private static final int WIDTH = 30;
    /** The detail text is padded to this many characters, so that a shorter one wipes a longer one. */
    private static final int DETAIL = 48;

    private final PrintWriter err;
    private final String label;
    private final boolean active;

    private Progress(PrintWriter err, String label, boolean active) {
        this.err = err;
        this.label = label;
        this.active = active;
    }

    static Progress start(PrintWriter err, String label, Quiet quiet) {
        return new Progress(err, label, !quiet.on() && System.console() != null);
    }

    boolean active() {
        return active;
    }

    void update(long done, long total, String detail) {
        if (!active) {
            return;
        }
        int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, WIDTH * done / total);
        err.printf(Locale.ROOT, "\r%s [%s%s] %3d%% %-" + DETAIL + "s", label, "#".repeat(filled),
                " ".repeat(WIDTH - filled), total <= 0 ? 0 : 100 * done / total, detail);
        err.flush();
    }

    @Override
    public void close() {
        if (active) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + DETAIL + 8) + "\r");
            err.flush();
        }
    }
}
