package io.github.cact.server.qti;

import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the variables of an item or test result (QTI Results Reporting, CAT REST/JSON binding): the
 * {@code responseVariables}, {@code templateVariables} and {@code outcomeVariables} arrays. Every member is
 * checked (names, cardinality, base type, each value's form), and a variable identifier may be declared
 * once per result.
 */
final class Variables {

    /** The name of the outcome variable that holds an item's score (the QTI convention). */
    static final String SCORE = "SCORE";

    private static final Set<String> RESPONSE = Set.of("identifier", "cardinality", "baseType", "choiceSequence",
            "correctResponse", "candidateResponse");
    private static final Set<String> TEMPLATE = Set.of("identifier", "cardinality", "baseType", "value");
    private static final Set<String> OUTCOME = Set.of("identifier", "cardinality", "baseType", "view",
            "interpretation", "longInterpretation", "normalMaximum", "normalMinimum", "masteryValue", "value");
    private static final Set<String> VIEWS = Set.of("author", "candidate", "proctor", "scorer", "testConstructor",
            "tutor");
    private static final Set<String> VALUE = Set.of("value", "fieldIdentifier", "baseType");

    private Variables() {
    }

    /**
     * Checks every variable of a result and returns its {@code SCORE} outcome variable, if declared.
     *
     * @param result an item or test result object
     * @return the SCORE outcome variable
     */
    static Optional<Field> read(Field result) {
        Map<String, String> declared = new HashMap<>();
        for (Field variable : Members.list(result.get("responseVariables"))) {
            variable.allowOnly(RESPONSE);
            Declaration d = declaration(variable, declared);
            for (Field choice : Members.list(variable.get("choiceSequence"))) {
                Members.identifier(choice);
            }
            Field correct = variable.get("correctResponse");
            if (correct.present()) {
                correct.allowOnly(Set.of("interpretation", "value"));
                Members.optionalString(correct.get("interpretation"));
                values(correct.get("value").elements(), d);
            }
            Field candidate = variable.get("candidateResponse");
            candidate.allowOnly(Set.of("value"));
            values(Members.list(candidate.get("value")), d);
        }
        for (Field variable : Members.list(result.get("templateVariables"))) {
            variable.allowOnly(TEMPLATE);
            values(Members.list(variable.get("value")), declaration(variable, declared));
        }
        Field score = null;
        for (Field variable : Members.list(result.get("outcomeVariables"))) {
            variable.allowOnly(OUTCOME);
            Declaration d = declaration(variable, declared);
            for (Field view : Members.list(variable.get("view"))) {
                Members.choice(view, VIEWS);
            }
            Members.optionalString(variable.get("interpretation"));
            Field longInterpretation = variable.get("longInterpretation");
            if (longInterpretation.present()) {
                BaseType.URI.check(longInterpretation);
            }
            Double minimum = optionalNumber(variable.get("normalMinimum"));
            Double maximum = optionalNumber(variable.get("normalMaximum"));
            if (minimum != null && maximum != null && minimum > maximum) {
                throw Problem.invalidField(variable.get("normalMinimum").pointer(), "normalMinimum " + minimum
                        + " is above normalMaximum " + maximum);
            }
            optionalNumber(variable.get("masteryValue"));
            values(Members.list(variable.get("value")), d);
            if (d.identifier().equals(SCORE)) {
                score = variable;
            }
        }
        return Optional.ofNullable(score);
    }

    /** A variable's identifier, cardinality and base type (null for a record). */
    private record Declaration(String identifier, Cardinality cardinality, BaseType baseType) {
    }

    private static Declaration declaration(Field variable, Map<String, String> declared) {
        Field id = variable.get("identifier");
        String identifier = Members.identifier(id);
        String earlier = declared.putIfAbsent(identifier, id.pointer());
        if (earlier != null) {
            throw Problem.invalidField(id.pointer(), "the variable '" + identifier + "' is declared twice in this result"
                    + " (also at " + earlier + ")");
        }
        Cardinality cardinality = Cardinality.of(variable.get("cardinality"));
        Field baseType = variable.get("baseType");
        if (cardinality == Cardinality.RECORD) {
            if (baseType.present()) {
                throw Problem.invalidField(baseType.pointer(), "a record variable has no baseType of its own;"
                        + " each of its values names its baseType");
            }
            return new Declaration(identifier, cardinality, null);
        }
        if (!baseType.present()) {
            throw baseType.expected("a baseType (required unless the cardinality is record)");
        }
        return new Declaration(identifier, cardinality, BaseType.of(baseType));
    }

    private static void values(List<Field> values, Declaration d) {
        if (d.cardinality() == Cardinality.SINGLE && values.size() > 1) {
            throw Problem.invalidField(values.get(1).pointer(), "the variable '" + d.identifier() + "' has cardinality"
                    + " single and " + values.size() + " values; expected at most one");
        }
        Map<String, String> fields = new HashMap<>();
        for (Field value : values) {
            value.allowOnly(VALUE);
            Field fieldIdentifier = value.get("fieldIdentifier");
            Field baseType = value.get("baseType");
            BaseType type;
            if (d.cardinality() == Cardinality.RECORD) {
                String name = Members.identifier(fieldIdentifier);
                String earlier = fields.putIfAbsent(name, fieldIdentifier.pointer());
                if (earlier != null) {
                    throw Problem.invalidField(fieldIdentifier.pointer(), "the record field '" + name
                            + "' is given twice (also at " + earlier + ")");
                }
                if (!baseType.present()) {
                    throw baseType.expected("the field's baseType (each value of a record names its own)");
                }
                type = BaseType.of(baseType);
            } else {
                if (fieldIdentifier.present()) {
                    throw Problem.invalidField(fieldIdentifier.pointer(), "a fieldIdentifier belongs to the values of"
                            + " a record variable; '" + d.identifier() + "' has cardinality " + d.cardinality().label());
                }
                type = d.baseType();
                if (baseType.present() && BaseType.of(baseType) != type) {
                    throw Problem.invalidField(baseType.pointer(), "the value's baseType " + baseType.text()
                            + " differs from the variable's " + type.label());
                }
            }
            type.check(value.get("value"));
        }
    }

    private static Double optionalNumber(Field field) {
        return field.present() ? field.number() : null;
    }
}
