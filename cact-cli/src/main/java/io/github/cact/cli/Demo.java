package io.github.cact.cli;

import io.github.cact.calibration.CalibrationResult;
import io.github.cact.calibration.Calibrator;
import io.github.cact.calibration.ModelSpec;
import io.github.cact.calibration.ItemFit;
import io.github.cact.cli.demo.DemoCohort;
import io.github.cact.cli.report.HtmlReport;
import io.github.cact.cli.report.ReportData;
import io.github.cact.competency.Competency;
import io.github.cact.competency.CompetencyAssessment;
import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.CompetencyProfiler;
import io.github.cact.competency.Capping;
import io.github.cact.competency.CompetencyResult;
import io.github.cact.competency.CutScores;
import io.github.cact.competency.FillingCategory;
import io.github.cact.competency.JobPersonMatch;
import io.github.cact.competency.PersonProfile;
import io.github.cact.competency.PositionStandard;
import io.github.cact.competency.StandardProfile;
import io.github.cact.data.ResponseCsv;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import io.github.cact.mirt.estimation.FactorModel;
import io.github.cact.mirt.estimation.MirtCalibrator;
import io.github.cact.mirt.estimation.MirtOptions;
import io.github.cact.mirt.estimation.MirtResult;
import io.github.cact.mirt.scoring.MirtProfiler;
import io.github.cact.mirt.scoring.MirtScorer;
import io.github.cact.ninebox.CohortResult;
import io.github.cact.ninebox.FollowUp;
import io.github.cact.ninebox.BoxResult;
import io.github.cact.ninebox.Language;
import io.github.cact.ninebox.NineBox;
import io.github.cact.ninebox.NineBoxConfig;
import io.github.cact.ninebox.PersonInput;
import io.github.cact.ninebox.Placement;
import io.github.cact.ninebox.matching.Assignment;
import io.github.cact.ninebox.matching.Candidate;
import io.github.cact.ninebox.matching.JpmCategory;
import io.github.cact.ninebox.matching.Match;
import io.github.cact.ninebox.matching.MatchingProblem;
import io.github.cact.ninebox.matching.Position;
import io.github.cact.ninebox.matching.UnfilledPosition;
import io.github.cact.personfit.PersonFitResults;
import io.github.cact.scoring.Quadrature;
import io.github.cact.simulation.ResponseSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The whole pipeline on the demo cohort: simulate answers, calibrate every competency and potential
 * scale, profile everyone against their own position's standard, place them in the nine-box with the
 * measurement error of their JPM, fill vacant Administrator posts from the Pengawas, and write every
 * file and the report. Deterministic: the seed fixes every byte except the timing line printed.
 */
final class Demo {

    /** Vacant posts filled from the Pengawas tier: Administrator standard, MS, boxes 7–9. */
    static final List<String> VACANCIES = List.of("KABAG_UMUM", "KABAG_KEUANGAN", "KABID_PENDIDIKAN_DASAR",
            "KABID_PELAYANAN_KESEHATAN", "SEKCAM_UTARA");

    /** The θ cuts of levels 2..5 used by the demo for every potential aspect. */
    static final double[] CUTS = {-0.4, 0.5, 1.4, 2.3};

    /**
     * The lowest summed scores (of 36) of levels 2..5 on every competency's 12 scenarios, mapped to θ
     * through the competency's test characteristic curve.
     */
    static final double[] SUMMED_SCORE_CUTS = {12, 19, 25, 30};

    /** The position a tier's talent pool prepares for: its competency JPM is taken against that standard. */
    static final Map<String, String> NEXT = Map.of(StandardProfile.PELAKSANA, StandardProfile.PENGAWAS,
            StandardProfile.PENGAWAS, StandardProfile.ADMINISTRATOR, StandardProfile.ADMINISTRATOR,
            StandardProfile.JPT_PRATAMA, StandardProfile.JPT_PRATAMA, StandardProfile.JPT_MADYA);

    private final Path out;
    private final long seed;

    Demo(Path out, long seed) {
        this.out = out;
        this.seed = seed;
    }

    /** What the demo found, for the printed summary and tests. */
    record Summary(int people, int[] boxCounts, int pool, int[] filling, int filled, int vacancies,
            Map<String, Integer> cycles, boolean converged, double latentCorrelation, int levelsChanged) {
    }

