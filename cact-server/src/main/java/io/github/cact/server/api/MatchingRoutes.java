package io.github.cact.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cact.ninebox.matching.Assignment;
import io.github.cact.ninebox.matching.Candidate;
import io.github.cact.ninebox.matching.Match;
import io.github.cact.ninebox.matching.MatchingProblem;
import io.github.cact.ninebox.matching.Position;
import io.github.cact.ninebox.matching.UnassignedCandidate;
import io.github.cact.ninebox.matching.UnfilledPosition;
import io.github.cact.server.http.Exchange;
import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import io.github.cact.server.http.Reply;
import io.github.cact.server.http.Role;
import io.github.cact.server.http.RouteGroup;
import io.github.cact.server.http.Router;
import io.github.cact.server.store.Digests;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Position matching: the one-to-one assignment of candidates to vacant positions with the largest total
 * JPM among eligible pairs (the library's {@link MatchingProblem}). A submission: stored with its audit.
 */
final class MatchingRoutes implements RouteGroup {

    private final Services services;

    MatchingRoutes(Services services) {
        this.services = services;
    }

    @Override
    public void register(Router router) {
        router.add("POST", "/matching", Role.SCORE, this::match);
    }

    private Reply match(Exchange exchange) throws Exception {
        return Submissions.submit(services, exchange, () -> {
            Field root = exchange.json().object().allowOnly(Set.of("candidates", "positions", "jpm"));
            List<Candidate> candidates = new ArrayList<>();
            for (Field c : root.get("candidates").elements()) {
                c.allowOnly(Set.of("id", "talentScore", "box"));
                String id = c.get("id").text();
                double talent = c.get("talentScore").number();
                int box = c.get("box").integer(1, 9);
                candidates.add(NineBoxConfigJson.located(c, () -> Candidate.of(id, talent, box)));
            }
            List<Position> positions = new ArrayList<>();
            for (Field p : root.get("positions").elements()) {
                positions.add(position(p));
            }
            List<Field> rows = root.get("jpm").elements();
            if (rows.size() != candidates.size()) {
                throw Problem.invalidField(root.get("jpm").pointer(), "expected one row per candidate ("
                        + candidates.size() + "), found " + rows.size());
            }
            double[][] jpm = new double[rows.size()][];
            for (int c = 0; c < rows.size(); c++) {
                List<Field> cells = rows.get(c).elements();
                if (cells.size() != positions.size()) {
                    throw Problem.invalidField(rows.get(c).pointer(), "expected one JPM per position ("
                            + positions.size() + "), found " + cells.size());
                }
                jpm[c] = new double[cells.size()];
                for (int p = 0; p < cells.size(); p++) {
                    jpm[c][p] = cells.get(p).number();
                }
            }
            Assignment assignment = NineBoxConfigJson.located(root, () -> MatchingProblem.of(candidates, positions, jpm)).assign();
            ObjectNode response = services.mapper().createObjectNode();
            response.put("totalJpm", assignment.totalJpm());
            ArrayNode matches = response.putArray("matches");
            List<Map.Entry<String, JsonNode>> results = new ArrayList<>();
            for (Match m : assignment.matches()) {
                ObjectNode node = matches.addObject();
                node.put("position", m.position().id());
                node.put("candidate", m.candidate().id());
                node.put("jpm", m.jpm());
                results.add(Map.entry(m.candidate().id(), node));
            }
            ArrayNode unfilled = response.putArray("unfilledPositions");
            for (UnfilledPosition u : assignment.unfilledPositions()) {
                unfilled.addObject().put("position", u.position().id()).put("reason", u.reason().name());
            }
            ArrayNode unassigned = response.putArray("unassignedCandidates");
            for (UnassignedCandidate u : assignment.unassignedCandidates()) {
                ObjectNode node = unassigned.addObject().put("candidate", u.candidate().id()).put("reason", u.reason().name());
                results.add(Map.entry(u.candidate().id(), node));
            }
            return new Submissions.Computed("matching", null, null, Digests.sha256("matching"), response, results);
        });
    }

    private static Position position(Field p) {
        p.allowOnly(Set.of("id", "minimumJpm", "allowedBoxes"));
        Position.Builder builder = Position.builder(p.get("id").text());
        Field minimum = p.get("minimumJpm");
        if (minimum.present()) {
            double value = minimum.number();
            NineBoxConfigJson.located(minimum, () -> builder.minimumJpm(value));
        }
        Field boxes = p.get("allowedBoxes");
        if (boxes.present()) {
            Set<Integer> allowed = new LinkedHashSet<>();
            for (Field box : boxes.elements()) {
                allowed.add(box.integer(1, 9));
            }
            NineBoxConfigJson.located(boxes, () -> builder.allowedBoxes(allowed));
        }
        return NineBoxConfigJson.located(p, builder::build);
    }
}
