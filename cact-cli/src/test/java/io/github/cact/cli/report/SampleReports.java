package io.github.cact.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Report data for tests and for the screenshot: a made-up cohort of 120 Administrator-level civil servants. */
final class SampleReports {

    static final String[][] COMPETENCIES = {
        {"M1", "Integritas", "Integrity"},
        {"M2", "Kerja Sama", "Collaboration"},
        {"M3", "Komunikasi", "Communication"},
        {"M4", "Orientasi pada Hasil", "Results orientation"},
        {"M5", "Pelayanan Publik", "Public service"},
        {"M6", "Pengembangan Diri dan Orang Lain", "Developing self and others"},
        {"M7", "Mengelola Perubahan", "Managing change"},
        {"M8", "Pengambilan Keputusan", "Decision making"},
        {"SK1", "Perekat Bangsa", "National unifier"},
    };

    /** People per box 1..9. */
    static final int[] BOX_COUNTS = {4, 9, 11, 6, 32, 10, 14, 19, 15};

    private static final String[] RECOMMENDATIONS = {
        "Diproses sesuai ketentuan peraturan perundang-undangan",
        "Bimbingan kinerja; pengembangan kompetensi; penempatan yang sesuai",
        "Bimbingan kinerja; konseling kinerja; pengembangan kompetensi; penempatan yang sesuai",
        "Rotasi; pengembangan kompetensi",
        "Penempatan yang sesuai; bimbingan kinerja; pengembangan kompetensi",
        "Penempatan yang sesuai; bimbingan kinerja; konseling kinerja",
        "Dipertahankan; masuk kelompok rencana suksesi instansi; rotasi/pengayaan jabatan; pengembangan kompetensi",
        "Dipertahankan; masuk kelompok rencana suksesi instansi; rotasi/perluasan jabatan; bimbingan kinerja",
        "Dipromosikan dan dipertahankan; masuk kelompok rencana suksesi instansi/nasional; penghargaan",
    };

    private static final String[] FIRST = {"Ayu", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Indah",
        "Joko", "Kartika", "Lestari", "Made", "Nur", "Oktavia", "Putu", "Rina", "Sari", "Teguh", "Wahyu", "Yusuf"};
    private static final String[] LAST = {"Pratama", "Wijaya", "Santoso", "Lestari", "Hidayat", "Nugroho", "Saputra",
        "Kusuma", "Siregar", "Harahap", "Wibowo", "Purnama", "Setiawan"};

    /** θ grid −4..4 in steps of 0.1. */
    static final int GRID = 81;

    private SampleReports() {
    }

