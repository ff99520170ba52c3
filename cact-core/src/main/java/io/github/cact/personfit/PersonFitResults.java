package io.github.cact.personfit;

import io.github.cact.scoring.ScoringMethod;
import java.util.List;
import java.util.Objects;

/**
 * The person fit of a batch, in the order of the examinees of the input, with their ids and the
 * scoring method whose θ the statistics are evaluated at. Immutable and thread-safe.
 */
public final class PersonFitResults {

    private final ScoringMethod method;
    private final List<String> examineeIds;
    private final List<PersonFitResult> results;

    PersonFitResults(ScoringMethod method, List<String> examineeIds, List<PersonFitResult> results) {
        this.method = method;
        this.examineeIds = List.copyOf(examineeIds);
        this.results = List.copyOf(results);
    }

    /**
     * Returns the scoring method of the θ estimates (and so of the l<sub>z</sub>* correction).
     *
     * @return the method
     */
    public ScoringMethod method() {
        return method;
    }

    /**
     * Returns the number of examinees.
     *
     * @return N, possibly 0
     */
    public int size() {
        return results.size();
    }

    /**
     * Returns an examinee's id.
     *
     * @param n 0-based row
     * @return the id
     * @throws IndexOutOfBoundsException if n is out of range
     */
    public String examineeId(int n) {
        return examineeIds.get(n);
    }

    /**
     * Returns the examinee ids in order.
     *
     * @return an unmodifiable list
     */
    public List<String> examineeIds() {
        return examineeIds;
    }

    /**
     * Returns an examinee's person fit.
     *
     * @param n 0-based row
     * @return the result
     * @throws IndexOutOfBoundsException if n is out of range
     */
    public PersonFitResult result(int n) {
        return results.get(n);
    }

    /**
     * Returns every examinee's person fit in order.
     *
     * @return an unmodifiable list
     */
    public List<PersonFitResult> results() {
        return results;
    }

    /**
     * Counts the examinees with a flag.
     *
     * @param flag the flag
     * @return how many rows have it
     */
    public int count(PersonFitFlag flag) {
        Objects.requireNonNull(flag, "flag");
        int count = 0;
        for (PersonFitResult result : results) {
            if (result.flag() == flag) {
                count++;
            }
        }
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonFitResults other && method == other.method
                && examineeIds.equals(other.examineeIds) && results.equals(other.results);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, examineeIds, results);
    }

    /**
     * Describes the size only, never ids or statistics.
     *
     * @return e.g. {@code PersonFitResults[eap, 1000 examinees]}
     */
    @Override
    public String toString() {
        return "PersonFitResults[" + method.code() + ", " + results.size() + " examinees]";
    }
}
