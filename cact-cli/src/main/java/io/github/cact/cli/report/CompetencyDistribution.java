package io.github.cact.cli.report;

import java.util.Arrays;
import java.util.List;

/**
 * How many people reached each level (1..5) of one competency, against the standard.
 *
 * @param code            the competency code, e.g. {@code M1} or {@code SK1}
 * @param nameId          the Indonesian name, e.g. {@code Integritas}
 * @param nameEn          the English name, e.g. {@code Integrity}
 * @param levelCounts     five counts: people at level 1, 2, 3, 4 and 5
 * @param standardLevel   the standard level 1..5 shared by everyone, or 0 when it varies per position
 * @param meetingStandard how many people reached at least their own standard level
 */
public record CompetencyDistribution(String code, String nameId, String nameEn, List<Integer> levelCounts,
                                     int standardLevel, int meetingStandard) {

    /** Number of competency levels. */
    public static final int LEVELS = 5;

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if there are not five non-negative counts, the standard level is not
     *                                  0..5, or {@code meetingStandard} disagrees with the counts
     */
    public CompetencyDistribution {
        Checks.nonBlank(code, "code");
        Checks.text(nameId, "nameId");
        Checks.text(nameEn, "nameEn");
        levelCounts = Checks.countList(levelCounts, "levelCounts");
        if (levelCounts.size() != LEVELS) {
            throw new IllegalArgumentException(code + ": need " + LEVELS + " level counts, got " + levelCounts.size());
        }
        if (standardLevel < 0 || standardLevel > LEVELS) {
            throw new IllegalArgumentException(code + ": standard level must be 0..5, got " + standardLevel);
        }
        int total = levelCounts.stream().mapToInt(Integer::intValue).sum();
        Checks.nonNegative(meetingStandard, "meetingStandard");
        if (meetingStandard > total) {
            throw new IllegalArgumentException(code + ": " + meetingStandard + " meet the standard but only "
                    + total + " people are counted");
        }
        if (standardLevel > 0 && meetingStandard != atOrAbove(levelCounts, standardLevel)) {
            throw new IllegalArgumentException(code + ": meetingStandard " + meetingStandard
                    + " disagrees with the counts at or above level " + standardLevel);
        }
    }

    /**
     * A distribution where everyone has the same standard level.
     *
     * @param code          the competency code
     * @param nameId        the Indonesian name
     * @param nameEn        the English name
     * @param standardLevel the standard level, 1..5
     * @param levelCounts   five counts, for levels 1..5
     * @return the distribution
     * @throws IllegalArgumentException if the standard level is not 1..5 or the counts are not five
     *                                  non-negative numbers
     */
    public static CompetencyDistribution withStandard(String code, String nameId, String nameEn,
                                                      int standardLevel, int... levelCounts) {
        if (standardLevel < 1) {
            throw new IllegalArgumentException(code + ": standard level must be 1..5, got " + standardLevel);
        }
        List<Integer> counts = Arrays.stream(levelCounts).boxed().toList();
        int meeting = counts.size() == LEVELS && standardLevel <= LEVELS ? atOrAbove(counts, standardLevel) : 0;
        return new CompetencyDistribution(code, nameId, nameEn, counts, standardLevel, meeting);
    }

    /**
     * A distribution over people whose standard level depends on their position.
     *
     * @param code            the competency code
     * @param nameId          the Indonesian name
     * @param nameEn          the English name
     * @param meetingStandard how many people reached at least their own position's standard
     * @param levelCounts     five counts, for levels 1..5
     * @return the distribution
     */
    public static CompetencyDistribution perPosition(String code, String nameId, String nameEn,
                                                     int meetingStandard, int... levelCounts) {
        return new CompetencyDistribution(code, nameId, nameEn, Arrays.stream(levelCounts).boxed().toList(),
                0, meetingStandard);
    }

    /**
     * The number of people counted.
     *
     * @return the sum of the level counts
     */
    public int total() {
        return levelCounts.stream().mapToInt(Integer::intValue).sum();
    }

    private static int atOrAbove(List<Integer> counts, int level) {
        int sum = 0;
        for (int l = level; l <= counts.size(); l++) {
            sum += counts.get(l - 1);
        }
        return sum;
    }
}
