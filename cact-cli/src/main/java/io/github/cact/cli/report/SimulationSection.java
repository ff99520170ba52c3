package io.github.cact.cli.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An adaptive-test simulation: the key statistics of the adaptive design beside the fixed form, the
 * distribution of adaptive test lengths, the standard error along θ of both designs, and the exposure
 * rates of the items, highest first.
 */
final class SimulationSection {

    private static final String ADAPTIVE = "#2f6db3";
    private static final String FIXED = "#d9622b";
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 300;

    private SimulationSection() {
    }

    static String render(AdaptiveSimulation simulation) {
        SimulationDesign adaptive = simulation.adaptive();
        SimulationDesign fixed = simulation.fixed();
        StringBuilder out = new StringBuilder(16384);
        double saving = fixed.meanItems() > 0 ? 1 - adaptive.meanItems() / fixed.meanItems() : 0;
        out.append("<p class=\"lead\">").append(simulation.examinees())
                .append(" peserta simulasi menjawab tes adaptif dan bentuk tetap; tes adaptif memakai rata-rata ")
                .append(Html.num(adaptive.meanItems(), 1)).append(" butir, bentuk tetap ").append(Html.num(fixed.meanItems(), 1))
                .append(" (hemat ").append(Html.pct(saving)).append("). <small class=\"en\">").append(simulation.examinees())
                .append(" simulated examinees took the adaptive test and the fixed form; the adaptive test used ")
                .append(Html.num(adaptive.meanItems(), 1)).append(" items on average, the fixed form ")
                .append(Html.num(fixed.meanItems(), 1)).append(" (a saving of ").append(Html.pct(saving))
                .append(").</small></p>\n");
        table(adaptive, fixed, out);
        out.append("<h3>").append(Html.bi("Panjang tes adaptif", "Adaptive test length")).append("</h3>\n<div class=\"figure\">")
                .append(lengthChart(adaptive, fixed)).append("</div>\n");
        out.append("<h3>").append(Html.bi("Galat baku menurut θ", "Standard error along θ")).append("</h3>\n")
                .append("<ul class=\"legend\"><li><span class=\"sw line\" style=\"background:").append(ADAPTIVE)
                .append("\"></span>").append(Html.bi(adaptive.nameId(), adaptive.nameEn()))
                .append("</li><li><span class=\"sw line\" style=\"background:").append(FIXED).append("\"></span>")
                .append(Html.bi(fixed.nameId(), fixed.nameEn())).append("</li></ul>\n<div class=\"figure\">")
                .append(seChart(adaptive, fixed)).append("</div>\n");
        out.append("<h3>").append(Html.bi("Paparan butir", "Item exposure")).append("</h3>\n<div class=\"figure\">")
                .append(exposureChart(simulation.exposureRates())).append("</div>\n");
        return out.toString();
    }

    private static void table(SimulationDesign adaptive, SimulationDesign fixed, StringBuilder out) {
        out.append("<table class=\"data simulation\" id=\"simulation-table\">\n<thead><tr><th></th><th>")
                .append(Html.bi(adaptive.nameId(), adaptive.nameEn())).append("</th><th>")
                .append(Html.bi(fixed.nameId(), fixed.nameEn())).append("</th></tr></thead>\n<tbody>\n");
        row(out, "Rata-rata jumlah butir", "Mean items", Html.num(adaptive.meanItems(), 2), Html.num(fixed.meanItems(), 2));
        row(out, "RMSE θ", "RMSE of θ", Html.num(adaptive.rmse(), 3), Html.num(fixed.rmse(), 3));
        row(out, "Akurasi klasifikasi", "Classification accuracy", Html.pct(adaptive.classificationAccuracy()),
                Html.pct(fixed.classificationAccuracy()));
        row(out, "Paparan maksimum", "Maximum exposure", Html.num(adaptive.maxExposure(), 3), Html.num(fixed.maxExposure(), 3));
        row(out, "Laju tumpang tindih", "Test overlap rate", Html.numOrDash(adaptive.overlapRate(), 3),
                Html.numOrDash(fixed.overlapRate(), 3));
        out.append("</tbody></table>\n");
    }

    private static void row(StringBuilder out, String labelId, String labelEn, String adaptive, String fixed) {
        out.append("<tr><td>").append(Html.bi(labelId, labelEn)).append("</td><td class=\"num\">").append(adaptive)
                .append("</td><td class=\"num\">").append(fixed).append("</td></tr>\n");
    }

