package io.github.cact.server.qti;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The item variables in the form TAO's CAT client (lib-test-cat) writes them, an item result's
 * {@code variables}: {@code [{"identifier": "SCORE", "variableType": "outcome", "values": [{"baseType":
 * "float", "valueString": "1"}]}]}. Each variable is checked as {@link Variables} checks the binding's
 * (identifier once, a known variable type, each value in the form of its base type); the score is the
 * outcome variable {@code SCORE} (TAO matches the name in any case: {@code score} too).
 */
final class TaoVariables {

    private static final Set<String> VARIABLE = Set.of("identifier", "variableType", "values");
    private static final Set<String> TYPES = Set.of("outcome", "response", "template", "trace");

    private TaoVariables() {
    }

    /**
     * Checks the variables and returns the value of the score, if there is one.
     *
     * @param variables the item result's {@code variables}
     * @return the {@code valueString} of the outcome variable SCORE, as a string at its pointer
     */
    static Optional<Field> score(Field variables) {
        Map<String, String> declared = new HashMap<>();
        Field score = null;
        for (Field variable : Members.list(variables)) {
            variable.allowOnly(VARIABLE);
            Field id = variable.get("identifier");
            String identifier = Members.identifier(id);
            String earlier = declared.putIfAbsent(identifier, id.pointer());
            if (earlier != null) {
                throw Problem.invalidField(id.pointer(), "the variable '" + identifier + "' is declared twice in this"
                        + " result (also at " + earlier + ")");
            }
            String type = Members.optionalChoice(variable.get("variableType"), TYPES);
            List<Field> values = Members.list(variable.get("values"));
            Field last = null;
            for (Field value : values) {
                value.allowOnly(Set.of("baseType", "valueString"));
                last = text(value.get("valueString"));
                BaseType.of(value.get("baseType")).check(last);
            }
            if (identifier.equalsIgnoreCase(Variables.SCORE) && (type == null || type.equals("outcome"))) {
                if (values.size() != 1) {
                    throw Problem.invalidField(variable.get("values").pointer(), "the outcome variable " + identifier
                            + " has " + values.size() + " values; expected one, the item's score");
                }
                Field baseType = values.get(0).get("baseType");
                if (!Set.of("integer", "float").contains(baseType.text())) {
                    throw Problem.invalidField(baseType.pointer(), "the outcome variable " + identifier
                            + " has baseType " + baseType.text() + "; expected integer or float");
                }
                score = last;
            }
        }
        return Optional.ofNullable(score);
    }

    /** A valueString as text: TAO writes numbers as JSON numbers and everything else as strings. */
    private static Field text(Field valueString) {
        if (valueString.present() && valueString.node().isNumber()) {
            return new Field(valueString.pointer(), JsonNodeFactory.instance.textNode(valueString.node().asText()));
        }
        return valueString;
    }
}
