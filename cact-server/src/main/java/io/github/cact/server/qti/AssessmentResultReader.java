package io.github.cact.server.qti;

import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the QTI {@code assessmentResult} of an IMS CAT submitResults request (CAT 1.0 REST/JSON binding
 * of the QTI Results Reporting model) and returns the score of each item result, in order.
 *
 * <p>{@code assessmentResult}: {@code context} ({@code sourcedId}, {@code sessionIdentifiers} of
 * {@code sourceID} and {@code identifier}), {@code testResult} ({@code identifier}, {@code datestamp} and
 * variables) and {@code itemResult}: one or more item results, each with {@code identifier},
 * {@code sequenceIndex}, {@code datestamp}, {@code sessionStatus}, {@code responseVariables},
 * {@code templateVariables}, {@code outcomeVariables} and {@code candidateComment}. An item's score is the
 * single value of its {@code SCORE} outcome variable; cact also takes the shorthand member {@code score}
 * (a JSON number) in its place. Every member is checked; unknown members are refused, so that a
 * misspelt name never passes silently. Only the scores and the candidate ({@link #candidate}: the
 * context's {@code sourcedId}, which links a session to a person for the deletion of their data) are
 * returned: the rest of the context, the responses and the comments are checked and not kept. TAO's CAT client writes the
 * variables of an item result in its own form, {@code variables} ({@link TaoVariables}), also taken.
 */
public final class AssessmentResultReader {

    private static final Set<String> ASSESSMENT_RESULT = Set.of("context", "testResult", "itemResult");
    private static final Set<String> TEST_RESULT = Set.of("identifier", "datestamp", "responseVariables",
            "templateVariables", "outcomeVariables");
    private static final Set<String> ITEM_RESULT = Set.of("identifier", "sequenceIndex", "datestamp", "sessionStatus",
            "responseVariables", "templateVariables", "outcomeVariables", "candidateComment", "score", "variables");
    private static final Set<String> SESSION_STATUS = Set.of("initial", "pendingSubmission",
            "pendingResponseProcessing", "final");

    /** The longest candidate id (the context's sourcedId) taken, the length of a stored person id. */
    public static final int MAX_CANDIDATE = 200;

    private AssessmentResultReader() {
    }

    /**
     * Reads an {@code assessmentResult}.
     *
     * @param assessmentResult the member of the request body
     * @return the score of each item result, in the order given
     * @throws Problem 422 naming the JSON pointer of the first bad member, its value and what was expected
     */
    public static List<ItemScore> read(Field assessmentResult) {
        assessmentResult.allowOnly(ASSESSMENT_RESULT);
        context(assessmentResult.get("context"));
        Field test = assessmentResult.get("testResult");
        if (test.present()) {
            test.allowOnly(TEST_RESULT);
            test.get("identifier").text();
            Members.optionalDateTime(test.get("datestamp"));
            Variables.read(test);
        }
        List<ItemScore> scores = new ArrayList<>();
        int lastIndex = 0;
        for (Field result : assessmentResult.get("itemResult").elements()) {
            result.allowOnly(ITEM_RESULT);
            Field identifier = result.get("identifier");
            String item = identifier.text();
            Field sequenceIndex = result.get("sequenceIndex");
            if (sequenceIndex.present()) {
                int index = sequenceIndex.integer(1, Integer.MAX_VALUE);
                if (index <= lastIndex) {
                    throw Problem.invalidField(sequenceIndex.pointer(), "sequenceIndex " + index + " does not follow "
                            + lastIndex + " of the result before; expected the item results in the order given");
                }
                lastIndex = index;
            }
            Members.optionalDateTime(result.get("datestamp"));
            Field status = result.get("sessionStatus");
            String sessionStatus = Members.optionalChoice(status, SESSION_STATUS);
            if (sessionStatus != null && !sessionStatus.equals("final")) {
                throw Problem.invalidField(status.pointer(), "the item session is '" + sessionStatus + "': its outcomes"
                        + " are not final; expected 'final' (the score after response processing)");
            }
            Members.optionalString(result.get("candidateComment"));
            Optional<Field> outcome = Variables.read(result);
            Optional<Field> tao = TaoVariables.score(result.get("variables"));
            if (outcome.isPresent() && tao.isPresent()) {
                throw Problem.invalidField(result.get("variables").pointer(), "the item result has a score both in"
                        + " outcomeVariables and in variables; expected one of them");
            }
            scores.add(tao.isPresent() ? score(result, tao.get(), item, identifier.pointer())
                    : score(result, outcome, item, identifier.pointer()));
        }
        return scores;
    }

    /**
     * Returns the candidate of an {@code assessmentResult} that {@link #read} accepted: its context's
     * {@code sourcedId}.
     *
     * @param assessmentResult the member of the request body
     * @return the candidate's id, or empty if the context names none
     */
    public static Optional<String> candidate(Field assessmentResult) {
        Field context = assessmentResult.get("context");
        return context.present() ? Optional.ofNullable(context.get("sourcedId").text(null)) : Optional.empty();
    }

    private static void context(Field context) {
        if (!context.present()) {
            return;
        }
        context.allowOnly(Set.of("sourcedId", "sessionIdentifiers"));
        Field sourcedId = context.get("sourcedId");
        String candidate = sourcedId.text(null);
        if (candidate != null && (candidate.isBlank() || candidate.length() > MAX_CANDIDATE)) {
            throw Problem.invalidField(sourcedId.pointer(), "the sourcedId has " + candidate.length()
                    + " characters" + (candidate.isBlank() ? ", all blank" : "") + "; expected the candidate's id, 1.."
                    + MAX_CANDIDATE + " characters, not blank");
        }
        for (Field session : Members.list(context.get("sessionIdentifiers"))) {
            session.allowOnly(Set.of("sourceID", "identifier"));
            BaseType.URI.check(session.get("sourceID"));
            session.get("identifier").text();
        }
    }

    /** The score from TAO's variables: the checked value, or the shorthand if both are given (refused). */
    private static ItemScore score(Field result, Field taoValue, String item, String itemPointer) {
        if (result.get("score").present()) {
            throw Problem.invalidField(result.get("score").pointer(), "the item result has both a score in variables"
                    + " and the shorthand score; expected one of them");
        }
        return new ItemScore(item, itemPointer, Double.parseDouble(taoValue.text()), taoValue.pointer());
    }

    private static ItemScore score(Field result, Optional<Field> outcome, String item, String itemPointer) {
        Field shorthand = result.get("score");
        if (outcome.isPresent() && shorthand.present()) {
            throw Problem.invalidField(shorthand.pointer(), "the item result has both an outcome variable "
                    + Variables.SCORE + " and the shorthand score; expected one of them");
        }
        if (shorthand.present()) {
            return new ItemScore(item, itemPointer, shorthand.number(), shorthand.pointer());
        }
        if (outcome.isEmpty()) {
            throw Problem.invalidField(result.pointer(), "the item result of '" + item + "' has no score; expected an"
                    + " outcome variable " + Variables.SCORE + " (the category of the response), one in TAO's variables,"
                    + " or the shorthand member score");
        }
        Field variable = outcome.get();
        Field cardinality = variable.get("cardinality");
        if (!cardinality.text().equals("single")) {
            throw Problem.invalidField(cardinality.pointer(), "the outcome variable " + Variables.SCORE
                    + " has cardinality " + cardinality.text() + "; expected single");
        }
        Field baseType = variable.get("baseType");
        if (!Set.of("integer", "float").contains(baseType.text())) {
            throw Problem.invalidField(baseType.pointer(), "the outcome variable " + Variables.SCORE + " has baseType "
                    + baseType.text() + "; expected integer or float");
        }
        List<Field> values = Members.list(variable.get("value"));
        if (values.isEmpty()) {
            throw Problem.invalidField(variable.get("value").pointer(), "the outcome variable " + Variables.SCORE
                    + " has no value; expected the item's score");
        }
        Field value = values.get(0).get("value");
        return new ItemScore(item, itemPointer, Double.parseDouble(value.text()), value.pointer());
    }
}