    Summary run() throws IOException {
        Files.createDirectories(out);
        try (Outputs outputs = new Outputs()) {
            Summary summary = run(outputs);
            outputs.commit();
            return summary;
        }
    }

    private Summary run(Outputs outputs) throws IOException {
        DemoCohort cohort = DemoCohort.generate(seed);
        List<DemoCohort.Person> people = cohort.people();
        CompetencyFramework competencies = CompetencyFramework.permenPanRb38();
        CompetencyFramework aspects = CompetencyFramework.potentialAspects();

        ResponseMatrix competencyAnswers = answers(cohort.competencyBank(), competencies, people, true);
        ResponseMatrix potentialAnswers = answers(cohort.potentialBank(), aspects, people, false);
        ResponseCsv.write(competencyAnswers, outputs.file(out.resolve("responses-competency.csv")).writer());
        ResponseCsv.write(potentialAnswers, outputs.file(out.resolve("responses-potential.csv")).writer());

        Calibrator calibrator = Calibrator.withDefaults();
        Map<String, CalibrationResult> competencyCalibration = calibrator.calibrateByScale(competencyAnswers,
                ModelSpec.of(ModelType.GPCM), cohort.competencyBank());
        Map<String, CalibrationResult> potentialCalibration = calibrator.calibrateByScale(potentialAnswers,
                ModelSpec.of(ModelType.TWO_PL), cohort.potentialBank());
        CalibrateCommand.writeItems(competencyCalibration, outputs.file(out.resolve("items-competency.csv")).writer());
        CalibrateCommand.writeItems(potentialCalibration, outputs.file(out.resolve("items-potential.csv")).writer());
        outputs.text(out.resolve("calibration-competency.json"), CalibrateCommand.summaryJson(competencyCalibration));
        ItemBank competencyBank = CalibrateCommand.combined(competencyCalibration);
        ItemBank potentialBank = CalibrateCommand.combined(potentialCalibration);

        List<CutScores> competencyCuts = summedScoreCuts(competencies, competencyBank);
        CompetencyAssessment competencyAssessment = CompetencyAssessment.of(competencies, competencyCuts);
        CompetencyAssessment potentialAssessment = CompetencyAssessment.of(aspects, defaultCuts(aspects));
        StandardProfile competencyStandards = DemoCohort.standards(competencies);
        StandardProfile potentialStandards = StandardProfile.common(aspects);
        List<PositionStandard> ownCompetency = new ArrayList<>();
        List<PositionStandard> ownPotential = new ArrayList<>();
        for (DemoCohort.Person person : people) {
            ownCompetency.add(competencyStandards.standard(NEXT.get(person.position())));
            ownPotential.add(potentialStandards.standard(NEXT.get(person.position())));
        }
        List<PersonProfile> competencyProfiles = CompetencyProfiler.of(competencyBank, competencyAssessment)
                .profile(competencyAnswers, ownCompetency);
        List<PersonProfile> potentialProfiles = CompetencyProfiler.of(potentialBank, potentialAssessment)
                .profile(potentialAnswers, ownPotential);
        // person fit is a property of the answers under the separate scales; the jointly scored file repeats it
        Map<String, PersonFitResults> competencyFit = ProfileCommand.personFit(competencyBank, competencyAnswers,
                Quadrature.scoringDefault());
        writeProfiles(outputs, competencyProfiles, competencyFit, "profiles-competency.csv");
        MirtResult mirt = MirtCalibrator.of(MirtOptions.defaults()).calibrate(competencyAnswers,
                FactorModel.simpleStructure(scales(cohort.competencyBank()), ModelType.GPCM));
        List<CutScores> mirtCuts = summedScoreCuts(competencies, mirt.bank());
        List<PersonProfile> mirtProfiles = MirtProfiler.of(MirtScorer.of(mirt.bank()),
                CompetencyAssessment.of(competencies, mirtCuts)).profile(competencyAnswers, ownCompetency);
        writeProfiles(outputs, mirtProfiles, competencyFit, "profiles-competency-multidimensional.csv");
        writeProfiles(outputs, potentialProfiles, ProfileCommand.personFit(potentialBank, potentialAnswers,
                Quadrature.scoringDefault()), "profiles-potential.csv");
        Map<String, PersonProfile> competencyById = byExaminee(competencyProfiles);
        Map<String, PersonProfile> potentialById = byExaminee(potentialProfiles);

        List<PersonInput> inputs = new ArrayList<>();
        for (DemoCohort.Person person : people) {
            inputs.add(PersonInput.builder(person.id()).unit(person.unit())
                    .skp(person.hasilKerja(), person.perilakuKerja())
                    .potentialComponents(competencyById.get(person.id()).jpmDistribution(),
                            potentialById.get(person.id()).jpmDistribution(), person.qualification(),
                            person.integrity())
                    .build());
        }
        CohortResult placements = NineBox.of(NineBoxConfig.defaults()).placeAll(inputs);
        writePeople(outputs, people, competencyById, potentialById);
        writeBoxes(outputs, people, placements);

        Assignment assignment = match(people, competencyById, placements, competencyStandards);
        writeAssignment(outputs, people, assignment);

        ReportData report = report(people, competencyBank, competencyCalibration, competencyCuts, competencies,
                competencyProfiles, mirtProfiles, mirt, placements, assignment);
        HtmlReport.write(report, outputs.file(out.resolve("report.html")).writer());

        int[] boxes = new int[10];
        for (int box = 1; box <= 9; box++) {
            boxes[box] = placements.boxCounts().count(box);
        }
        int[] filling = new int[FillingCategory.values().length];
        for (PersonProfile profile : competencyProfiles) {
            filling[profile.jpm().filling().ordinal()]++;
        }
        Map<String, Integer> cycles = new LinkedHashMap<>();
        boolean converged = true;
        for (Map<String, CalibrationResult> results : List.of(competencyCalibration, potentialCalibration)) {
            for (Map.Entry<String, CalibrationResult> e : results.entrySet()) {
                cycles.put(e.getKey(), e.getValue().cycles());
                converged &= e.getValue().converged();
            }
        }
        converged &= mirt.converged();
        return new Summary(people.size(), boxes, placements.successionPool().size(), filling,
                assignment.matches().size(), VACANCIES.size(), cycles, converged, meanCorrelation(mirt.correlations()),
                levelsChanged(competencyProfiles, mirtProfiles));
    }

