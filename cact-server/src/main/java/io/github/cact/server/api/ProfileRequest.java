package io.github.cact.server.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A profiles request of the usual shape, read in one pass of a streaming parser straight into its
 * response matrix: {@code {"position": "...", "standards": {"name": "...", "version": 1}, "cutScores":
 * {...}, "cap": "...", "people": [{"id": "...", "responses": {"Q1": 1, "Q2": null}}, ...]}}, members in
 * any order, each at most once, every string not blank, every response an item of the bank with a
 * category 0..K−1 or null. Anything else (malformed JSON, an unknown or repeated member, another type,
 * a value out of range, an unknown item, a repeated person) is not read here: {@link #read} returns null
 * and the route reads the body as a tree, which reports the problem with its JSON pointer. So the usual
 * request skips the tree and every error is the tree's.
 *
 * @param position the position
 * @param standards the stored standards referred to, or null for the common ones
 * @param cutScores the stored cut scores referred to, or null for the default
 * @param cap the capping, or null for the default
 * @param responses the people's responses, one row per person in the order given
 */
record ProfileRequest(String position, Reference standards, Reference cutScores, String cap,
        ResponseMatrix responses) {

    /**
     * A reference to a stored document.
     *
     * @param name its name
     * @param version its version, at least 1
     */
    record Reference(String name, int version) {
    }

    /** A response not given in the request (null is given and missing). */
    private static final int ABSENT = Integer.MIN_VALUE;

    /**
     * Reads a request of the usual shape.
     *
     * @param json the parser factory of the server's mapper
     * @param body the request body
     * @param bank the bank scored against
     * @param items a matrix (of no rows) over the bank's items, whose builder makes the request's
     * @return the request, or null if the body is not of the usual shape
     */
    static ProfileRequest read(JsonFactory json, byte[] body, ItemBank bank, ResponseMatrix items) {
        try (JsonParser parser = json.createParser(body)) {
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION); // repeats are found below
            return parser.nextToken() == JsonToken.START_OBJECT ? root(parser, bank, items) : null;
        } catch (IOException | IllegalArgumentException e) {
            return null; // malformed (the tree reports where), or a person repeated (the builder refuses)
        }
    }

    private static ProfileRequest root(JsonParser parser, ItemBank bank, ResponseMatrix items) throws IOException {
        String position = null;
        Reference standards = null;
        Reference cutScores = null;
        String cap = null;
        ResponseMatrix responses = null;
        int seen = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            int member = switch (name) {
                case "position" -> 1;
                case "standards" -> 2;
                case "cutScores" -> 4;
                case "cap" -> 8;
                case "people" -> 16;
                default -> 0;
            };
            if (member == 0 || (seen & member) != 0) {
                return null;
            }
            seen |= member;
            parser.nextToken();
            switch (member) {
                case 1 -> position = text(parser);
                case 2 -> standards = reference(parser);
                case 4 -> cutScores = reference(parser);
                case 8 -> cap = text(parser);
                default -> responses = people(parser, bank, items);
            }
            if (parser.currentToken() == null) {
                return null; // a member's value that is not of the usual shape
            }
        }
        if (parser.nextToken() != null || position == null || responses == null || (seen & 2) != 0 && standards == null
                || (seen & 4) != 0 && cutScores == null || (seen & 8) != 0 && cap == null) {
            return null;
        }
        return new ProfileRequest(position, standards, cutScores, cap, responses);
    }

    /** A non-blank string, or null (with the parser's token cleared) for anything else. */
    private static String text(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            if (!text.isBlank()) {
                return text;
            }
        }
        parser.clearCurrentToken();
        return null;
    }

    private static Reference reference(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.clearCurrentToken();
            return null;
        }
        String name = null;
        int version = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String member = parser.currentName();
            parser.nextToken();
            if (member.equals("name") && name == null) {
                name = text(parser);
            } else if (member.equals("version") && version == 0) {
                version = positiveInt(parser);
            } else {
                parser.clearCurrentToken();
            }
            if (parser.currentToken() == null) {
                return null;
            }
        }
        return name != null && version > 0 ? new Reference(name, version) : null;
    }

    private static int positiveInt(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
                && parser.getIntValue() >= 1) {
            return parser.getIntValue();
        }
        parser.clearCurrentToken();
        return 0;
    }

    private static ResponseMatrix people(JsonParser parser, ItemBank bank, ResponseMatrix items) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY || parser.nextToken() == JsonToken.END_ARRAY) {
            parser.clearCurrentToken();
            return null;
        }
        ResponseMatrix.Builder builder = items.builderOfSameItems();
        int[] row = new int[bank.size()];
        for (JsonToken token = parser.currentToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.START_OBJECT || !person(parser, bank, items, row, builder)) {
                parser.clearCurrentToken();
                return null;
            }
        }
        return builder.build();
    }

    /** Reads one person into the builder, or returns false if the person is not of the usual shape. */
    private static boolean person(JsonParser parser, ItemBank bank, ResponseMatrix items, int[] row,
            ResponseMatrix.Builder builder)
            throws IOException {
        String id = null;
        boolean responses = false;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String member = parser.currentName();
            parser.nextToken();
            if (member.equals("id") && id == null) {
                id = text(parser);
                if (id == null) {
                    return false;
                }
            } else if (member.equals("responses") && !responses) {
                if (!responses(parser, bank, items, row)) {
                    return false;
                }
                responses = true;
            } else {
                return false;
            }
        }
        if (id == null || !responses) {
            return false;
        }
        builder.add(id, row);
        return true;
    }

    /**
     * Reads a person's responses into the row (missing for items not named), or returns false. Items are
     * usually given in the bank's order, so the item after the last one is tried before the bank's index.
     */
    private static boolean responses(JsonParser parser, ItemBank bank, ResponseMatrix items, int[] row)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return false;
        }
        Arrays.fill(row, ABSENT);
        List<String> ids = items.itemIds();
        int item = -1;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            item = item + 1 < ids.size() && ids.get(item + 1).equals(name) ? item + 1 : bank.indexOf(name);
            if (item < 0 || row[item] != ABSENT) {
                return false;
            }
            token = parser.nextToken();
            if (token == JsonToken.VALUE_NULL) {
                row[item] = ResponseMatrix.MISSING;
            } else if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
                    && parser.getIntValue() >= 0 && parser.getIntValue() < bank.model(item).categories()) {
                row[item] = parser.getIntValue();
            } else {
                return false;
            }
        }
        for (int i = 0; i < row.length; i++) {
            if (row[i] == ABSENT) {
                row[i] = ResponseMatrix.MISSING;
            }
        }
        return true;
    }
}
