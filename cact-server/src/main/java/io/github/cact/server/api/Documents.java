package io.github.cact.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.CutScores;
import io.github.cact.competency.StandardProfile;
import io.github.cact.data.DataFormatException;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.ninebox.NineBoxConfig;
import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import io.github.cact.server.store.StoredVersion;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the stored documents into library objects (banks, standards, cut scores, nine-box configurations),
 * checking them the way the command line checks its files, and writes their metadata.
 */
final class Documents {

    /** The framework of standards and cut scores: the nine competencies of PermenPANRB 38/2017. */
    static final CompetencyFramework FRAMEWORK = CompetencyFramework.permenPanRb38();

    private Documents() {
    }

    static ItemBank bank(String json) {
        try {
            return ItemBankFiles.parseJson(json, "body");
        } catch (DataFormatException e) {
            throw Problem.of(e, "");
        }
    }

    static StandardProfile standards(String json) {
        try {
            return StandardProfile.parseJson(json, "body", FRAMEWORK);
        } catch (DataFormatException e) {
            throw Problem.of(e, "");
        }
    }

    /**
     * Cut scores {@code {"cuts": {"M1": [c1, c2, c3, c4], ...}}}: the lowest θ of levels 2..5 for every
     * competency of the framework.
     */
    static List<CutScores> cutScores(Field root) {
        root.allowOnly(Set.of("cuts"));
        Field cuts = root.get("cuts").object();
        for (Map.Entry<String, Field> member : cuts.members()) {
            if (!FRAMEWORK.contains(member.getKey())) {
                throw Problem.invalidField(member.getValue().pointer(), "unknown competency '" + member.getKey()
                        + "'; expected one of " + FRAMEWORK.codes());
            }
        }
        List<CutScores> all = new ArrayList<>();
        for (String code : FRAMEWORK.codes()) {
            Field values = cuts.get(code);
            if (!values.present()) {
                throw Problem.invalidField(values.pointer(), "no cut scores for competency " + code
                        + "; expected four θ cuts for each of " + FRAMEWORK.codes());
            }
            List<Field> elements = values.elements();
            if (elements.size() != 4) {
                throw Problem.invalidField(values.pointer(), "expected 4 cuts (levels 2..5), found " + elements.size());
            }
            double[] c = new double[4];
            for (int k = 0; k < 4; k++) {
                c[k] = elements.get(k).number();
            }
            all.add(NineBoxConfigJson.located(values, () -> CutScores.of(code, c)));
        }
        return all;
    }

    static NineBoxConfig nineBox(Field root) {
        return NineBoxConfigJson.parse(root);
    }

    /** The metadata of a version, as listed. */
    static ObjectNode describe(Services services, StoredVersion version) {
        ObjectNode node = services.mapper().createObjectNode();
        node.put("name", version.name());
        node.put("version", version.version());
        node.put("status", version.status());
        node.put("digest", version.digest());
        node.put("createdAt", version.createdAt().toString());
        node.put("publishedAt", version.publishedAt() == null ? null : version.publishedAt().toString());
        return node;
    }

    /** A version with its content. */
    static ObjectNode withContent(Services services, StoredVersion version) {
        ObjectNode node = describe(services, version);
        node.set("content", parseStored(services, version.content()));
        return node;
    }

    static ArrayNode list(Services services, List<StoredVersion> versions) {
        ArrayNode array = services.mapper().createArrayNode();
        for (StoredVersion v : versions) {
            array.add(describe(services, v));
        }
        return array;
    }

    static JsonNode parseStored(Services services, String content) {
        try {
            return services.mapper().readTree(content);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String canonical(Services services, JsonNode node) {
        try {
            return services.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cache key of a published bank version. */
    static String bankKey(String name, int version) {
        return "bank:" + name + ":" + version;
    }

    /** A published bank version, parsed once and cached. */
    static ItemBank publishedBank(Services services, String name, int version) throws SQLException {
        String key = bankKey(name, version);
        ItemBank cached = services.peek(key, ItemBank.class);
        if (cached != null) {
            return cached;
        }
        StoredVersion stored = services.banks().require("bank", name, version);
        if (!stored.published()) {
            throw Problem.conflict("bank '" + name + "' version " + version
                    + " is a draft; publish it before scoring against it, so that results refer to a fixed bank");
        }
        return services.cached(key, ItemBank.class, () -> bank(stored.content()));
    }
}
