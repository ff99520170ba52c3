package io.github.cact.ninebox;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/** Parsing of enum names as written in files: case-insensitive, blanks and hyphens allowed. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code, String what) {
        Objects.requireNonNull(code, "code");
        String wanted = code.strip().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + code + "'; expected one of "
                + Arrays.toString(type.getEnumConstants()));
    }
}
