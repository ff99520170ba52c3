package io.github.cact.cli.report;

import java.util.List;

/**
 * The test-quality section: reliabilities per scale, the flagged items with their reasons, the DIF classes,
 * the person-fit histogram and the locally dependent item pairs; each part only when it has data.
 */
final class QualitySection {

    private static final double WIDTH = 1100;
    private static final double HEIGHT = 260;
    private static final String BAR = "#4e79a7";

    private QualitySection() {
    }

    static String render(TestQuality quality) {
        StringBuilder out = new StringBuilder(8192);
        if (!quality.reliabilities().isEmpty()) {
            reliabilities(quality.reliabilities(), out);
        }
        out.append("<h3>").append(Html.bi("Butir yang ditandai", "Flagged items")).append("</h3>\n");
        if (quality.flaggedItems().isEmpty()) {
            out.append("<p class=\"lead\"><span class=\"pill good\" id=\"flagged-count\">0</span> ")
                    .append(Html.bi("Tidak ada butir yang ditandai.", "No item is flagged.")).append("</p>\n");
        } else {
            flagged(quality.flaggedItems(), out);
        }
        if (!quality.dif().isEmpty()) {
            dif(quality.dif(), out);
        }
        if (quality.personFit() != null) {
            personFit(quality.personFit(), out);
        }
        if (!quality.ldPairs().isEmpty()) {
            ld(quality.ldPairs(), out);
        }
        return out.toString();
    }

