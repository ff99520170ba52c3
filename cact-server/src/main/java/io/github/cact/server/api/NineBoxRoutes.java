package io.github.cact.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cact.ninebox.BoxResult;
import io.github.cact.ninebox.CohortResult;
import io.github.cact.ninebox.FollowUp;
import io.github.cact.ninebox.NineBox;
import io.github.cact.ninebox.NineBoxConfig;
import io.github.cact.ninebox.PersonInput;
import io.github.cact.ninebox.Placement;
import io.github.cact.server.http.Exchange;
import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import io.github.cact.server.http.Reply;
import io.github.cact.server.http.Role;
import io.github.cact.server.http.RouteGroup;
import io.github.cact.server.http.Router;
import io.github.cact.server.store.StoredVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nine-box placement of a cohort (PermenPANRB 3/2020) under a stored configuration or the defaults: the
 * same inputs as the columns of {@code cact ninebox}. A submission: stored with its audit record.
 */
final class NineBoxRoutes implements RouteGroup {

    private static final Set<String> PERSON_KEYS = Set.of("id", "unit", "predicate", "skp", "performanceScore",
            "reinforcingScore", "potentialScore", "potentialComponents");

    private final Services services;

    NineBoxRoutes(Services services) {
        this.services = services;
    }

    @Override
    public void register(Router router) {
        router.add("POST", "/ninebox/placements", Role.SCORE, this::place);
    }

    private Reply place(Exchange exchange) throws Exception {
        return Submissions.submit(services, exchange, () -> {
            Field root = exchange.json().object().allowOnly(Set.of("config", "people"));
            NineBoxConfig config = config(root.get("config"));
            List<PersonInput> inputs = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            List<Field> people = root.get("people").elements();
            for (int n = 0; n < people.size(); n++) {
                inputs.add(person(people.get(n), n, seen));
            }
            CohortResult cohort = NineBox.of(config).placeAll(inputs);
            ObjectNode response = services.mapper().createObjectNode();
            response.put("config", config.name());
            response.put("configVersion", config.version());
            ArrayNode counts = response.putArray("boxCounts");
            for (int box = 1; box <= 9; box++) {
                counts.add(cohort.boxCounts().count(box));
            }
            ArrayNode array = response.putArray("results");
            List<Map.Entry<String, JsonNode>> results = new ArrayList<>();
            for (Placement placement : cohort.placements()) {
                ObjectNode result = array.addObject();
                write(placement, result);
                results.add(Map.entry(placement.personId(), result));
            }
            return new Submissions.Computed("ninebox", null, null, config.fingerprint(), response, results);
        });
    }

    private NineBoxConfig config(Field reference) throws Exception {
        if (!reference.present()) {
            return NineBoxConfig.defaults();
        }
        StoredVersion stored = ScoringRoutes.reference(reference, services.nineBoxConfigs(), "nine-box configuration");
        return services.cached("ninebox:" + stored.name() + ":" + stored.version(), NineBoxConfig.class,
                () -> Documents.nineBox(new Field("", Documents.parseStored(services, stored.content()))));
    }

    private static PersonInput person(Field person, int n, Map<String, Integer> seen) {
        person.allowOnly(PERSON_KEYS);
        String id = person.get("id").text();
        Integer earlier = seen.putIfAbsent(id, n);
        if (earlier != null) {
            throw Problem.invalidField(person.get("id").pointer(), "the id repeats the id of /people/" + earlier);
        }
        PersonInput.Builder builder = PersonInput.builder(id);
        Field unit = person.get("unit");
        if (unit.present()) {
            NineBoxConfigJson.located(unit, () -> builder.unit(unit.text()));
        }
        Field predicate = person.get("predicate");
        Field skp = person.get("skp");
        Field performance = person.get("performanceScore");
        if (predicate.present()) {
            NineBoxConfigJson.located(predicate, () -> builder.predicate(predicate.text()));
        } else if (skp.present()) {
            skp.allowOnly(Set.of("hasilKerja", "perilakuKerja"));
            String hasil = skp.get("hasilKerja").text();
            String perilaku = skp.get("perilakuKerja").text();
            NineBoxConfigJson.located(skp, () -> builder.skp(hasil, perilaku));
        } else if (performance.present()) {
            double score = performance.number();
            NineBoxConfigJson.located(performance, () -> builder.performanceScore(score));
        } else {
            throw Problem.invalidField(person.pointer(), "no performance; expected predicate, skp or performanceScore");
        }
        Field reinforcing = person.get("reinforcingScore");
        if (reinforcing.present()) {
            double score = reinforcing.number();
            NineBoxConfigJson.located(reinforcing, () -> builder.reinforcingScore(score));
        }
        Field potential = person.get("potentialScore");
        Field components = person.get("potentialComponents");
        if (potential.present()) {
            double score = potential.number();
            NineBoxConfigJson.located(potential, () -> builder.potentialScore(score));
        } else if (components.present()) {
            components.allowOnly(Set.of("competencyJpm", "potentialJpm", "qualification", "integrity"));
            double competencyJpm = components.get("competencyJpm").number();
            double potentialJpm = components.get("potentialJpm").number();
            double qualification = components.get("qualification").number();
            double integrity = components.get("integrity").number();
            NineBoxConfigJson.located(components,
                    () -> builder.potentialComponents(competencyJpm, potentialJpm, qualification, integrity));
        } else {
            throw Problem.invalidField(person.pointer(), "no potential; expected potentialScore or potentialComponents");
        }
        return NineBoxConfigJson.located(person, builder::build);
    }

    private static void write(Placement placement, ObjectNode result) {
        result.put("id", placement.personId());
        result.put("status", placement.status().name());
        placement.reason().ifPresent(reason -> result.put("reason", reason));
        placement.result().ifPresent(box -> writeBox(box, result));
        result.put("inputSha256", placement.audit().inputSha256());
    }

    private static void writeBox(BoxResult box, ObjectNode result) {
        result.put("box", box.box());
        result.put("performanceLevel", box.performanceLevel().name());
        result.put("potentialLevel", box.potentialLevel().name());
        result.put("performanceScore", box.performanceScore());
        result.put("potentialScore", box.potentialScore());
        result.put("talentScore", box.talentScore());
        result.put("nearBoundary", box.nearBoundary());
        ArrayNode followUps = result.putArray("followUps");
        for (FollowUp followUp : box.followUps()) {
            followUps.add(followUp.name());
        }
    }
}
