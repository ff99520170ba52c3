package io.github.cact.dif;

/** Thrown by a test that cannot give a number for an item; the message is the reason, shown to the user. */
final class Untestable extends Exception {

    private static final long serialVersionUID = 1L;

    Untestable(String reason) {
        super(reason, null, false, false);
    }
}
