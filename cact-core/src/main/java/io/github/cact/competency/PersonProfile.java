package io.github.cact.competency;

import io.github.cact.scoring.DiscreteDistribution;
import java.util.List;
import java.util.Objects;

/**
 * A person's competency profile against a position, under the person's examinee id: per competency θ̂, SE, level, level probabilities,
 * P(level ≥ standard) and gap; the point JPM of the point levels with IKK and categories; and the JPM
 * distribution given measurement error, with expected JPM and category probabilities.
 *
 * @param examineeId the examinee id, as in the response matrix
 * @param position the position key
 * @param competencies one result per competency, in framework order
 * @param jpm the point JPM from the point levels
 * @param jpmDistribution the JPM distribution from the level probabilities
 */
public record PersonProfile(String examineeId, String position, List<CompetencyResult> competencies, JpmResult jpm,
        DiscreteDistribution jpmDistribution) {

    /**
     * Validates and copies the fields.
     *
     * @param examineeId the examinee id
     * @param position the position key
     * @param competencies the per-competency results; copied
     * @param jpm the point JPM
     * @param jpmDistribution the JPM distribution
     * @throws IllegalArgumentException for no competency
     */
    public PersonProfile {
        Objects.requireNonNull(examineeId, "examineeId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(jpm, "jpm");
        Objects.requireNonNull(jpmDistribution, "jpmDistribution");
        competencies = List.copyOf(competencies);
        if (competencies.isEmpty()) {
            throw new IllegalArgumentException("the profile of examinee '" + examineeId + "' against position '" + position
                    + "' has no competency");
        }
    }

    /**
     * Looks one competency up.
     *
     * @param code the competency code
     * @return its result
     * @throws IllegalArgumentException for a code not in the profile, naming it
     */
    public CompetencyResult competency(String code) {
        Objects.requireNonNull(code, "code");
        for (CompetencyResult r : competencies) {
            if (r.competency().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("the profile has no competency '" + code + "'");
    }
}
