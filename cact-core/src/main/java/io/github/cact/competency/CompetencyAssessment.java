package io.github.cact.competency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a person's ability estimates into a {@link PersonProfile}: a framework, the cut scores of each of
 * its competencies, and a JPM calculator (default {@link JobPersonMatch#defaults()}, no capping).
 *
 * <p>The point level of a competency is the level of θ̂; its level probabilities come from the
 * posterior when the estimate has one, else from N(θ̂, SE²). Levels are taken as independent across
 * competencies for the JPM distribution. Immutable and thread-safe.
 */
public final class CompetencyAssessment {

    private final CompetencyFramework framework;
    private final Map<String, CutScores> cutScores;
    private final JobPersonMatch jpm;

    private CompetencyAssessment(CompetencyFramework framework, Map<String, CutScores> cutScores, JobPersonMatch jpm) {
        this.framework = framework;
        this.cutScores = cutScores;
        this.jpm = jpm;
    }

    /**
     * Creates an assessment with uncapped JPM.
     *
     * @param framework the competencies
     * @param cutScores exactly one per competency of the framework
     * @return the assessment
     * @throws IllegalArgumentException naming a competency without cut scores, an unknown or repeated one
     */
    public static CompetencyAssessment of(CompetencyFramework framework, List<CutScores> cutScores) {
        return of(framework, cutScores, JobPersonMatch.defaults());
    }

    /**
     * Creates an assessment.
     *
     * @param framework the competencies
     * @param cutScores exactly one per competency of the framework
     * @param jpm the JPM calculator (its capping)
     * @return the assessment
     * @throws IllegalArgumentException naming a competency without cut scores, an unknown or repeated one
     */
    public static CompetencyAssessment of(CompetencyFramework framework, List<CutScores> cutScores,
            JobPersonMatch jpm) {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(cutScores, "cutScores");
        Objects.requireNonNull(jpm, "jpm");
        Map<String, CutScores> map = new HashMap<>();
        for (CutScores c : cutScores) {
            if (!framework.contains(c.competency())) {
                throw new IllegalArgumentException("cut scores for unknown competency '" + c.competency()
                        + "'; framework '" + framework.name() + "' has " + String.join(", ", framework.codes()));
            }
            if (map.putIfAbsent(c.competency(), c) != null) {
                throw new IllegalArgumentException("competency '" + c.competency() + "' has cut scores twice");
            }
        }
        for (Competency c : framework.competencies()) {
            if (!map.containsKey(c.code())) {
                throw new IllegalArgumentException("no cut scores for competency '" + c.code() + "' (" + c.nameId()
                        + ")");
            }
        }
        return new CompetencyAssessment(framework, Map.copyOf(map), jpm);
    }

    /**
     * Returns the framework.
     *
     * @return the framework
     */
    public CompetencyFramework framework() {
        return framework;
    }

    /**
     * Returns a competency's cut scores.
     *
     * @param code a competency code
     * @return its cut scores
     * @throws IllegalArgumentException for an unknown code, naming it
     */
    public CutScores cutScores(String code) {
        return cutScores.get(framework.get(code).code());
    }

    /**
     * Builds a person's profile against a position standard.
     *
     * @param examineeId the person's examinee id, carried by the profile
     * @param estimates competency code → estimate, for every competency of the framework and no other
     * @param standard the position's standard, on the same framework
     * @return the profile
     * @throws IllegalArgumentException for a standard on another framework, or a missing or unknown
     *     competency in the estimates, naming it
     */
    public PersonProfile profile(String examineeId, Map<String, CompetencyEstimate> estimates,
            PositionStandard standard) {
        Objects.requireNonNull(examineeId, "examineeId");
        Objects.requireNonNull(estimates, "estimates");
        checkFramework(standard);
        for (String code : estimates.keySet()) {
            if (!framework.contains(code)) {
                throw new IllegalArgumentException("estimate for unknown competency '" + code + "'");
            }
        }
        List<Competency> competencies = framework.competencies();
        double[] theta = new double[competencies.size()];
        double[] se = new double[competencies.size()];
        LevelDistribution[] levels = new LevelDistribution[competencies.size()];
        for (int c = 0; c < theta.length; c++) {
            Competency competency = competencies.get(c);
            CompetencyEstimate e = estimates.get(competency.code());
            if (e == null) {
                throw new IllegalArgumentException("no estimate for competency '" + competency.code() + "' ("
                        + competency.nameId() + ")");
            }
            theta[c] = e.theta();
            se[c] = e.se();
            levels[c] = e.levelProbabilities(cutScores.get(competency.code()));
        }
        return profile(examineeId, theta, se, levels, standard);
    }

    /** Refuses a standard on another framework. */
    void checkFramework(PositionStandard standard) {
        Objects.requireNonNull(standard, "standard");
        if (!standard.framework().equals(framework)) {
            throw new IllegalArgumentException("the standard of position '" + standard.position()
                    + "' is on framework '" + standard.framework().name() + "', not '" + framework.name() + "'");
        }
    }

    /**
     * The profile from each competency's θ̂, SE and level probabilities, in framework order, against a
     * standard on this framework ({@link #checkFramework}).
     */
    PersonProfile profile(String examineeId, double[] theta, double[] se, LevelDistribution[] levelProbabilities,
            PositionStandard standard) {
        List<CompetencyResult> results = new ArrayList<>();
        Map<String, Integer> levels = new LinkedHashMap<>();
        Map<String, LevelDistribution> distributions = new LinkedHashMap<>();
        List<Competency> competencies = framework.competencies();
        for (int c = 0; c < competencies.size(); c++) {
            String code = competencies.get(c).code();
            int level = cutScores.get(code).level(theta[c]);
            LevelDistribution p = levelProbabilities[c];
            results.add(new CompetencyResult(code, theta[c], se[c], level, p, standard.required(code)));
            levels.put(code, level);
            distributions.put(code, p);
        }
        return new PersonProfile(examineeId, standard.position(), results, jpm.evaluate(levels, standard),
                jpm.distribution(distributions, standard));
    }

    @Override
    public String toString() {
        return "CompetencyAssessment[" + framework.name() + ", " + jpm + "]";
    }
}
