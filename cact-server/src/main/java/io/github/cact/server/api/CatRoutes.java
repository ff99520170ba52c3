package io.github.cact.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cact.cat.AbilityEstimator;
import io.github.cact.cat.CatDesign;
import io.github.cact.cat.CatEngine;
import io.github.cact.cat.CatResult;
import io.github.cact.cat.CatSession;
import io.github.cact.cat.ScaleResult;
import io.github.cact.cat.SelectionRule;
import io.github.cact.cat.Step;
import io.github.cact.cat.StoppingRule;
import io.github.cact.competency.CutScores;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.server.http.Exchange;
import io.github.cact.server.http.Field;
import io.github.cact.server.http.Problem;
import io.github.cact.server.http.Reply;
import io.github.cact.server.http.Role;
import io.github.cact.server.http.RouteGroup;
import io.github.cact.server.http.Router;
import io.github.cact.server.qti.AssessmentResultReader;
import io.github.cact.server.qti.ItemScore;
import io.github.cact.server.store.CatStore;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The IMS (1EdTech) CAT API v1.0 resources a delivery platform calls, over cact-cat's engine: create a
 * section from a published bank and an adaptive-test configuration, create a session (returns the first
 * item), submit results as QTI ({@link AssessmentResultReader}; returns the next item, or none and each
 * scale's θ, SE and level when the test has ended), read a session's last reply, end a session. Every
 * session's state is stored after each completed submission, so a restarted server resumes it; a
 * submission with the session's last Idempotency-Key gets the stored reply without advancing the test.
 */
final class CatRoutes implements RouteGroup {

    /** The path prefix of the IMS CAT API v1.0. */
    static final String BASE = "/ims/cat/v1p0";

    private static final Set<String> CONFIGURATION = Set.of("bank", "scales", "selection", "estimator", "stopping",
            "cutScores");

    private final Services services;
    private final CatStore store;
    private final SecureRandom seeds = new SecureRandom();

    CatRoutes(Services services) {
        this.services = services;
        this.store = services.cat();
    }

    @Override
    public void register(Router router) {
        router.add("POST", BASE + "/sections", Role.ADMIN, this::createSection);
        router.add("GET", BASE + "/sections/{section}", Role.READ, this::getSection);
        router.add("POST", BASE + "/sections/{section}/sessions", Role.SCORE, this::createSession);
        router.add("POST", BASE + "/sections/{section}/sessions/{session}/results", Role.SCORE, this::submitResults);
        router.add("GET", BASE + "/sections/{section}/sessions/{session}", Role.READ, this::getSession);
        router.add("DELETE", BASE + "/sections/{section}/sessions/{session}", Role.SCORE, this::endSession);
        router.add("DELETE", "/adaptive-sessions/{session}", Role.ADMIN, this::deleteSession);
    }

    private Reply createSection(Exchange exchange) throws SQLException {
        Field root = exchange.json().object().allowOnly(Set.of("qtiPackage", "qtiMetadata", "sectionConfiguration"));
        Field encoded = root.get("sectionConfiguration");
        String text;
        try {
            text = new String(Base64.getDecoder().decode(encoded.text()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Problem.invalidField(encoded.pointer(), "not base64: " + e.getMessage());
        }
        Field configuration;
        try {
            configuration = new Field(encoded.pointer(), services.mapper().readTree(text));
        } catch (java.io.IOException e) {
            throw Problem.invalidField(encoded.pointer(), "the decoded configuration is not JSON: " + e.getMessage());
        }
        configuration.object().allowOnly(CONFIGURATION);
        Field bankReference = configuration.get("bank");
        var bankVersion = ScoringRoutes.reference(bankReference, services.banks(), "bank");
        CatDesign design = design(Documents.publishedBank(services, bankVersion.name(), bankVersion.version()),
                bankVersion.version(), configuration);
        cutScores(configuration.get("cutScores"), design);
        String id = UUID.randomUUID().toString();
        store.createSection(id, bankVersion.name(), bankVersion.version(), Documents.canonical(services, configuration.node()));
        return exchange.reply(201, services.mapper().createObjectNode().put("sectionIdentifier", id));
    }

    private Reply getSection(Exchange exchange) throws SQLException {
        CatStore.Section section = section(exchange);
        ObjectNode node = services.mapper().createObjectNode();
        node.put("sectionIdentifier", section.id());
        node.put("sectionConfiguration", Base64.getEncoder().encodeToString(section.configuration().getBytes(StandardCharsets.UTF_8)));
        return exchange.reply(200, node);
    }

    private Reply createSession(Exchange exchange) throws SQLException {
        CatStore.Section section = section(exchange);
        if (exchange.body().length > 0) {
            exchange.json().object().allowOnly(Set.of("personalNeeds", "demographics", "priorData"));
        }
        Compiled compiled = compiled(section);
        CatEngine engine = compiled.engine();
        Step step = engine.next(engine.start(seeds.nextLong()));
        String id = UUID.randomUUID().toString();
        ObjectNode reply = stepReply(compiled, step, id);
        String text = Documents.canonical(services, reply);
        store.createSession(id, section.id(), step.session(), status(step), text);
        return Reply.json(201, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Applies a submission to the session as this server holds it in memory. If that may be behind the row
     * (another server advanced or ended the session) — the submission names another item than the one
     * awaited, or the row's revision has moved on — reads the row and applies it once more to that: a
     * wrong item is then the caller's (422), or, after a lost race, the session's change (409).
     */
    private Reply submitResults(Exchange exchange) throws SQLException {
        CatStore.Section section = section(exchange);
        String id = exchange.path("session");
        Compiled compiled = compiled(section);
        CatEngine engine = compiled.engine();
        CatStore.Live live = store.live(section.id(), id, engine::restore)
                .orElseThrow(() -> Problem.notFound("no session with this id in this section"));
        String key = exchange.header(Submissions.IDEMPOTENCY_KEY);
        Submission submission = null;
        boolean raced = false;
        while (true) {
            if (key != null && key.equals(live.lastKey())) {
                return replay(section, id, key);
            }
            if (!live.status().equals(CatStore.ACTIVE)) {
                throw Problem.conflict("the session has " + live.status() + "; it takes no more results");
            }
            if (submission == null) {
                submission = submission(exchange, id);
            }
            if (submission.candidate() != null && live.personId() != null
                    && !submission.candidate().equals(live.personId())) {
                throw Problem.invalidField(submission.candidatePointer(), "the sourcedId is not the candidate of this"
                        + " session's earlier results; expected the same candidate throughout a session");
            }
            Step step = answer(compiled, live, submission, raced);
            if (step != null) {
                String reply = Documents.canonical(services, stepReply(compiled, step, id));
                String person = live.personId() != null ? live.personId() : submission.candidate();
                if (store.advance(live, step.session(), status(step), key, person, reply)) {
                    return Reply.json(200, reply.getBytes(StandardCharsets.UTF_8));
                }
                if (!live.cached()) {
                    throw changedMeanwhile();
                }
                raced = true;
            }
            live = store.reload(section.id(), id, engine::restore)
                    .orElseThrow(() -> Problem.notFound("no session with this id in this section"));
        }
    }

    /**
     * The step after a submission's results, each checked against the item the session awaits; null if an
     * item is not the awaited one but the session came from memory and may be behind its row.
     */
    private static Step answer(Compiled compiled, CatStore.Live live, Submission submission, boolean raced) {
        CatEngine engine = compiled.engine();
        CatSession session = live.session();
        for (ItemScore result : submission.scores()) {
            String pending = session.pendingItem().orElse(null);
            if (!result.item().equals(pending)) {
                if (live.cached()) {
                    return null;
                }
                if (raced) {
                    throw changedMeanwhile();
                }
                throw Problem.invalidField(result.itemPointer(), "the session awaits " + (pending == null
                        ? "no item" : "item '" + pending + "'") + ", not '" + result.item() + "'");
            }
            Item bankItem = engine.design().bank().find(pending).orElseThrow();
            int categories = bankItem.model().categories();
            double score = result.score();
            if (score != Math.rint(score) || score < 0 || score > categories - 1) {
                String shown = BigDecimal.valueOf(score).stripTrailingZeros().toPlainString();
                throw Problem.invalidField(result.scorePointer(), "the score " + shown + " is not a category of item '"
                        + pending + "'; expected a whole number 0.." + (categories - 1));
            }
            session = engine.next(engine.answer(session, pending, (int) score)).session();
        }
        return engine.next(session);
    }

    private static Problem changedMeanwhile() {
        return Problem.conflict("the session changed meanwhile (another submission); fetch its state and retry");
    }

    /**
     * A submitResults body, checked: the item scores in order, and the candidate if the context names one.
     *
     * @param scores the scores
     * @param candidate the context's sourcedId, or null
     * @param candidatePointer where it is
     */
    private record Submission(List<ItemScore> scores, String candidate, String candidatePointer) {
    }

    private static Submission submission(Exchange exchange, String id) {
        Field body = exchange.json().object().allowOnly(Set.of("assessmentResult", "sessionState"));
        Field sessionState = body.get("sessionState");
        if (sessionState.present() && !sessionState.text().equals(id)) {
            throw Problem.invalidField(sessionState.pointer(), "the sessionState is not this session's; expected the"
                    + " sessionState of the last reply");
        }
        Field assessmentResult = body.get("assessmentResult");
        List<ItemScore> scores = AssessmentResultReader.read(assessmentResult);
        return new Submission(scores, AssessmentResultReader.candidate(assessmentResult).orElse(null),
                assessmentResult.pointer() + "/context/sourcedId");
    }

    /** The stored reply of the session's last submission, if it had this Idempotency-Key (read from the row). */
    private Reply replay(CatStore.Section section, String id, String key) throws SQLException {
        CatStore.Session stored = store.session(section.id(), id)
                .orElseThrow(() -> Problem.notFound("no session with this id in this section"));
        if (!key.equals(stored.lastKey())) {
            throw changedMeanwhile();
        }
        return Reply.json(200, stored.lastReply().getBytes(StandardCharsets.UTF_8))
                .withHeader("Idempotent-Replayed", "true");
    }

    private Reply getSession(Exchange exchange) throws Exception {
        CatStore.Section section = section(exchange);
        CatStore.Session stored = store.session(section.id(), exchange.path("session"))
                .orElseThrow(() -> Problem.notFound("no session with this id in this section"));
        ObjectNode reply = (ObjectNode) services.mapper().readTree(stored.lastReply());
        reply.put("status", stored.status());
        return exchange.reply(200, reply);
    }

    private Reply endSession(Exchange exchange) throws SQLException {
        CatStore.Section section = section(exchange);
        if (!store.end(section.id(), exchange.path("session"))) {
            throw Problem.notFound("no active session with this id in this section");
        }
        return Reply.empty(204);
    }

    /**
     * Deletes a session and all it holds, whatever its section and status: the erasure of a session whose
     * results never named the person, whom only the delivery platform can tie to the session id.
     */
    private Reply deleteSession(Exchange exchange) throws SQLException {
        if (!store.deleteSession(exchange.path("session"))) {
            throw Problem.notFound("no adaptive session with this id");
        }
        return Reply.empty(204);
    }

    private ObjectNode stepReply(Compiled compiled, Step step, String sessionId) {
        ObjectNode reply = services.mapper().createObjectNode();
        reply.put("sessionIdentifier", sessionId);
        ObjectNode next = reply.putObject("nextItems");
        ArrayNode ids = next.putArray("itemIdentifiers");
        step.item().ifPresent(item -> ids.add(item.id()));
        next.put("stageLength", ids.size());
        reply.put("sessionState", sessionId);
        if (step.finished()) {
            CatResult result = compiled.engine().result(step.session());
            ArrayNode scales = reply.putObject("assessmentResult").putArray("scales");
            for (ScaleResult scale : result.scales()) {
                ObjectNode node = scales.addObject();
                node.put("scale", scale.scale());
                node.put("items", scale.items());
                node.put("theta", scale.theta());
                node.put("se", Double.isFinite(scale.standardError()) ? scale.standardError() : null);
                node.put("level", compiled.cuts().get(scale.scale()).level(scale.theta()));
                scale.stopReason().ifPresent(reason -> node.put("stopReason", reason.name()));
            }
        }
        return reply;
    }

    private static String status(Step step) {
        return step.finished() ? CatStore.FINISHED : CatStore.ACTIVE;
    }

    private CatStore.Section section(Exchange exchange) throws SQLException {
        return store.section(exchange.path("section")).orElseThrow(() -> Problem.notFound("no section with this id"));
    }

    /**
     * A section ready to run: its engine, and the cut scores that give each scale's level.
     *
     * @param engine the engine of the section's design
     * @param cuts the cut scores of each scale
     */
    private record Compiled(CatEngine engine, Map<String, CutScores> cuts) {
    }

    private Compiled compiled(CatStore.Section section) throws SQLException {
        Compiled cached = services.peek("cat:" + section.id(), Compiled.class);
        if (cached != null) {
            return cached;
        }
        ItemBank bank = Documents.publishedBank(services, section.bankName(), section.bankVersion());
        Field configuration = new Field("", Documents.parseStored(services, section.configuration()));
        CatDesign design = design(bank, section.bankVersion(), configuration);
        Map<String, CutScores> cuts = cutScores(configuration.get("cutScores"), design);
        return services.cached("cat:" + section.id(), Compiled.class, () -> new Compiled(CatEngine.of(design), cuts));
    }

    /**
     * The cut scores of each scale of a design: a stored cut-scores version ({@code {"name", "version"}}),
     * or the profiles' default (−1.5, −0.5, 0.5, 1.5) for every scale.
     */
    private Map<String, CutScores> cutScores(Field reference, CatDesign design) throws SQLException {
        Map<String, CutScores> cuts = new LinkedHashMap<>();
        if (!reference.present()) {
            for (String scale : design.scales()) {
                cuts.put(scale, CutScores.of(scale, ScoringRoutes.DEFAULT_CUTS));
            }
            return cuts;
        }
        var stored = ScoringRoutes.reference(reference, services.cutScores(), "cut scores");
        Map<String, CutScores> all = new LinkedHashMap<>();
        for (CutScores c : Documents.cutScores(new Field("", Documents.parseStored(services, stored.content())))) {
            all.put(c.competency(), c);
        }
        for (String scale : design.scales()) {
            CutScores c = all.get(scale);
            if (c == null) {
                throw Problem.invalidField(reference.pointer(), "the cut scores '" + stored.name() + "' version "
                        + stored.version() + " have no cuts for the scale " + scale + "; expected one of " + all.keySet());
            }
            cuts.put(scale, c);
        }
        return cuts;
    }

    /**
     * The adaptive-test design of a configuration: {@code scales} (default: every scale of the bank),
     * {@code selection} ({@code maximum-information}, {@code kullback-leibler}, {@code
     * posterior-weighted-information}, {@code random}), {@code estimator} ({@code eap}, {@code map},
     * {@code ml}) and {@code stopping} ({@code minItemsPerScale}, {@code maxItemsPerScale},
     * {@code maxTotal}, {@code standardError}).
     */
    private static CatDesign design(ItemBank bank, int version, Field configuration) {
        CatDesign.Builder builder = CatDesign.builder(bank).bankVersion(Integer.toString(version));
        Field scales = configuration.get("scales");
        if (scales.present()) {
            List<String> codes = scales.elements().stream().map(Field::text).toList();
            NineBoxConfigJson.located(scales, () -> builder.scales(codes));
        }
        Field selection = configuration.get("selection");
        switch (selection.text("maximum-information")) {
            case "maximum-information" -> builder.selection(SelectionRule.maximumInformation());
            case "kullback-leibler" -> builder.selection(SelectionRule.kullbackLeibler(3));
            case "posterior-weighted-information" -> builder.selection(SelectionRule.posteriorWeightedInformation());
            case "random" -> builder.selection(SelectionRule.random());
            default -> throw selection.expected("maximum-information, kullback-leibler, posterior-weighted-information or random");
        }
        Field estimator = configuration.get("estimator");
        String name = estimator.text("eap").toUpperCase(Locale.ROOT);
        builder.estimator(NineBoxConfigJson.located(estimator, () -> AbilityEstimator.valueOf(name)));
        Field stopping = configuration.get("stopping");
        if (stopping.present()) {
            stopping.allowOnly(Set.of("minItemsPerScale", "maxItemsPerScale", "maxTotal", "standardError"));
            StoppingRule.Builder rule = StoppingRule.builder();
            int min = stopping.get("minItemsPerScale").present() ? stopping.get("minItemsPerScale").integer(0, 10_000)
                    : StoppingRule.DEFAULT_MIN_ITEMS;
            int max = stopping.get("maxItemsPerScale").present() ? stopping.get("maxItemsPerScale").integer(1, 10_000)
                    : StoppingRule.DEFAULT_MAX_ITEMS;
            NineBoxConfigJson.located(stopping, () -> rule.itemsPerScale(min, max));
            if (stopping.get("maxTotal").present()) {
                int total = stopping.get("maxTotal").integer(1, 100_000);
                NineBoxConfigJson.located(stopping.get("maxTotal"), () -> rule.totalItems(0, total));
            }
            if (stopping.get("standardError").present()) {
                double se = stopping.get("standardError").number();
                NineBoxConfigJson.located(stopping.get("standardError"), () -> rule.standardError(se));
            }
            builder.stopping(NineBoxConfigJson.located(stopping, rule::build));
        }
        return NineBoxConfigJson.located(configuration, builder::build);
    }
}
