package io.github.cact.server.api;

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
            for (Map.Entry<String, Field> response : person.get("responses").members()) {
                int item = bank.indexOf(response.getKey());
                Field value = response.getValue();
                if (item < 0) {
                    throw Problem.invalidField(value.pointer(), "the bank has no item '" + response.getKey() + "'");
                }
                if (value.present()) {
                    row[item] = value.integer(0, bank.model(item).categories() - 1);
                }
            }
            builder.add(id, row);
        }
        return builder.build();
    }
}
