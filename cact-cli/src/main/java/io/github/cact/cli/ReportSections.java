package io.github.cact.cli;

import io.github.cact.cli.report.ClassificationAccuracy;
import io.github.cact.cli.report.CompetencyDistribution;
import io.github.cact.cli.report.CurveSet;
import io.github.cact.cli.report.ItemCurve;
import io.github.cact.cli.report.ItemFit;
import io.github.cact.cli.report.JpmDistribution;
import io.github.cact.cli.report.NineBoxCell;
import io.github.cact.cli.report.ReportData;
import io.github.cact.competency.Classification;
import io.github.cact.competency.ClassificationIndices;
import io.github.cact.competency.Competency;
import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.CutScores;
import io.github.cact.competency.FillingCategory;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.ninebox.FollowUp;
import io.github.cact.ninebox.Language;
import io.github.cact.ninebox.NineBoxConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Fills the sections of a {@link ReportData} from plain results, for the demo and for {@code cact
 * report}: the nine-box with names and the succession pool, the JPM histogram, competency levels
 * against the standard, classification accuracy, item and test curves, and the calibration table.
 */
final class ReportSections {

    /** JPM histogram: bins of 5 % from 40 %, the last open-ended. */
    private static final double JPM_FROM = 40;
    private static final double JPM_BIN = 5;
    private static final int JPM_BINS = 18;

    private ReportSections() {
    }

    /** One placed person: display name, box, talent score, whether in the succession pool. */
    record Placed(String name, int box, double talentScore, boolean pool) {
    }

    /** Levels of one competency: counts at levels 1..5 and how many reached their standard. */
    record Levels(int[] counts, int meetingStandard) {
    }

    static void nineBox(ReportData.Builder report, NineBoxConfig config, List<Placed> placed) {
        for (int box = 1; box <= 9; box++) {
            List<String> names = new ArrayList<>();
            for (Placed p : placed) {
                if (p.box() == box) {
                    names.add(p.name());
                }
            }
            List<String> labels = new ArrayList<>();
            for (FollowUp f : config.followUps(config.numbering().cell(box))) {
                labels.add(f.label(Language.INDONESIAN));
            }
            report.nineBoxCell(new NineBoxCell(box, names.size(), names, String.join("; ", labels)));
        }
        placed.stream().filter(Placed::pool)
                .sorted(Comparator.comparingDouble(Placed::talentScore).reversed().thenComparing(Placed::name))
                .forEach(p -> report.poolMember(p.name(), p.box(), p.talentScore()));
    }

    static void jpm(ReportData.Builder report, double[] jpm) {
        int[] histogram = new int[JPM_BINS];
        int[] categories = new int[FillingCategory.values().length];
        for (double value : jpm) {
            histogram[Math.min(JPM_BINS - 1, Math.max(0, (int) ((value - JPM_FROM) / JPM_BIN)))]++;
            categories[FillingCategory.of(value).ordinal()]++;
        }
        List<Integer> counts = new ArrayList<>();
        for (int c : histogram) {
            counts.add(c);
        }
        List<JpmDistribution.Category> bands = new ArrayList<>();
        for (FillingCategory category : FillingCategory.values()) {
            bands.add(new JpmDistribution.Category(category.label(), category.name(),
                    Math.max(0, category.lowerBound()), categories[category.ordinal()]));
        }
        report.jpm(new JpmDistribution("Uji kompetensi", "Filling a position", JPM_FROM, JPM_BIN, counts, bands));
    }

    static void competencies(ReportData.Builder report, CompetencyFramework framework, Map<String, Levels> levels) {
        for (Competency competency : framework.competencies()) {
            Levels l = levels.get(competency.code());
            if (l != null) {
                report.competency(CompetencyDistribution.perPosition(competency.code(), competency.nameId(),
                        competency.nameEn(), l.meetingStandard(), l.counts()));
            }
        }
    }

    /**
     * The competencies scored together in D dimensions, one row per competency beside its row scored on its
     * own scale: code {@code M1+}, names followed by "(bersama)" / "(scored together)".
     */
    static void competenciesScoredTogether(ReportData.Builder report, CompetencyFramework framework,
            Map<String, Levels> levels) {
        for (Competency competency : framework.competencies()) {
            Levels l = levels.get(competency.code());
            if (l != null) {
                report.competency(CompetencyDistribution.perPosition(competency.code() + "+",
                        competency.nameId() + " (bersama)", competency.nameEn() + " (scored together)",
                        l.meetingStandard(), l.counts()));
            }
        }
    }

    static void classification(ReportData.Builder report, CompetencyFramework framework, List<CutScores> cuts,
            ItemBank bank) {
        for (CutScores c : cuts) {
            ClassificationIndices indices = Classification.rudner(c, bank.forScale(c.competency())).dMethod();
            Competency competency = framework.get(c.competency());
            List<List<Double>> confusion = new ArrayList<>();
            for (double[] row : indices.confusionMatrix()) {
                List<Double> r = new ArrayList<>();
                for (double v : row) {
                    r.add(v);
                }
                confusion.add(r);
            }
            report.classification(new ClassificationAccuracy(c.competency(), competency.nameId(), competency.nameEn(),
                    indices.accuracy(), indices.consistency(), confusion));
        }
    }

    /** Item characteristic and information curves and the test information and SE of one scale. */
    static void curves(ReportData.Builder report, ItemBank scale) {
        double[] theta = new double[81];
        double[] tif = new double[theta.length];
        double[] se = new double[theta.length];
        for (int q = 0; q < theta.length; q++) {
            theta[q] = -4 + 0.1 * q;
            tif[q] = scale.testInformation(theta[q]);
            se[q] = 1 / Math.sqrt(tif[q]);
        }
        List<ItemCurve> curves = new ArrayList<>();
        for (Item item : scale.items()) {
            double[] expected = new double[theta.length];
            double[] information = new double[theta.length];
            for (int q = 0; q < theta.length; q++) {
                expected[q] = item.model().expectedScore(theta[q]);
                information[q] = item.model().information(theta[q]);
            }
            curves.add(ItemCurve.of(item.id(), item.model().categories() - 1, expected, information));
        }
        report.curves(CurveSet.of(theta, curves, tif, se));
    }

    /**
     * The calibration table: each item's model, slope and locations with its fit statistics.
     *
     * @param fit item id → {S-X2, df, p, infit, outfit}, NaN where absent
     */
    static void fit(ReportData.Builder report, ItemBank bank, Map<String, double[]> fit) {
        for (Item item : bank.items()) {
            double[] f = fit.getOrDefault(item.id(), new double[] {Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN});
            List<Double> locations = new ArrayList<>();
            for (double b : item.model().thresholds()) {
                locations.add(b);
            }
            report.itemFit(new ItemFit(item.id(), item.model().type().code(), item.model().slope(), locations, f[0],
                    (int) f[1], f[2], f[3], f[4]));
        }
    }
}