    private static String lengthChart(SimulationDesign adaptive, SimulationDesign fixed) {
        List<Integer> counts = adaptive.lengths();
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        double xMax = Math.max(counts.size(), Math.ceil(fixed.meanItems()) + 1);
        Svg svg = new Svg(WIDTH, HEIGHT, "chart length-chart", "Panjang tes adaptif / Adaptive test length");
        Plot plot = new Plot(svg, 66, 24, WIDTH - 90, HEIGHT - 72, 0, Scale.niceMax(xMax, 5), 0, Scale.niceMax(max, 5));
        plot.axes(10, 5, Plot.title("Jumlah butir", "Items answered"), Plot.title("Jumlah peserta", "Examinees"));
        for (int length = 0; length < counts.size(); length++) {
            int n = counts.get(length);
            if (n > 0) {
                double x0 = plot.x.map(length - 0.5);
                double x1 = plot.x.map(length + 0.5);
                double y = plot.y.map(n);
                svg.rect(x0 + 0.5, y, Math.max(1, x1 - x0 - 1), plot.bottom() - y, "hist-bar", ADAPTIVE,
                        length + " butir / items: " + n);
            }
        }
        double x = plot.x.map(fixed.meanItems());
        svg.line(x, plot.top - 8, x, plot.bottom(), "threshold");
        svg.text(x - 5, plot.top - 1, "end", "threshold-label", fixed.nameEn() + " " + Html.num(fixed.meanItems(), 1));
        return svg.toString();
    }

    private static String seChart(SimulationDesign adaptive, SimulationDesign fixed) {
        double seMax = 0;
        double thetaMin = 0;
        double thetaMax = 0;
        for (SimulationDesign design : List.of(adaptive, fixed)) {
            for (int k = 0; k < design.theta().size(); k++) {
                seMax = Math.max(seMax, design.se().get(k));
                thetaMin = Math.min(thetaMin, design.theta().get(k));
                thetaMax = Math.max(thetaMax, design.theta().get(k));
            }
        }
        Svg svg = new Svg(WIDTH, HEIGHT, "chart conditional-se-chart", "Galat baku menurut θ / Standard error along θ");
        Plot plot = new Plot(svg, 66, 14, WIDTH - 90, HEIGHT - 62, Math.min(-3, thetaMin), Math.max(3, thetaMax), 0,
                Scale.niceMax(seMax, 0.1));
        plot.axes(12, 5, Plot.title("θ sebenarnya", "True ability"), Plot.title("Galat baku", "Standard error"));
        svg.polyline(plot.xs(adaptive.theta()), Plot.mapAll(plot.y, adaptive.se()), "curve", ADAPTIVE, adaptive.nameEn());
        svg.polyline(plot.xs(fixed.theta()), Plot.mapAll(plot.y, fixed.se()), "curve", FIXED, fixed.nameEn());
        return svg.toString();
    }

    private static String exposureChart(List<Double> rates) {
        List<Double> sorted = new ArrayList<>(rates);
        sorted.sort(Comparator.reverseOrder());
        double max = sorted.isEmpty() ? 0 : sorted.get(0);
        Svg svg = new Svg(WIDTH, HEIGHT, "chart exposure-chart", "Paparan butir / Item exposure");
        Plot plot = new Plot(svg, 66, 24, WIDTH - 90, HEIGHT - 72, 0, Math.max(1, sorted.size()), 0, Scale.niceMax(max, 0.1));
        plot.axes(10, 5, Plot.title("Butir, urut menurut paparan", "Items by exposure"),
                Plot.title("Laju paparan", "Exposure rate"));
        double width = plot.width / Math.max(1, sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            double y = plot.y.map(sorted.get(i));
            svg.rect(plot.x.map(i), y, Math.max(0.5, width - (width > 3 ? 1 : 0)), plot.bottom() - y, "hist-bar",
                    ADAPTIVE, "");
        }
        double y = plot.y.map(max);
        svg.line(plot.left, y, plot.right(), y, "threshold");
        svg.text(plot.right() - 4, y - 5, "end", "threshold-label", "maks / max " + Html.num(max, 3));
        return svg.toString();
    }
}
