package io.github.cact.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.github.cact.competency.Capping;
import io.github.cact.competency.CompetencyAssessment;
import io.github.cact.competency.CompetencyProfiler;
import io.github.cact.competency.CutScores;
import io.github.cact.competency.JobPersonMatch;
import io.github.cact.competency.PersonProfile;
import io.github.cact.competency.PositionStandard;
import io.github.cact.competency.StandardProfile;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.scoring.ScoringMethod;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.Scores;
import io.github.cact.scoring.ScoringOptions;
import io.github.cact.server.http.Exchange;
import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import io.github.cact.server.http.Reply;
import io.github.cact.server.http.Role;
import io.github.cact.server.http.RouteGroup;
import io.github.cact.server.http.Router;
import io.github.cact.server.store.Digests;
import io.github.cact.server.store.StoredVersion;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scoring against a published bank version: abilities by EAP, MAP, ML, WLE or EAPsum, and competency
 * profiles with levels, their probabilities and Job-Person-Match against a position standard. Both are
 * submissions: stored as a run with its audit record, idempotent under an Idempotency-Key.
 */
final class ScoringRoutes implements RouteGroup {

    static final double[] DEFAULT_CUTS = {-1.5, -0.5, 0.5, 1.5};

    /** The default cut scores of every competency of the framework, made once. */
    private static final List<CutScores> DEFAULT_CUT_SCORES = Documents.FRAMEWORK.codes().stream()
            .map(code -> CutScores.of(code, DEFAULT_CUTS)).toList();

    private final Services services;

    ScoringRoutes(Services services) {
        this.services = services;
    }

    @Override
    public void register(Router router) {
        router.add("POST", "/banks/{name}/versions/{version}/scores", Role.SCORE, this::scores);
        router.add("POST", "/banks/{name}/versions/{version}/profiles", Role.SCORE, this::profiles);
    }

    private Reply scores(Exchange exchange) throws Exception {
        String name = Names.of(exchange);
        int version = exchange.positivePath("version");
        return Submissions.submit(services, exchange, () -> {
            Field root = exchange.json().object().allowOnly(Set.of("method", "people"));
            ScoringMethod method = method(root.get("method"));
            ItemBank bank = Documents.publishedBank(services, name, version);
            ResponseMatrix responses = People.responses(root.get("people"), bank);
            Scorer scorer = services.cached("scorer:" + name + ":" + version + ":" + method, Scorer.class,
                    () -> Scorer.of(bank, ScoringOptions.of(method)));
            Scores scores = scorer.score(responses);
            ObjectNode response = services.mapper().createObjectNode();
            response.put("method", method.code());
            ArrayNode array = response.putArray("results");
            List<Map.Entry<String, JsonNode>> results = new ArrayList<>();
            for (int n = 0; n < scores.size(); n++) {
                ObjectNode result = array.addObject();
                result.put("id", scores.examineeId(n));
                result.put("theta", scores.theta(n));
                result.put("se", finiteOrNull(scores.se(n)));
                result.put("status", scores.status(n).name());
                results.add(Map.entry(scores.examineeId(n), result));
            }
            return new Submissions.Computed("scores", name, version, Digests.sha256("method=" + method.code()),
                    response, results);
        });
    }

    private Reply profiles(Exchange exchange) throws Exception {
        String name = Names.of(exchange);
        int version = exchange.positivePath("version");
        return Submissions.submit(services, exchange, () -> {
            Field root = exchange.json().object()
                    .allowOnly(Set.of("standards", "position", "cutScores", "cap", "people"));
            StringBuilder fingerprint = new StringBuilder();
            StandardProfile profile = standards(root.get("standards"), fingerprint);
            Field positionField = root.get("position");
            String position = positionField.text();
            if (!profile.contains(position)) {
                throw Problem.invalidField(positionField.pointer(), "the standards have no position '" + position
                        + "'; they have " + profile.positions());
            }
            List<CutScores> cuts = cutScores(root.get("cutScores"), fingerprint);
            Capping capping = capping(root.get("cap"));
            fingerprint.append(";cap=").append(capping.name());
            ItemBank bank = Documents.publishedBank(services, name, version);
            ResponseMatrix responses = People.responses(root.get("people"), bank);
            String key = "profiler:" + name + ":" + version + ":" + fingerprint;
            CompetencyProfiler profiler = services.cached(key, CompetencyProfiler.class, () -> NineBoxConfigJson.located(root,
                    () -> CompetencyProfiler.of(bank, CompetencyAssessment.of(Documents.FRAMEWORK, cuts,
                            JobPersonMatch.of(capping)))));
            PositionStandard standard = profile.standard(position);
            List<PersonProfile> profiles = profiler.profile(responses, standard);
            ObjectNode response = services.mapper().createObjectNode();
            response.put("position", position);
            ArrayNode array = response.putArray("results");
            List<Map.Entry<String, JsonNode>> results = new ArrayList<>();
            for (PersonProfile person : profiles) {
                JsonNode result = array.rawValueNode(new RawValue(ProfileJson.write(services.mapper(), person)));
                array.add(result);
                results.add(Map.entry(person.examineeId(), result));
            }
            String config = fingerprint.toString();
            return new Submissions.Computed("profiles", name, version,
                    services.cached("fingerprint:" + config, String.class, () -> Digests.sha256(config)), response, results);
        });
    }

    private StandardProfile standards(Field reference, StringBuilder fingerprint) throws SQLException {
        if (!reference.present()) {
            fingerprint.append("standards=common");
            return StandardProfile.common();
        }
        StoredVersion stored = reference(reference, services.standards(), "position standards");
        fingerprint.append("standards=").append(stored.digest());
        return services.cached("standards:" + stored.name() + ":" + stored.version(), StandardProfile.class,
                () -> Documents.standards(stored.content()));
    }

    @SuppressWarnings("unchecked")
    private List<CutScores> cutScores(Field reference, StringBuilder fingerprint) throws SQLException {
        if (!reference.present()) {
            fingerprint.append(";cuts=default");
            return DEFAULT_CUT_SCORES;
        }
        StoredVersion stored = reference(reference, services.cutScores(), "cut scores");
        fingerprint.append(";cuts=").append(stored.digest());
        return services.cached("cuts:" + stored.name() + ":" + stored.version(), List.class,
                () -> Documents.cutScores(new Field("", Documents.parseStored(services, stored.content()))));
    }

    /** A reference {@code {"name": "...", "version": 3}} to a stored document. */
    static StoredVersion reference(Field reference, io.github.cact.server.store.VersionedStore store, String kind)
            throws SQLException {
        reference.allowOnly(Set.of("name", "version"));
        String name = reference.get("name").text();
        int version = reference.get("version").integer(1, Integer.MAX_VALUE);
        return store.find(name, version).orElseThrow(() -> Problem.invalidField(reference.pointer(),
                "no " + kind + " '" + name + "' version " + version));
    }

    private static ScoringMethod method(Field field) {
        String given = field.text("eap");
        for (ScoringMethod method : ScoringMethod.values()) {
            if (method.code().equals(given.toLowerCase(Locale.ROOT))) {
                return method;
            }
        }
        throw field.expected("one of EAP, MAP, ML, WLE, EAPsum");
    }

    private static Capping capping(Field field) {
        switch (field.text("none")) {
            case "none":
                return Capping.NONE;
            case "total":
                return Capping.TOTAL;
            case "per-competency":
                return Capping.PER_COMPETENCY;
            default:
                throw field.expected("one of none, total, per-competency");
        }
    }

    /** An infinite standard error (an extreme pattern) is written as null: JSON has no infinity. */
    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
