package io.github.cact.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cact.competency.Capping;
import io.github.cact.competency.CompetencyAssessment;
import io.github.cact.competency.CompetencyProfiler;
import io.github.cact.competency.CompetencyResult;
import io.github.cact.competency.CutScores;
import io.github.cact.competency.FillingCategory;
import io.github.cact.competency.JobPersonMatch;
import io.github.cact.competency.MappingCategory;
import io.github.cact.competency.PersonProfile;
import io.github.cact.competency.StandardProfile;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.server.Server;
import io.github.cact.irt.ItemBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streamed profile JSON, written by the server's mapper (Schubfach doubles), is, byte for byte, the text
 * that a default mapper (doubles by {@link Double#toString}) writes for the same members built as a tree.
 */
class ProfileJsonTest {

    @Test
    void streamedTextIsTheTreeText() throws Exception {
        ObjectMapper mapper = JsonMapper.builder().build();
        ObjectMapper server = Server.mapper();
        ItemBank bank = Documents.bank(Files.readString(Path.of("load/bank-108.json")));
        StandardProfile standards = StandardProfile.common();
        Random random = new Random(20261130);
        for (Capping capping : Capping.values()) {
            List<CutScores> cuts = new ArrayList<>();
            for (String code : Documents.FRAMEWORK.codes()) {
                cuts.add(CutScores.of(code, ScoringRoutes.DEFAULT_CUTS));
            }
            CompetencyProfiler profiler = CompetencyProfiler.of(bank,
                    CompetencyAssessment.of(Documents.FRAMEWORK, cuts, JobPersonMatch.of(capping)));
            ResponseMatrix.Builder people = ResponseMatrix.builder(bank.ids());
            for (int n = 0; n < 60; n++) {
                int[] row = new int[bank.size()];
                for (int i = 0; i < row.length; i++) {
                    int pattern = n % 3; // all 0, all maximum, random with missing responses
                    int categories = bank.model(i).categories();
                    row[i] = pattern == 0 ? 0 : pattern == 1 ? categories - 1
                            : random.nextDouble() < 0.2 ? ResponseMatrix.MISSING : random.nextInt(categories);
                }
                people.add("p" + n, row);
            }
            for (String position : standards.positions()) {
                for (PersonProfile person : profiler.profile(people.build(), standards.standard(position))) {
                    assertEquals(mapper.writeValueAsString(tree(mapper, person)), ProfileJson.write(server, person));
                }
            }
        }
    }

    /** The tree the profiles route built before it wrote the text itself: the members of docs/server.md. */
    private static ObjectNode tree(ObjectMapper mapper, PersonProfile person) {
        ObjectNode result = mapper.createObjectNode();
        result.put("id", person.examineeId());
        ArrayNode competencies = result.putArray("competencies");
        for (CompetencyResult c : person.competencies()) {
            ObjectNode node = competencies.addObject();
            node.put("competency", c.competency());
            node.put("theta", c.theta());
            node.put("se", Double.isFinite(c.se()) ? c.se() : null);
            node.put("level", c.level());
            node.put("standard", c.required());
            node.put("gap", c.gap());
            node.put("pAtOrAboveStandard", c.probabilityAtOrAboveStandard());
            ArrayNode levels = node.putArray("levelProbabilities");
            for (int k = 1; k <= 5; k++) {
                levels.add(c.levels().probability(k));
            }
        }
        ObjectNode jpm = result.putObject("jpm");
        jpm.put("jpm", person.jpm().jpm());
        jpm.put("expectedJpm", person.jpmDistribution().mean());
        jpm.put("achieved", person.jpm().achieved());
        jpm.put("required", person.jpm().required());
        jpm.put("filling", person.jpm().filling().name());
        jpm.put("mapping", person.jpm().mapping().name());
        ObjectNode filling = jpm.putObject("fillingProbabilities");
        for (FillingCategory category : FillingCategory.values()) {
            filling.put(category.name(), category.probability(person.jpmDistribution()));
        }
        ObjectNode mapping = jpm.putObject("mappingProbabilities");
        for (MappingCategory category : MappingCategory.values()) {
            mapping.put(category.name(), category.probability(person.jpmDistribution()));
        }
        return result;
    }
}