    static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i * 5 + i / FIRST.length) % LAST.length];
    }

    static double[] theta() {
        double[] t = new double[GRID];
        for (int k = 0; k < GRID; k++) {
            t[k] = -4 + 0.1 * k;
        }
        return t;
    }

    /** A full report: every section present. */
    static ReportData full() {
        ReportData.Builder b = ReportData.builder("Pemetaan Kompetensi Manajerial dan Sosial Kultural")
                .subtitle("Contoh instansi · Jabatan Administrator · Semester I 2025")
                .generatedAt("2025-06-30 14:00 WIB")
                .keyFigure("Peserta", "People", "120")
                .keyFigure("Butir", "Items", "10")
                .keyFigure("Jabatan", "Positions", "14")
                .keyFigure("Rerata JPM", "Mean JPM", "84.6 %")
                .keyFigure("Kelompok suksesi", "Succession pool", "48");
        int person = 0;
        for (int box = 1; box <= 9; box++) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < BOX_COUNTS[box - 1]; i++) {
                String name = name(person++);
                names.add(name);
                if (box >= 7) {
                    b.poolMember(name, box, 40 + 5 * box + ((person * 37) % 100) / 10.0);
                }
            }
            b.nineBoxCell(new NineBoxCell(box, BOX_COUNTS[box - 1], names.subList(0, Math.min(names.size(), 8)),
                    RECOMMENDATIONS[box - 1]));
        }
        competencies(b);
        b.curves(curves());
        fits(b);
        accuracy(b);
        b.jpm(jpm());
        b.note("Data contoh buatan untuk dokumentasi; bukan data pegawai nyata. "
                + "Made-up sample data for documentation; not real employees.");
        return b.build();
    }

    private static void competencies(ReportData.Builder b) {
        int[][] counts = {
            {2, 10, 38, 52, 18}, {3, 18, 55, 36, 8}, {5, 22, 51, 34, 8}, {4, 20, 48, 38, 10}, {2, 14, 46, 44, 14},
            {9, 31, 50, 24, 6}, {7, 28, 52, 27, 6}, {6, 25, 49, 32, 8}, {1, 9, 40, 50, 20},
        };
        for (int i = 0; i < COMPETENCIES.length; i++) {
            String[] c = COMPETENCIES[i];
            int standard = c[0].equals("M1") || c[0].equals("SK1") ? 4 : 3;
            b.competency(CompetencyDistribution.withStandard(c[0], c[1], c[2], standard, counts[i]));
        }
    }

    /** Ten items: seven 2PL and three graded-response items with four categories. */
    static CurveSet curves() {
        double[] theta = theta();
        double[][] dich = {{1.2, -1.8}, {0.9, -1.0}, {1.6, -0.4}, {1.1, 0.0}, {2.0, 0.3}, {0.7, 0.9}, {1.4, 1.6}};
        double[][] graded = {{1.3, -1.5, -0.3, 1.0}, {0.9, -2.0, 0.0, 1.8}, {1.8, -0.8, 0.4, 1.4}};
        List<ItemCurve> items = new ArrayList<>();
        double[] tif = new double[GRID];
        for (int i = 0; i < dich.length; i++) {
            double[] e = new double[GRID];
            double[] info = new double[GRID];
            for (int k = 0; k < GRID; k++) {
                double p = logistic(dich[i][0] * (theta[k] - dich[i][1]));
                e[k] = p;
                info[k] = dich[i][0] * dich[i][0] * p * (1 - p);
                tif[k] += info[k];
            }
            items.add(ItemCurve.of(String.format(Locale.ROOT, "M%d-%02d", i % 8 + 1, i + 1), 1, e, info));
        }
        for (int i = 0; i < graded.length; i++) {
            double a = graded[i][0];
            double[] e = new double[GRID];
            double[] info = new double[GRID];
            for (int k = 0; k < GRID; k++) {
                double[] star = {1, logistic(a * (theta[k] - graded[i][1])), logistic(a * (theta[k] - graded[i][2])),
                    logistic(a * (theta[k] - graded[i][3])), 0};
                for (int cat = 0; cat < 4; cat++) {
                    double pc = star[cat] - star[cat + 1];
                    double d = star[cat] * (1 - star[cat]) - star[cat + 1] * (1 - star[cat + 1]);
                    e[k] += cat * pc;
                    info[k] += a * a * d * d / pc;
                }
                tif[k] += info[k];
            }
            items.add(ItemCurve.of(String.format(Locale.ROOT, "SJT-%02d", i + 8), 3, e, info));
        }
        double[] se = new double[GRID];
        for (int k = 0; k < GRID; k++) {
            se[k] = 1 / Math.sqrt(tif[k]);
        }
        return CurveSet.of(theta, items, tif, se);
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static void fits(ReportData.Builder b) {
        Object[][] rows = {
            {"M1-01", "2PL", 1.2, new double[] {-1.8}, 8.31, 9, 0.503, 0.98, 1.02},
            {"M2-02", "2PL", 0.9, new double[] {-1.0}, 12.07, 10, 0.281, 1.04, 1.11},
            {"M3-03", "2PL", 1.6, new double[] {-0.4}, 27.94, 10, 0.0018, 1.21, 1.38},
            {"M4-04", "2PL", 1.1, new double[] {0.0}, 9.66, 10, 0.471, 0.97, 0.95},
            {"M5-05", "2PL", 2.0, new double[] {0.3}, 14.40, 9, 0.109, 0.91, 0.84},
            {"M6-06", "2PL", 0.7, new double[] {0.9}, 6.12, 10, 0.805, 1.01, 1.03},
            {"M7-07", "2PL", 1.4, new double[] {1.6}, 31.50, 9, 0.0002, 1.27, 1.52},
            {"SJT-08", "GRM", 1.3, new double[] {-1.5, -0.3, 1.0}, 35.2, 28, 0.163, 1.02, 1.06},
            {"SJT-09", "GRM", 0.9, new double[] {-2.0, 0.0, 1.8}, 24.8, 29, 0.690, 0.99, 0.97},
            {"SJT-10", "GRM", 1.8, new double[] {-0.8, 0.4, 1.4}, 40.1, 27, 0.050, 1.08, 1.12},
        };
        for (Object[] r : rows) {
            List<Double> locations = new ArrayList<>();
            for (double v : (double[]) r[3]) {
                locations.add(v);
            }
            b.itemFit(new ItemFit((String) r[0], (String) r[1], (Double) r[2], locations, (Double) r[4],
                    (Integer) r[5], (Double) r[6], (Double) r[7], (Double) r[8]));
        }
    }

    private static void accuracy(ReportData.Builder b) {
        double[] acc = {0.84, 0.79, 0.77, 0.81, 0.83, 0.74, 0.76, 0.78, 0.86};
        double[] con = {0.78, 0.72, 0.70, 0.74, 0.77, 0.66, 0.69, 0.71, 0.80};
        for (int i = 0; i < COMPETENCIES.length; i++) {
            String[] c = COMPETENCIES[i];
            List<List<Double>> matrix = i < 3 ? confusion(acc[i]) : List.of();
            b.classification(new ClassificationAccuracy(c[0], c[1], c[2], acc[i], con[i], matrix));
        }
    }

    /** A 5×5 matrix of proportions with the given diagonal mass, the rest on the neighbours. */
    private static List<List<Double>> confusion(double accuracy) {
        double[] margin = {0.03, 0.15, 0.40, 0.32, 0.10};
        List<List<Double>> m = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            List<Double> row = new ArrayList<>();
            int neighbours = i == 0 || i == 4 ? 1 : 2;
            for (int j = 0; j < 5; j++) {
                double share = i == j ? accuracy : Math.abs(i - j) == 1 ? (1 - accuracy) / neighbours : 0;
                row.add(Math.round(margin[i] * share * 1000) / 1000.0);
            }
            m.add(row);
        }
        return m;
    }

    /** JPM in bins of 4 % from 40 % to 120 %, scheme "uji kompetensi" (MS ≥ 80, MMS ≥ 68). */
    static JpmDistribution jpm() {
        List<Integer> counts = List.of(0, 0, 0, 1, 1, 2, 3, 4, 6, 8, 11, 14, 16, 15, 13, 10, 7, 5, 3, 1);
        int ms = 0;
        int mms = 0;
        int kms = 0;
        for (int i = 0; i < counts.size(); i++) {
            double lo = 40 + 4 * i;
            if (lo >= 80) {
                ms += counts.get(i);
            } else if (lo >= 68) {
                mms += counts.get(i);
            } else {
                kms += counts.get(i);
            }
        }
        return new JpmDistribution("Uji kompetensi", "Filling a position", 40, 4, counts, List.of(
                new JpmDistribution.Category("Memenuhi Syarat", "MS", 80, ms),
                new JpmDistribution.Category("Masih Memenuhi Syarat", "MMS", 68, mms),
                new JpmDistribution.Category("Kurang Memenuhi Syarat", "KMS", 0, kms)));
    }
}
