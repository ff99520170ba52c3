package io.github.cact.cli.report;

import java.util.Locale;

/** Escaping and number formatting for the report; everything is locale-independent. */
final class Html {

    private Html() {
    }

    /**
     * Escapes text for element content and quoted attribute values. Characters that neither HTML nor XML 1.0
     * allow (control characters, unpaired surrogates, U+FFFE/U+FFFF) become U+FFFD.
     */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
            }
        }
        return out.toString();
    }

    private static boolean allowed(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return false;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return false;
        }
        return cp != 0xFFFE && cp != 0xFFFF;
    }

    /** A bilingual label: Indonesian, then English in smaller text (omitted when empty). */
    static String bi(String indonesian, String english) {
        String id = esc(indonesian);
        return english.isEmpty() ? id : id + " <small class=\"en\">" + esc(english) + "</small>";
    }

    /** Fixed decimals, {@link Locale#ROOT}, never "-0". */
    static String num(double value, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9')) {
            return s.substring(1);
        }
        return s;
    }

    /** Fixed decimals or a dash for NaN. */
    static String numOrDash(double value, int decimals) {
        return Double.isNaN(value) ? "–" : num(value, decimals);
    }

    /** A percentage of a proportion, e.g. 0.8312 → "83.1 %" (narrow no-break space). */
    static String pct(double proportion) {
        return num(100.0 * proportion, 1) + "\u202f%";
    }

    /** A share {@code part / whole} as a percentage, 0 when the whole is 0. */
    static String share(int part, int whole) {
        return pct(whole == 0 ? 0.0 : (double) part / whole);
    }
}