    /** Answers of everyone to a bank whose scales are the framework's codes, each from its own θ. */
    private ResponseMatrix answers(ItemBank bank, CompetencyFramework framework, List<DemoCohort.Person> people,
            boolean competency) {
        int[][] rows = new int[people.size()][bank.size()];
        int column = 0;
        List<String> codes = framework.codes();
        for (int c = 0; c < codes.size(); c++) {
            ItemBank scale = bank.forScale(codes.get(c));
            double[] thetas = new double[people.size()];
            for (int n = 0; n < people.size(); n++) {
                thetas[n] = competency ? people.get(n).competencyTheta()[c] : people.get(n).potentialTheta()[c];
            }
            ResponseMatrix part = ResponseSimulator.of(scale, seed * 1_000 + (competency ? 0 : 500) + c)
                    .simulate(thetas).responses();
            for (int n = 0; n < people.size(); n++) {
                for (int i = 0; i < scale.size(); i++) {
                    rows[n][column + i] = part.response(n, i);
                }
            }
            column += scale.size();
        }
        List<String> ids = new ArrayList<>();
        for (DemoCohort.Person person : people) {
            ids.add(person.id());
        }
        List<String> itemIds = new ArrayList<>();
        for (String code : codes) {
            itemIds.addAll(bank.forScale(code).ids());
        }
        return ResponseMatrix.of(ids, itemIds, rows);
    }

    private static List<CutScores> defaultCuts(CompetencyFramework framework) {
        List<CutScores> cuts = new ArrayList<>();
        for (String code : framework.codes()) {
            cuts.add(CutScores.of(code, CUTS));
        }
        return cuts;
    }

    /** Item id → competency code, the factor of each item in the multidimensional calibration. */
    private static Map<String, String> scales(ItemBank bank) {
        Map<String, String> factors = new LinkedHashMap<>();
        for (Item item : bank.items()) {
            factors.put(item.id(), item.scale().orElseThrow());
        }
        return factors;
    }

