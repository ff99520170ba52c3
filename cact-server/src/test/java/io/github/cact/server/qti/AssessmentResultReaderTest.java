package io.github.cact.server.qti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The QTI assessmentResult of IMS CAT submitResults: full documents with every member of the model are
 * read to the score of each item, and each malformed variant is refused with the JSON pointer of the
 * member at fault and what was expected.
 */
class AssessmentResultReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A full document: context, test result and three item results (SCORE float, SCORE integer, shorthand). */
    static final String FULL = """
            {"assessmentResult": {
              "context": {"sourcedId": "candidate-7",
                "sessionIdentifiers": [{"sourceID": "https://delivery.example/sessions", "identifier": "s-1"}]},
              "testResult": {"identifier": "section-A", "datestamp": "2026-11-29T10:15:30Z",
                "responseVariables": [],
                "outcomeVariables": [{"identifier": "completionStatus", "cardinality": "single",
                  "baseType": "identifier", "value": [{"value": "incomplete"}]}]},
              "itemResult": [
                {"identifier": "Q17", "sequenceIndex": 1, "datestamp": "2026-11-29T10:15:30+07:00",
                 "sessionStatus": "final",
                 "responseVariables": [
                   {"identifier": "RESPONSE", "cardinality": "single", "baseType": "identifier",
                    "choiceSequence": ["A", "B", "C"],
                    "correctResponse": {"interpretation": "A is right", "value": [{"value": "A"}]},
                    "candidateResponse": {"value": [{"value": "B", "baseType": "identifier"}]}},
                   {"identifier": "numAttempts", "cardinality": "single", "baseType": "integer",
                    "candidateResponse": {"value": [{"value": "1"}]}},
                   {"identifier": "duration", "cardinality": "single", "baseType": "duration",
                    "candidateResponse": {"value": [{"value": "12.5"}]}},
                   {"identifier": "SKIPPED", "cardinality": "multiple", "baseType": "string",
                    "candidateResponse": {"value": []}}],
                 "templateVariables": [{"identifier": "T", "cardinality": "multiple", "baseType": "float",
                   "value": [{"value": "0.5"}, {"value": "-1e3"}]}],
                 "outcomeVariables": [
                   {"identifier": "SCORE", "cardinality": "single", "baseType": "float", "view": ["candidate", "scorer"],
                    "interpretation": "raw", "longInterpretation": "https://example.org/score",
                    "normalMinimum": 0, "normalMaximum": 1, "masteryValue": 1, "value": [{"value": "1.0"}]},
                   {"identifier": "completionStatus", "cardinality": "single", "baseType": "identifier",
                    "value": [{"value": "completed"}]},
                   {"identifier": "FEEDBACK", "cardinality": "record", "value": [
                     {"fieldIdentifier": "shown", "baseType": "boolean", "value": "true"},
                     {"fieldIdentifier": "at", "baseType": "point", "value": "3 4"},
                     {"fieldIdentifier": "arrow", "baseType": "directedPair", "value": "A B"},
                     {"fieldIdentifier": "match", "baseType": "pair", "value": "C D"},
                     {"fieldIdentifier": "link", "baseType": "uri", "value": "https://example.org/x"},
                     {"fieldIdentifier": "upload", "baseType": "file", "value": "x"},
                     {"fieldIdentifier": "note", "baseType": "string", "value": ""},
                     {"fieldIdentifier": "took", "baseType": "duration", "value": "PT1M30S"}]}],
                 "candidateComment": "unsure"},
                {"identifier": "Q5", "sequenceIndex": 2, "datestamp": "2026-11-29T10:16:02", "sessionStatus": "final",
                 "responseVariables": [{"identifier": "RESPONSE", "cardinality": "ordered", "baseType": "identifier",
                   "candidateResponse": {"value": [{"value": "C"}, {"value": "A"}]}}],
                 "outcomeVariables": [{"identifier": "SCORE", "cardinality": "single", "baseType": "integer",
                   "value": [{"value": "0"}]}]},
                {"identifier": "Q9", "score": 2}]}}
            """;

    private static List<ItemScore> read(String json) throws Exception {
        return AssessmentResultReader.read(new Field("", JSON.readTree(json)).get("assessmentResult"));
    }

    @Test
    void aFullDocumentGivesTheScoreOfEachItemInOrder() throws Exception {
        String results = "/assessmentResult/itemResult/";
        assertEquals(List.of(
                new ItemScore("Q17", results + "0/identifier", 1.0, results + "0/outcomeVariables/0/value/0/value"),
                new ItemScore("Q5", results + "1/identifier", 0.0, results + "1/outcomeVariables/0/value/0/value"),
                new ItemScore("Q9", results + "2/identifier", 2.0, results + "2/score")), read(FULL));
    }

    @Test
    void theSmallestDocumentIsOneItemWithItsScore() throws Exception {
        assertEquals(List.of(new ItemScore("Q1", "/assessmentResult/itemResult/0/identifier", 1.0,
                "/assessmentResult/itemResult/0/outcomeVariables/0/value/0/value")),
                read(item("\"outcomeVariables\": [" + score("\"integer\"", "[{\"value\": \"1\"}]") + "]")));
    }

    /** The form TAO's CAT client writes: {@code variables} with a variable type and {@code valueString}s. */
    static final String TAO = """
            {"assessmentResult": {"context": {"sourcedId": null, "sessionIdentifiers": []},
              "itemResult": [
                {"identifier": "item-1", "variables": [
                  {"identifier": "SCORE", "variableType": "outcome", "values": [{"baseType": "float", "valueString": 1}]},
                  {"identifier": "RESPONSE", "variableType": "response",
                   "values": [{"baseType": "identifier", "valueString": "choice_2"}]}]},
                {"identifier": "item-2", "variables": [
                  {"identifier": "score", "values": [{"baseType": "integer", "valueString": "0"}]}]}]},
             "sessionState": "abc"}
            """;

    @Test
    void taosFormGivesTheScoreOfEachItem() throws Exception {
        String results = "/assessmentResult/itemResult/";
        assertEquals(List.of(
                new ItemScore("item-1", results + "0/identifier", 1.0, results + "0/variables/0/values/0/valueString"),
                new ItemScore("item-2", results + "1/identifier", 0.0, results + "1/variables/0/values/0/valueString")),
                read(TAO));
    }

    /** One item result {@code {"identifier": "Q1", <members>}}. */
    private static String item(String members) {
        return "{\"assessmentResult\": {\"itemResult\": [{\"identifier\": \"Q1\", " + members + "}]}}";
    }

    /** A SCORE outcome variable with a base type and values. */
    private static String score(String baseType, String values) {
        return "{\"identifier\": \"SCORE\", \"cardinality\": \"single\", \"baseType\": " + baseType + ", \"value\": "
                + values + "}";
    }

    /** An item with the score 1 and one more variable of the given kind. */
    private static String with(String kind, String variable) {
        String scoreOutcome = score("\"integer\"", "[{\"value\": \"1\"}]");
        return kind.equals("outcomeVariables")
                ? item("\"outcomeVariables\": [" + scoreOutcome + ", " + variable + "]")
                : item("\"outcomeVariables\": [" + scoreOutcome + "], \"" + kind + "\": [" + variable + "]");
    }

    private static String response(String members) {
        return "{\"identifier\": \"RESPONSE\", " + members + "}";
    }

    static Stream<Arguments> malformed() {
        String first = "/assessmentResult/itemResult/0";
        String scoreAt = first + "/outcomeVariables/0";
        String extra = first + "/outcomeVariables/1";
        String responseAt = first + "/responseVariables/0";
        String okScore = "\"outcomeVariables\": [" + score("\"integer\"", "[{\"value\": \"1\"}]") + "]";
        return Stream.of(
                Arguments.of("{\"assessmentResult\": {\"itemResults\": []}}", "/assessmentResult/itemResults",
                        "unknown member 'itemResults'"),
                Arguments.of("{\"assessmentResult\": {}}", "/assessmentResult/itemResult", "expected an array"),
                Arguments.of("{\"assessmentResult\": {\"itemResult\": []}}", "/assessmentResult/itemResult", "empty"),
                Arguments.of("{\"assessmentResult\": {\"itemResult\": [{\"score\": 1}]}}", first + "/identifier",
                        "expected a string"),
                Arguments.of(item("\"outcomeVariable\": []"), first + "/outcomeVariable", "unknown member 'outcomeVariable'"),
                Arguments.of(item("\"sequenceIndex\": 0, \"score\": 1"), first + "/sequenceIndex", "outside 1.."),
                Arguments.of("{\"assessmentResult\": {\"itemResult\": [{\"identifier\": \"Q1\", \"sequenceIndex\": 2,"
                        + " \"score\": 1}, {\"identifier\": \"Q2\", \"sequenceIndex\": 2, \"score\": 0}]}}",
                        "/assessmentResult/itemResult/1/sequenceIndex", "does not follow 2"),
                Arguments.of(item("\"datestamp\": \"yesterday\", \"score\": 1"), first + "/datestamp", "not a date-time"),
                Arguments.of(item("\"sessionStatus\": \"pendingResponseProcessing\", \"score\": 1"),
                        first + "/sessionStatus", "not final"),
                Arguments.of(item("\"sessionStatus\": \"done\", \"score\": 1"), first + "/sessionStatus",
                        "unknown value 'done'"),
                Arguments.of(item("\"candidateComment\": 3, \"score\": 1"), first + "/candidateComment", "expected a string"),
                Arguments.of(item("\"responseVariables\": []"), first, "has no score"),
                Arguments.of(item(okScore + ", \"score\": 1"), first + "/score", "both"),
                Arguments.of(item("\"score\": \"1\""), first + "/score", "expected a number"),
                Arguments.of(item("\"outcomeVariables\": [{\"identifier\": \"SCORE\", \"cardinality\": \"multiple\","
                        + " \"baseType\": \"integer\", \"value\": [{\"value\": \"1\"}]}]"), scoreAt + "/cardinality",
                        "expected single"),
                Arguments.of(item("\"outcomeVariables\": [" + score("\"string\"", "[{\"value\": \"1\"}]") + "]"),
                        scoreAt + "/baseType", "expected integer or float"),
                Arguments.of(item("\"outcomeVariables\": [" + score("\"integer\"", "[]") + "]"), scoreAt + "/value",
                        "has no value"),
                Arguments.of(item("\"outcomeVariables\": [" + score("\"integer\"", "[{\"value\": \"one\"}]") + "]"),
                        scoreAt + "/value/0/value", "not of baseType integer"),
                Arguments.of(item("\"outcomeVariables\": [" + score("\"integer\"", "[{\"value\": 1}]") + "]"),
                        scoreAt + "/value/0/value", "expected a string"),
                Arguments.of(item("\"outcomeVariables\": [" + score("\"integer\"", "[{\"value\": \"1\"}, {\"value\": \"0\"}]")
                        + "]"), scoreAt + "/value/1", "expected at most one"),
                Arguments.of(item("\"outcomeVariables\": [" + score("\"integer\"", "[{\"value\": \"1\", \"valu\": 2}]") + "]"),
                        scoreAt + "/value/0/valu", "unknown member 'valu'"),
                Arguments.of(item("\"outcomeVariables\": [" + score("\"int\"", "[{\"value\": \"1\"}]") + "]"),
                        scoreAt + "/baseType", "unknown baseType 'int'"),
                Arguments.of(with("outcomeVariables", "{\"identifier\": \"X\", \"cardinality\": \"many\", \"baseType\":"
                        + " \"integer\"}"), extra + "/cardinality", "unknown cardinality 'many'"),
                Arguments.of(with("outcomeVariables", "{\"identifier\": \"X\", \"cardinality\": \"single\"}"),
                        extra + "/baseType", "required unless the cardinality is record"),
                Arguments.of(with("outcomeVariables", "{\"identifier\": \"X\", \"cardinality\": \"record\", \"baseType\":"
                        + " \"integer\"}"), extra + "/baseType", "record variable has no baseType"),
                Arguments.of(with("outcomeVariables", "{\"identifier\": \"X\", \"cardinality\": \"record\", \"value\":"
                        + " [{\"baseType\": \"integer\", \"value\": \"1\"}]}"), extra + "/value/0/fieldIdentifier",
                        "expected a string"),
                Arguments.of(with("outcomeVariables", "{\"identifier\": \"X\", \"cardinality\": \"record\", \"value\":"
                        + " [{\"fieldIdentifier\": \"f\", \"value\": \"1\"}]}"), extra + "/value/0/baseType",
                        "each value of a record names its own"),
                Arguments.of(with("outcomeVariables", "{\"identifier\": \"X\", \"cardinality\": \"record\", \"value\":"
                        + " [{\"fieldIdentifier\": \"f\", \"baseType\": \"integer\", \"value\": \"1\"}, {\"fieldIdentifier\":"
                        + " \"f\", \"baseType\": \"string\", \"value\": \"a\"}]}"), extra + "/value/1/fieldIdentifier",
                        "given twice"),
                Arguments.of(with("outcomeVariables", "{\"identifier\": \"X\", \"cardinality\": \"single\", \"baseType\":"
                        + " \"integer\", \"value\": [{\"fieldIdentifier\": \"f\", \"value\": \"1\"}]}"),
                        extra + "/value/0/fieldIdentifier", "belongs to the values of a record"),
                Arguments.of(with("outcomeVariables", "{\"identifier\": \"X\", \"cardinality\": \"single\", \"baseType\":"
                        + " \"integer\", \"value\": [{\"baseType\": \"float\", \"value\": \"1\"}]}"),
                        extra + "/value/0/baseType", "differs from the variable's integer"),
                Arguments.of(with("outcomeVariables", "{\"identifier\": \"SCORE\", \"cardinality\": \"single\","
                        + " \"baseType\": \"integer\"}"), extra + "/identifier", "declared twice"),
                Arguments.of(with("responseVariables", response("\"cardinality\": \"single\", \"baseType\": \"identifier\","
                        + " \"candidateResponse\": {}}, {\"identifier\": \"RESPONSE\", \"cardinality\": \"single\","
                        + " \"baseType\": \"identifier\", \"candidateResponse\": {}")),
                        first + "/responseVariables/1/identifier", "declared twice"),
                Arguments.of(with("outcomeVariables", "{\"identifier\": \"1st\", \"cardinality\": \"single\", \"baseType\":"
                        + " \"integer\"}"), extra + "/identifier", "not a QTI identifier"),
                Arguments.of(with("responseVariables", response("\"cardinality\": \"single\", \"baseType\": \"identifier\"")),
                        responseAt + "/candidateResponse", "expected an object"),
                Arguments.of(with("responseVariables", response("\"cardinality\": \"single\", \"baseType\": \"identifier\","
                        + " \"candidateResponse\": {\"values\": []}")), responseAt + "/candidateResponse/values",
                        "unknown member 'values'"),
                Arguments.of(with("responseVariables", response("\"cardinality\": \"single\", \"baseType\": \"identifier\","
                        + " \"correctResponse\": {\"value\": []}, \"candidateResponse\": {}")),
                        responseAt + "/correctResponse/value", "empty"),
                Arguments.of(with("responseVariables", response("\"cardinality\": \"multiple\", \"baseType\": \"identifier\","
                        + " \"choiceSequence\": [\"a b\"], \"candidateResponse\": {}")), responseAt + "/choiceSequence/0",
                        "not a QTI identifier"),
                Arguments.of(with("responseVariables", "{\"identifier\": \"R\"}"), responseAt + "/cardinality",
                        "expected a string"),
                Arguments.of(item(okScore + ", \"responseVariables\": {}"), first + "/responseVariables", "expected an array"),
                Arguments.of(with("outcomeVariables", "{\"identifier\": \"X\", \"cardinality\": \"single\", \"baseType\":"
                        + " \"integer\", \"view\": [\"student\"]}"), extra + "/view/0", "unknown value 'student'"),
                Arguments.of(with("outcomeVariables", "{\"identifier\": \"X\", \"cardinality\": \"single\", \"baseType\":"
                        + " \"integer\", \"longInterpretation\": \"not a uri\"}"), extra + "/longInterpretation",
                        "not of baseType uri"),
                Arguments.of(with("outcomeVariables", "{\"identifier\": \"X\", \"cardinality\": \"single\", \"baseType\":"
                        + " \"integer\", \"normalMinimum\": 2, \"normalMaximum\": 1}"), extra + "/normalMinimum",
                        "above normalMaximum"),
                Arguments.of(with("outcomeVariables", "{\"identifier\": \"X\", \"cardinality\": \"single\", \"baseType\":"
                        + " \"integer\", \"masteryValue\": \"high\"}"), extra + "/masteryValue", "expected a number"),
                Arguments.of(with("templateVariables", value("point", "3")), first + "/templateVariables/0/value/0/value",
                        "not of baseType point"),
                Arguments.of(with("templateVariables", value("boolean", "yes")),
                        first + "/templateVariables/0/value/0/value", "not of baseType boolean"),
                Arguments.of(with("templateVariables", value("float", "NaN")), first + "/templateVariables/0/value/0/value",
                        "not of baseType float"),
                Arguments.of(with("templateVariables", value("integer", "99999999999")),
                        first + "/templateVariables/0/value/0/value", "not of baseType integer"),
                Arguments.of(with("templateVariables", value("pair", "A")), first + "/templateVariables/0/value/0/value",
                        "not of baseType pair"),
                Arguments.of(with("templateVariables", value("duration", "-3")),
                        first + "/templateVariables/0/value/0/value", "not of baseType duration"),
                Arguments.of(with("templateVariables", value("identifier", "")),
                        first + "/templateVariables/0/value/0/value", "not of baseType identifier"),
                Arguments.of(item("\"variables\": [{\"identifier\": \"SCORE\", \"variableType\": \"result\","
                        + " \"values\": []}]"), first + "/variables/0/variableType", "unknown value 'result'"),
                Arguments.of(item("\"variables\": [{\"identifier\": \"SCORE\", \"values\": [{\"baseType\": \"float\","
                        + " \"valueString\": 1}, {\"baseType\": \"float\", \"valueString\": 0}]}]"), first + "/variables/0/values",
                        "expected one, the item's score"),
                Arguments.of(item("\"variables\": [{\"identifier\": \"SCORE\", \"values\": [{\"baseType\": \"float\","
                        + " \"valueString\": \"x\"}]}]"), first + "/variables/0/values/0/valueString", "not of baseType float"),
                Arguments.of(item("\"variables\": [{\"identifier\": \"SCORE\", \"values\": [{\"baseType\": \"string\","
                        + " \"valueString\": \"1\"}]}]"), first + "/variables/0/values/0/baseType", "expected integer or float"),
                Arguments.of(item(okScore + ", \"variables\": [{\"identifier\": \"SCORE\", \"values\": [{\"baseType\":"
                        + " \"integer\", \"valueString\": 1}]}]"), first + "/variables", "both in outcomeVariables and in variables"),
                Arguments.of(item("\"score\": 1, \"variables\": [{\"identifier\": \"SCORE\", \"values\": [{\"baseType\":"
                        + " \"integer\", \"valueString\": 1}]}]"), first + "/score", "both a score in variables"),
                Arguments.of(item("\"score\": 1, \"variables\": [{\"identifier\": \"R\", \"values\": []},"
                        + " {\"identifier\": \"R\", \"values\": []}]"), first + "/variables/1/identifier", "declared twice"),
                Arguments.of("{\"assessmentResult\": {\"context\": {\"sourcedID\": \"x\"}, \"itemResult\": [{\"identifier\":"
                        + " \"Q1\", \"score\": 1}]}}", "/assessmentResult/context/sourcedID", "unknown member 'sourcedID'"),
                Arguments.of("{\"assessmentResult\": {\"context\": {\"sessionIdentifiers\": [{\"sourceID\": \"\","
                        + " \"identifier\": \"s\"}]}, \"itemResult\": [{\"identifier\": \"Q1\", \"score\": 1}]}}",
                        "/assessmentResult/context/sessionIdentifiers/0/sourceID", "not of baseType uri"),
                Arguments.of("{\"assessmentResult\": {\"context\": {\"sessionIdentifiers\": [{\"sourceID\": \"urn:x\"}]},"
                        + " \"itemResult\": [{\"identifier\": \"Q1\", \"score\": 1}]}}",
                        "/assessmentResult/context/sessionIdentifiers/0/identifier", "expected a string"),
                Arguments.of("{\"assessmentResult\": {\"testResult\": {\"datestamp\": \"2026-11-29T10:15:30Z\"},"
                        + " \"itemResult\": [{\"identifier\": \"Q1\", \"score\": 1}]}}", "/assessmentResult/testResult/identifier",
                        "expected a string"),
                Arguments.of("{\"assessmentResult\": {\"testResult\": {\"identifier\": \"t\", \"outcomeVariables\":"
                        + " [{\"identifier\": \"X\", \"cardinality\": \"single\", \"baseType\": \"float\", \"value\":"
                        + " [{\"value\": \"x\"}]}]}, \"itemResult\": [{\"identifier\": \"Q1\", \"score\": 1}]}}",
                        "/assessmentResult/testResult/outcomeVariables/0/value/0/value", "not of baseType float"));
    }

    private static String value(String baseType, String value) {
        return "{\"identifier\": \"T\", \"cardinality\": \"single\", \"baseType\": \"" + baseType + "\", \"value\":"
                + " [{\"value\": \"" + value + "\"}]}";
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedDocumentIsRefusedAtItsPointer(String json, String pointer, String detail) {
        Problem problem = assertThrows(Problem.class, () -> read(json));
        assertEquals(422, problem.status());
        assertEquals(pointer, problem.pointer(), problem.getMessage());
        assertTrue(problem.getMessage().contains(detail), problem.getMessage());
    }
}
