package io.github.cact.server;

import io.github.cact.competency.CompetencyFramework;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Request bodies for tests: a 108-item bank over the nine PermenPANRB 38/2017 competencies, and people. */
final class Fixtures {

    static final List<String> CODES = CompetencyFramework.permenPanRb38().codes();
    static final int PER_COMPETENCY = 12;

    private Fixtures() {
    }

    /**
     * The 108-item 2PL bank of the README and the load test ({@code load/bank-108.json}): Q1..Q108, twelve
     * per competency in the framework's order.
     */
    static String bank() {
        try {
            return Files.readString(Path.of("load", "bank-108.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
