package io.github.cact.server;

import io.github.cact.competency.CompetencyFramework;
import java.util.List;
import java.util.Locale;

/** Request bodies for tests: a 108-item bank over the nine PermenPANRB 38/2017 competencies, and people. */
final class Fixtures {

    static final List<String> CODES = CompetencyFramework.permenPanRb38().codes();
    static final int PER_COMPETENCY = 12;

    private Fixtures() {
    }

    /** 2PL items Q1..Q108, twelve per competency, slopes 0.8..1.9 and thresholds −2..2 in a fixed pattern. */
    static String bank() {
        StringBuilder json = new StringBuilder("{\"items\": [");
        int n = 0;
        for (String code : CODES) {
            for (int k = 0; k < PER_COMPETENCY; k++) {
                double a = 0.8 + 0.1 * ((n * 7) % 12);
                double b = -2 + 4.0 * ((n * 5) % 12) / 11;
                json.append(n == 0 ? "" : ",").append(String.format(Locale.ROOT,
                        "{\"item\": \"Q%d\", \"model\": \"2pl\", \"a\": %s, \"b\": [%s], \"scale\": \"%s\"}",
                        n + 1, a, b, code));
                n++;
            }
        }
        return json.append("]}").toString();
    }

    /** One person's responses to all 108 items: correct on items whose number modulo {@code m} is not 0. */
    static String person(String id, int m) {
        StringBuilder json = new StringBuilder("{\"id\": \"" + id + "\", \"responses\": {");
        for (int i = 1; i <= CODES.size() * PER_COMPETENCY; i++) {
            json.append(i == 1 ? "" : ", ").append("\"Q").append(i).append("\": ").append(i % m == 0 ? 0 : 1);
        }
        return json.append("}}").toString();
    }

    /** The responses of {@link #person} as a pattern in bank order. */
    static int[] pattern(int m) {
        int[] pattern = new int[CODES.size() * PER_COMPETENCY];
        for (int i = 1; i <= pattern.length; i++) {
            pattern[i - 1] = i % m == 0 ? 0 : 1;
        }
        return pattern;
    }
}