    /** Each competency's θ cuts on its factor of a multidimensional bank, as {@link #SUMMED_SCORE_CUTS}. */
    static List<CutScores> summedScoreCuts(CompetencyFramework framework, MultidimensionalBank bank) {
        List<CutScores> cuts = new ArrayList<>();
        for (String code : framework.codes()) {
            int factor = bank.factorIndex(code);
            int[] items = bank.itemsOn(factor);
            cuts.add(CutScores.fromSummedScores(code, theta -> {
                double sum = 0;
                for (int i : items) {
                    MultidimensionalItem item = bank.item(i);
                    sum += item.kernel().expectedScore(item.slope(factor) * theta);
                }
                return sum;
            }, SUMMED_SCORE_CUTS));
        }
        return cuts;
    }

    private static double meanCorrelation(double[][] r) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < i; j++) {
                sum += r[i][j];
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }

    /** How many person × competency levels differ between the two scorings. */
    private static int levelsChanged(List<PersonProfile> separate, List<PersonProfile> together) {
        int changed = 0;
        for (int n = 0; n < separate.size(); n++) {
            for (CompetencyResult r : separate.get(n).competencies()) {
                changed += together.get(n).competency(r.competency()).level() != r.level() ? 1 : 0;
            }
        }
        return changed;
    }

    /** Each competency's θ cuts: where its test characteristic curve reaches {@link #SUMMED_SCORE_CUTS}. */
    static List<CutScores> summedScoreCuts(CompetencyFramework framework, ItemBank bank) {
        List<CutScores> cuts = new ArrayList<>();
        for (String code : framework.codes()) {
            ItemBank scale = bank.forScale(code);
            cuts.add(CutScores.fromSummedScores(code, theta -> {
                double sum = 0;
                for (int i = 0; i < scale.size(); i++) {
                    sum += scale.item(i).model().expectedScore(theta);
                }
                return sum;
            }, SUMMED_SCORE_CUTS));
        }
        return cuts;
    }

    /** Level counts of one competency and how many meet their standard. */
    private static ReportSections.Levels levels(List<PersonProfile> profiles, String code) {
        int[] counts = new int[5];
        int meeting = 0;
        for (PersonProfile profile : profiles) {
            CompetencyResult r = profile.competency(code);
            counts[r.level() - 1]++;
            meeting += r.gap() >= 0 ? 1 : 0;
        }
        return new ReportSections.Levels(counts, meeting);
    }

    private static Map<String, ReportSections.Levels> mirtLevels(CompetencyFramework framework,
            List<PersonProfile> profiles) {
        Map<String, ReportSections.Levels> levels = new LinkedHashMap<>();
        for (Competency competency : framework.competencies()) {
            levels.put(competency.code(), levels(profiles, competency.code()));
        }
        return levels;
    }

    /** The profiles keyed by examinee id. */
    private static Map<String, PersonProfile> byExaminee(List<PersonProfile> profiles) {
        Map<String, PersonProfile> byId = new HashMap<>();
        for (PersonProfile profile : profiles) {
            byId.put(profile.examineeId(), profile);
        }
        return byId;
    }

    private Assignment match(List<DemoCohort.Person> people, Map<String, PersonProfile> profiles, CohortResult placements,
            StandardProfile standards) {
        PositionStandard administrator = standards.standard(StandardProfile.ADMINISTRATOR);
        JobPersonMatch jpm = JobPersonMatch.of(Capping.PER_COMPETENCY);
        List<Candidate> candidates = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int n = 0; n < people.size(); n++) {
            Placement placement = placements.placements().get(n);
            if (!StandardProfile.PENGAWAS.equals(people.get(n).position()) || placement.result().isEmpty()) {
                continue;
            }
            Map<String, Integer> levels = new LinkedHashMap<>();
            for (CompetencyResult result : profiles.get(people.get(n).id()).competencies()) {
                levels.put(result.competency(), result.level());
            }
            double value = jpm.evaluate(levels, administrator).jpm();
            double[] row = new double[VACANCIES.size()];
            java.util.Arrays.fill(row, value);
            rows.add(row);
            candidates.add(Candidate.of(placement));
        }
        List<Position> positions = new ArrayList<>();
        for (String vacancy : VACANCIES) {
            positions.add(Position.builder(vacancy).minimumCategory(JpmCategory.MS).allowedBoxes(Set.of(7, 8, 9)).build());
        }
        return MatchingProblem.of(candidates, positions, rows.toArray(new double[0][])).assign();
    }

    private void writeProfiles(Outputs outputs, List<PersonProfile> profiles, Map<String, PersonFitResults> fit,
            String file) throws IOException {
        ProfileCommand.writeRows(outputs.csv(out.resolve(file), ProfileCommand.header()), profiles, fit);
    }

    private void writePeople(Outputs outputs, List<DemoCohort.Person> people, Map<String, PersonProfile> competency,
            Map<String, PersonProfile> potential) throws IOException {
        CsvOutput csv = outputs.csv(out.resolve("people.csv"), List.of("id", "name", "unit", "position",
                "hasil_kerja", "perilaku_kerja", "competency_jpm", "potential_jpm", "qualification", "integrity"));
        for (int n = 0; n < people.size(); n++) {
            DemoCohort.Person p = people.get(n);
            csv.row(p.id(), p.name(), p.unit(), p.position(), p.hasilKerja().name(), p.perilakuKerja().name(),
                    CsvOutput.number(competency.get(p.id()).jpm().jpm(), 2),
                    CsvOutput.number(potential.get(p.id()).jpm().jpm(), 2),
                    CsvOutput.number(p.qualification(), 1), CsvOutput.number(p.integrity(), 1));
        }
    }

    private void writeBoxes(Outputs outputs, List<DemoCohort.Person> people, CohortResult placements) throws IOException {
        List<String> header = new ArrayList<>(List.of("id", "box", "performance_level", "potential_level", "talent_score",
                "recommendation"));
        for (int box = 1; box <= 9; box++) {
            header.add("p_box" + box);
        }
        header.addAll(List.of("near_boundary", "status", "reason", "input_sha256"));
        CsvOutput csv = outputs.csv(out.resolve("boxes.csv"), header);
        for (Placement placement : placements.placements()) {
            List<String> cells = new ArrayList<>(List.of(placement.personId()));
            BoxResult g = placement.result().orElse(null);
            if (g == null) {
                cells.addAll(List.of("", "", "", "", ""));
                for (int box = 1; box <= 9; box++) {
                    cells.add("");
                }
                cells.add("");
            } else {
                List<String> labels = new ArrayList<>();
                for (FollowUp f : g.followUps()) {
                    labels.add(f.label(Language.INDONESIAN));
                }
                cells.addAll(List.of(Integer.toString(g.box()), g.performanceLevel().name(), g.potentialLevel().name(),
                        CsvOutput.number(g.talentScore(), 2), String.join("; ", labels)));
                for (int box = 1; box <= 9; box++) {
                    cells.add(CsvOutput.number(g.boxProbability(box), 4));
                }
                cells.add(Boolean.toString(g.nearBoundary()));
            }
            cells.add(placement.status().name());
            cells.add(placement.reason().orElse(""));
            cells.add(placement.audit().inputSha256());
            csv.row(cells.toArray(new String[0]));
        }
    }

    private void writeAssignment(Outputs outputs, List<DemoCohort.Person> people, Assignment assignment) throws IOException {
        Map<String, String> names = new HashMap<>();
        for (DemoCohort.Person p : people) {
            names.put(p.id(), p.name());
        }
        CsvOutput csv = outputs.csv(out.resolve("assignment.csv"), List.of("position", "id", "name", "jpm",
                "talent_score", "box", "status", "reason"));
        for (Match m : assignment.matches()) {
            csv.row(m.position().id(), m.candidate().id(), names.get(m.candidate().id()), CsvOutput.number(m.jpm(), 2),
                    CsvOutput.number(m.candidate().talentScore(), 2), Integer.toString(m.candidate().box()),
                    "ASSIGNED", "");
        }
        for (UnfilledPosition u : assignment.unfilledPositions()) {
            csv.row(u.position().id(), "", "", "", "", "", "UNFILLED", u.reason().name());
        }
    }

    private ReportData report(List<DemoCohort.Person> people, ItemBank bank, Map<String, CalibrationResult> calibration,
            List<CutScores> cuts, CompetencyFramework framework, List<PersonProfile> profiles,
            List<PersonProfile> mirtProfiles, MirtResult mirt, CohortResult placements, Assignment assignment) {
        Map<String, String> names = new HashMap<>();
        for (DemoCohort.Person p : people) {
            names.put(p.id(), p.name());
        }
        double[] jpm = new double[profiles.size()];
        for (int n = 0; n < jpm.length; n++) {
            jpm[n] = profiles.get(n).jpm().jpm();
        }
        ReportData.Builder report = ReportData.builder("Pemetaan Kompetensi ASN — Pemerintah Kota Contoh")
                .subtitle("Data demonstrasi sintetis · " + people.size() + " pejabat · seed " + seed)
                .generatedAt("cact demo")
                .keyFigure("Peserta", "People", Integer.toString(people.size()))
                .keyFigure("Butir", "Items", Integer.toString(bank.size()))
                .keyFigure("Rerata JPM", "Mean JPM",
                        String.format(Locale.ROOT, "%.1f %%", java.util.Arrays.stream(jpm).average().orElse(0)))
                .keyFigure("Kelompok suksesi", "Succession pool", Integer.toString(placements.successionPool().size()))
                .keyFigure("Jabatan terisi", "Posts filled", assignment.matches().size() + " / " + VACANCIES.size());
        Set<String> pool = new java.util.HashSet<>();
        for (Placement member : placements.successionPool()) {
            pool.add(member.personId());
        }
        List<ReportSections.Placed> placed = new ArrayList<>();
        for (Placement placement : placements.placements()) {
            placement.result().ifPresent(g -> placed.add(new ReportSections.Placed(names.get(placement.personId()),
                    g.box(), g.talentScore(), pool.contains(placement.personId()))));
        }
        ReportSections.nineBox(report, NineBoxConfig.defaults(), placed);
        ReportSections.jpm(report, jpm);
        Map<String, ReportSections.Levels> levels = new LinkedHashMap<>();
        for (Competency competency : framework.competencies()) {
            levels.put(competency.code(), levels(profiles, competency.code()));
        }
        ReportSections.competencies(report, framework, levels);
        ReportSections.competenciesScoredTogether(report, framework, mirtProfiles.isEmpty() ? Map.of() : mirtLevels(
                framework, mirtProfiles));
        ReportSections.classification(report, framework, cuts, bank);
        ReportSections.curves(report, bank.forScale(framework.codes().get(0)));
        Map<String, double[]> fit = new HashMap<>();
        for (CalibrationResult result : calibration.values()) {
            for (ItemFit f : result.itemFit()) {
                fit.put(f.itemId(), new double[] {f.sx2().orElse(Double.NaN), f.df(), f.pValue().orElse(Double.NaN),
                    f.infit().orElse(Double.NaN), f.outfit().orElse(Double.NaN)});
            }
        }
        ReportSections.fit(report, bank, fit);
        report.note("Data sintetis: nama, jawaban dan skor dibuat oleh simulasi berbenih; bukan data pribadi."
                + " Synthetic data: names, answers and scores come from a seeded simulation.");
        report.note("Penempatan kotak adalah rekomendasi untuk keputusan manusia (UU 27/2022)."
                + " Placements are recommendations for a human decision.");
        report.note("Batas level kompetensi: skor total 12 / 19 / 25 / 30 dari 36 pada 12 soal kompetensi itu, dipetakan ke θ"
                + " lewat kurva karakteristik tesnya (level cuts: summed scores 12/19/25/30 of 36 through each"
                + " competency's test characteristic curve). JPM diukur terhadap standar jabatan satu tingkat di atas"
                + " (kesiapan untuk kelompok rencana suksesi): Pelaksana → Pengawas 2 (M1, M5: 3), Pengawas →"
                + " Administrator 3 (M1: 4, M7: 2), Administrator → JPT Pratama 4 (M5, SK1: 3), JPT Pratama → JPT Madya"
                + " 4 (M1, M8: 5). JPM is taken against the next position's standard, the readiness a talent pool is"
                + " about.");
        report.note(String.format(Locale.ROOT, "Skor multidimensi: sembilan kompetensi dikalibrasi bersama (GPCM"
                + " 9 faktor berkorelasi, MH-RM; rerata korelasi faktor %.2f) dan diskor dengan EAP kuasi-Monte Carlo;"
                + " baris \"bersama\" pada tabel kompetensi. Multidimensional scoring: the nine competencies calibrated"
                + " together (9 correlated factors, mean factor correlation %.2f) and scored by quasi-Monte Carlo EAP,"
                + " the \"together\" rows of the competency table.", meanCorrelation(mirt.correlations()),
                meanCorrelation(mirt.correlations())));
        return report.build();
    }
}
