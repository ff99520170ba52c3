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
import java.util.Optional;
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

    /** The shipped common standards, made once. */
    private static final StandardProfile COMMON_STANDARDS = StandardProfile.common();

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
            Submissions.Computed usual = usualProfiles(exchange.body(), name, version);
            return usual != null ? usual : profilesOfTree(exchange, name, version);
        });
    }

    /**
     * The profiles of a request of the usual shape ({@link ProfileRequest}) whose bank, documents and profiler
     * are cached, or null for any other request: {@link #profilesOfTree} then reads it, and reports its problem.
     */
    private Submissions.Computed usualProfiles(byte[] body, String name, int version) throws SQLException {
        ItemBank bank = services.peek(Documents.bankKey(name, version), ItemBank.class);
        ProfileRequest request = bank == null ? null : ProfileRequest.read(services.mapper().getFactory(), body, bank,
                services.cached("items:" + name + ":" + version, ResponseMatrix.class,
                        () -> ResponseMatrix.builder(bank.ids()).build()));
        if (request == null) {
            return null;
        }
        StringBuilder fingerprint = new StringBuilder();
        StandardProfile profile = COMMON_STANDARDS;
        if (request.standards() == null) {
            fingerprint.append("standards=common");
        } else {
            Optional<StoredVersion> stored = services.standards().find(request.standards().name(),
                    request.standards().version());
            if (stored.isEmpty()) {
                return null;
            }
            fingerprint.append("standards=").append(stored.get().digest());
            profile = services.peek(standardsKey(stored.get()), StandardProfile.class);
        }
        if (profile == null || !profile.contains(request.position())) {
            return null;
        }
        if (request.cutScores() == null) {
            fingerprint.append(";cuts=default");
        } else {
            Optional<StoredVersion> stored = services.cutScores().find(request.cutScores().name(),
                    request.cutScores().version());
            if (stored.isEmpty()) {
                return null;
            }
            fingerprint.append(";cuts=").append(stored.get().digest());
        }
        Capping capping = capping(request.cap() == null ? "none" : request.cap());
        if (capping == null) {
            return null;
        }
        fingerprint.append(";cap=").append(capping.name());
        CompetencyProfiler profiler = services.peek(profilerKey(name, version, fingerprint), CompetencyProfiler.class);
        return profiler == null ? null : profiled(name, version, request.position(), profile.standard(request.position()),
                profiler, request.responses(), fingerprint.toString());
    }

    /** The profiles of any request, read as a tree: every problem is reported with its JSON pointer. */
    private Submissions.Computed profilesOfTree(Exchange exchange, String name, int version) throws SQLException {
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
        Field capField = root.get("cap");
        Capping capping = capping(capField.text("none"));
        if (capping == null) {
            throw capField.expected("one of none, total, per-competency");
        }
        fingerprint.append(";cap=").append(capping.name());
        ItemBank bank = Documents.publishedBank(services, name, version);
        ResponseMatrix responses = People.responses(root.get("people"), bank);
        CompetencyProfiler profiler = services.cached(profilerKey(name, version, fingerprint), CompetencyProfiler.class,
                () -> NineBoxConfigJson.located(root, () -> CompetencyProfiler.of(bank,
                        CompetencyAssessment.of(Documents.FRAMEWORK, cuts, JobPersonMatch.of(capping)))));
        return profiled(name, version, position, profile.standard(position), profiler, responses,
                fingerprint.toString());
    }

    private static String profilerKey(String name, int version, CharSequence fingerprint) {
        return "profiler:" + name + ":" + version + ":" + fingerprint;
    }

    private Submissions.Computed profiled(String name, int version, String position, PositionStandard standard,
            CompetencyProfiler profiler, ResponseMatrix responses, String config) {
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
        return new Submissions.Computed("profiles", name, version,
                services.cached("fingerprint:" + config, String.class, () -> Digests.sha256(config)), response, results);
    }

    private StandardProfile standards(Field reference, StringBuilder fingerprint) throws SQLException {
        if (!reference.present()) {
            fingerprint.append("standards=common");
            return COMMON_STANDARDS;
        }
        StoredVersion stored = reference(reference, services.standards(), "position standards");
        fingerprint.append("standards=").append(stored.digest());
        return services.cached(standardsKey(stored), StandardProfile.class, () -> Documents.standards(stored.content()));
    }

    private static String standardsKey(StoredVersion stored) {
        return "standards:" + stored.name() + ":" + stored.version();
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

    /** The capping of a request's {@code cap}, or null if it names none. */
    private static Capping capping(String code) {
        return switch (code) {
            case "none" -> Capping.NONE;
            case "total" -> Capping.TOTAL;
            case "per-competency" -> Capping.PER_COMPETENCY;
            default -> null;
        };
    }

    /** An infinite standard error (an extreme pattern) is written as null: JSON has no infinity. */
    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