    private static void reliabilities(List<TestQuality.Reliability> rows, StringBuilder out) {
        out.append("<div class=\"scroll\"><table class=\"data\" id=\"reliability-table\">\n<thead><tr><th>")
                .append(Html.bi("Skala", "Scale")).append("</th><th class=\"num\">")
                .append(Html.bi("Kasus lengkap", "Complete cases")).append("</th><th class=\"num\">α</th><th class=\"num\">")
                .append(Html.bi("IK 95 %", "95 % CI")).append("</th><th class=\"num\">")
                .append(Html.bi("Empiris", "Empirical")).append("</th><th class=\"num\">")
                .append(Html.bi("Marginal", "")).append("</th></tr></thead>\n<tbody>\n");
        for (TestQuality.Reliability r : rows) {
            out.append("<tr><td class=\"id\">").append(r.scale().isEmpty() ? "–" : Html.esc(r.scale()))
                    .append("</td><td class=\"num\">").append(r.complete()).append("</td><td class=\"num\">")
                    .append(Html.numOrDash(r.alpha(), 3)).append("</td><td class=\"num\">")
                    .append(Double.isNaN(r.lower()) ? "–" : Html.num(r.lower(), 3) + "–" + Html.num(r.upper(), 3))
                    .append("</td><td class=\"num\">").append(Html.numOrDash(r.empirical(), 3))
                    .append("</td><td class=\"num\">").append(Html.numOrDash(r.marginal(), 3)).append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n");
    }

    private static void flagged(List<TestQuality.FlaggedItem> rows, StringBuilder out) {
        out.append("<p class=\"lead\"><span class=\"pill bad\" id=\"flagged-count\">").append(rows.size())
                .append("</span> ").append(Html.bi("alasan untuk memeriksa butir", "reasons to review an item"))
                .append("</p>\n<div class=\"scroll\"><table class=\"data\" id=\"flagged-table\">\n<thead><tr><th>")
                .append(Html.bi("Skala", "Scale")).append("</th><th>").append(Html.bi("Butir", "Item")).append("</th><th>")
                .append(Html.bi("Alasan", "Reason")).append("</th></tr></thead>\n<tbody>\n");
        for (TestQuality.FlaggedItem f : rows) {
            out.append("<tr><td>").append(f.scale().isEmpty() ? "–" : Html.esc(f.scale())).append("</td><td class=\"id\">")
                    .append(Html.esc(f.item())).append("</td><td>").append(Html.bi(f.reasonId(), f.reasonEn()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n");
    }

    private static void dif(List<TestQuality.DifClass> rows, StringBuilder out) {
        out.append("<h3>").append(Html.bi("Keberfungsian butir diferensial (DIF)", "Differential item functioning"))
                .append("</h3>\n<div class=\"scroll\"><table class=\"data\" id=\"dif-table\">\n<thead><tr><th>")
                .append(Html.bi("Butir", "Item")).append("</th><th>")
                .append(Html.bi("Kelas ETS (MH)", "ETS class")).append("</th><th>")
                .append(Html.bi("Kelas regresi logistik", "Logistic class")).append("</th><th class=\"num\">")
                .append(Html.bi("p disesuaikan", "adjusted p")).append("</th></tr></thead>\n<tbody>\n");
        for (TestQuality.DifClass d : rows) {
            out.append("<tr><td class=\"id\">").append(Html.esc(d.item())).append("</td><td>").append(difClass(d.etsClass()))
                    .append("</td><td>").append(difClass(d.lrClass())).append("</td><td class=\"num\">")
                    .append(Double.isNaN(d.pAdjusted()) ? "–" : d.pAdjusted() < 0.001 ? "&lt; 0.001" : Html.num(d.pAdjusted(), 3))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n");
    }

    private static String difClass(String value) {
        if (value.isEmpty()) {
            return "<span class=\"flag none\">–</span>";
        }
        return "<span class=\"flag " + (value.equals("A") ? "ok" : value.equals("C") ? "bad" : "none") + "\">"
                + Html.esc(value) + "</span>";
    }

    private static void personFit(TestQuality.PersonFit fit, StringBuilder out) {
        out.append("<h3>").append(Html.bi("Kecocokan pola jawaban (lz*)", "Person fit (lz*)")).append("</h3>\n")
                .append("<p class=\"lead\"><span class=\"pill ").append(fit.flagged() > 0 ? "bad" : "good")
                .append("\" id=\"aberrant-count\">").append(fit.flagged()).append(" / ").append(fit.people())
                .append("</span> ").append(Html.bi("pola jawaban yang perlu diperiksa seseorang sebelum dipakai",
                        "answer patterns a person should check before they are used")).append("</p>\n");
        int max = fit.counts().stream().mapToInt(Integer::intValue).max().orElse(0);
        int bins = fit.counts().size();
        double end = fit.binStart() + bins * fit.binWidth();
        Svg svg = new Svg(WIDTH, HEIGHT, "chart personfit-chart", "Sebaran lz* / lz* distribution");
        Plot plot = new Plot(svg, 66, 24, WIDTH - 90, HEIGHT - 72, fit.binStart(), end, 0, Scale.niceMax(max, 5));
        plot.axes(bins, 5, Plot.title("lz*", "corrected standardized log-likelihood"), Plot.title("Jumlah orang", "People"));
        for (int i = 0; i < bins; i++) {
            double lo = fit.binStart() + i * fit.binWidth();
            double hi = lo + fit.binWidth();
            int n = fit.counts().get(i);
            double x0 = plot.x.map(lo) + 1;
            double x1 = plot.x.map(hi) - 1;
            double y = plot.y.map(n);
            String range = i == 0 ? "< " + Html.num(hi, 1) : i == bins - 1 ? "≥ " + Html.num(lo, 1)
                    : Html.num(lo, 1) + "–" + Html.num(hi, 1);
            svg.rect(x0, y, x1 - x0, plot.bottom() - y, "hist-bar", BAR, "lz* " + range + ": " + n);
        }
        out.append("<div class=\"figure\">").append(svg).append("</div>\n");
    }

    private static void ld(List<TestQuality.LdPair> pairs, StringBuilder out) {
        out.append("<h3>").append(Html.bi("Pasangan butir yang saling bergantung", "Locally dependent item pairs"))
                .append("</h3>\n<div class=\"scroll\"><table class=\"data\" id=\"ld-table\">\n<thead><tr><th>")
                .append(Html.bi("Butir 1", "Item 1")).append("</th><th>").append(Html.bi("Butir 2", "Item 2"))
                .append("</th><th class=\"num\">Q3</th><th class=\"num\">LD χ²</th></tr></thead>\n<tbody>\n");
        for (TestQuality.LdPair p : pairs) {
            out.append("<tr><td class=\"id\">").append(Html.esc(p.item1())).append("</td><td class=\"id\">")
                    .append(Html.esc(p.item2())).append("</td><td class=\"num\">").append(Html.numOrDash(p.q3(), 3))
                    .append("</td><td class=\"num\">").append(Html.numOrDash(p.ldChi2(), 2)).append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n");
    }
}
