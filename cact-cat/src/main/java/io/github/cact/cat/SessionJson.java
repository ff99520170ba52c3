package io.github.cact.cat;

import io.github.cact.internal.text.Json;
import io.github.cact.internal.text.JsonCursor;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JSON form of a session (docs/cat.md#session-json). Written with every number exact (shortest text
 * that reads back as the same double), read back by replaying the answers; the stored per-scale summary
 * must equal the replay's.
 */
final class SessionJson {

    static final String FORMAT = "cact-cat-session";
    static final int VERSION = 1;
    private static final String SOURCE = "session JSON";
    private static final Pattern RANDOM_STATE = Pattern.compile("[0-9a-f]{16}");
    private static final List<String> KEYS = List.of("format", "formatVersion", "bankVersion", "bankFingerprint",
            "designFingerprint", "randomState", "responses", "pendingItem", "excludedItems", "scales");

    private SessionJson() {
    }

    static String write(CatSession session) {
        CatEngine engine = session.engine;
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("formatVersion", VERSION);
        root.put("bankVersion", engine.design.bankVersion());
        root.put("bankFingerprint", engine.design.bankFingerprint());
        root.put("designFingerprint", engine.design.fingerprint());
        root.put("randomState", HexFormat.of().toHexDigits(session.randomState));
        List<Object> responses = new ArrayList<>(session.items.length);
        for (int k = 0; k < session.items.length; k++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("item", engine.tables.ids[session.items[k]]);
            r.put("category", session.categories[k]);
            responses.add(r);
        }
        root.put("responses", responses);
        root.put("pendingItem", session.pending < 0 ? null : engine.tables.ids[session.pending]);
        List<Object> excluded = new ArrayList<>(session.excluded.length);
        for (int i : session.excluded) {
            excluded.add(engine.tables.ids[i]);
        }
        root.put("excludedItems", excluded);
        List<Object> scales = new ArrayList<>(session.scales.length);
        for (int s = 0; s < session.scales.length; s++) {
            ScaleEstimate e = session.estimate(s);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scale", e.scale());
            m.put("items", e.items());
            m.put("theta", e.theta());
            m.put("standardError", e.standardError());
            scales.add(m);
        }
        root.put("scales", scales);
        return Json.write(root);
    }

    static CatSession read(String json, CatEngine engine) {
        JsonCursor root = JsonCursor.parse(json, SOURCE);
        root.allowOnly(KEYS);
        JsonCursor format = root.get("format");
        if (!FORMAT.equals(format.string())) {
            throw format.expected("\"" + FORMAT + "\"");
        }
        JsonCursor version = root.get("formatVersion");
        if (version.integer(1, Integer.MAX_VALUE) != VERSION) {
            throw version.expected("format version " + VERSION);
        }
        expectEqual(root.get("bankVersion"), engine.design.bankVersion(), "the engine's bank version");
        expectEqual(root.get("bankFingerprint"), engine.design.bankFingerprint(),
                "the fingerprint of the engine's bank");
        expectEqual(root.get("designFingerprint"), engine.design.fingerprint(), "the fingerprint of the engine's design");
        JsonCursor random = root.get("randomState");
        String hex = random.string();
        if (!RANDOM_STATE.matcher(hex).matches()) {
            throw random.expected("16 lower-case hexadecimal digits");
        }
        long randomState = Long.parseUnsignedLong(hex, 16);

        CatSession session = engine.start(randomState);
        boolean[] given = new boolean[engine.tables.size];
        for (JsonCursor r : root.get("responses").elements()) {
            r.allowOnly(List.of("item", "category"));
            JsonCursor itemCursor = r.get("item");
            int item = item(itemCursor, engine);
            if (given[item]) {
                throw itemCursor.error("item '" + engine.tables.ids[item] + "' is answered twice");
            }
            given[item] = true;
            JsonCursor category = r.get("category");
            int categories = engine.tables.models[item].categories();
            session = engine.apply(session, item, category.integer(0, categories - 1));
        }
        JsonCursor pendingCursor = root.get("pendingItem");
        int pending = -1;
        if (!pendingCursor.isNull()) {
            pending = item(pendingCursor, engine);
            if (given[pending]) {
                throw pendingCursor.error("item '" + engine.tables.ids[pending] + "' is awaited but already answered");
            }
        }
        List<JsonCursor> excludedCursors = root.get("excludedItems").elements();
        int[] excluded = new int[excludedCursors.size()];
        for (int k = 0; k < excluded.length; k++) {
            excluded[k] = item(excludedCursors.get(k), engine);
        }
        CatSession restored = new CatSession(engine, session.items, session.categories, pending, excluded,
                randomState, session.scales);
        checkSummaries(root.get("scales"), restored);
        return restored;
    }

    private static void checkSummaries(JsonCursor scales, CatSession restored) {
        List<JsonCursor> list = scales.elements();
        if (list.size() != restored.scales.length) {
            throw scales.expected("a summary for each of the " + restored.scales.length + " scales");
        }
        for (int s = 0; s < list.size(); s++) {
            JsonCursor m = list.get(s);
            m.allowOnly(List.of("scale", "items", "theta", "standardError"));
            ScaleEstimate e = restored.estimate(s);
            expectEqual(m.get("scale"), e.scale(), "the design's scale " + (s + 1));
            JsonCursor items = m.get("items");
            if (items.integer(0, Integer.MAX_VALUE) != e.items()) {
                throw items.expected(e.items() + ", the number of the scale's answers");
            }
            expectNumber(m.get("theta"), e.theta());
            expectNumber(m.get("standardError"), e.standardError());
        }
    }

    private static void expectNumber(JsonCursor cursor, double replayed) {
        if (Double.compare(cursor.number(), replayed) != 0) {
            throw cursor.expected(replayed + ", the value the answers give under this design");
        }
    }

    private static void expectEqual(JsonCursor cursor, String expected, String what) {
        if (!expected.equals(cursor.string())) {
            throw cursor.expected("\"" + expected + "\" (" + what + ")");
        }
    }

    private static int item(JsonCursor cursor, CatEngine engine) {
        String id = cursor.nonBlankString();
        int item = engine.tables.indexOf(id);
        if (item < 0) {
            throw cursor.expected("an item id of the design's scales");
        }
        return item;
    }
}
