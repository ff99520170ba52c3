package io.github.cact.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people of a scoring request, {@code [{"id": "p1", "responses": {"Q1": 1, "Q2": null}}, ...]}: ids
 * unique, every response an item of the bank with a category 0..K−1, or null for not given. Items not
 * named are missing. Every error names its JSON pointer.
 */
final class People {

    private People() {
    }

    static ResponseMatrix responses(Field people, ItemBank bank) {
        List<Field> entries = people.elements();
        ResponseMatrix.Builder builder = ResponseMatrix.builder(bank.ids());
        Map<String, Integer> seen = new HashMap<>();
        int[] row = new int[bank.size()];
        for (int n = 0; n < entries.size(); n++) {
            Field person = entries.get(n).allowOnly(Set.of("id", "responses"));
            String id = person.get("id").text();
            Integer earlier = seen.putIfAbsent(id, n);
            if (earlier != null) {
                throw Problem.invalidField(person.get("id").pointer(), "the id repeats the id of /people/" + earlier
                        + "; each person must appear once");
            }
            Arrays.fill(row, ResponseMatrix.MISSING);
            Field responses = person.get("responses").object();
            for (Map.Entry<String, JsonNode> response : responses.node().properties()) {
                String itemId = response.getKey();
                int item = bank.indexOf(itemId);
                if (item < 0) {
                    throw Problem.invalidField(responses.get(itemId).pointer(), "the bank has no item '" + itemId + "'");
                }
                // a category as a plain int is taken at once; anything else (null, another form, an error) goes
                // through the member's Field, which builds its JSON pointer only then
                JsonNode value = response.getValue();
                int categories = bank.model(item).categories();
                if (value.isInt() && value.intValue() >= 0 && value.intValue() < categories) {
                    row[item] = value.intValue();
                } else if (!value.isNull()) {
                    row[item] = responses.get(itemId).integer(0, categories - 1);
                }
            }
            builder.add(id, row);
        }
        return builder.build();
    }
}
