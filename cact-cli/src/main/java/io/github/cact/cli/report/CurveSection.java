package io.github.cact.cli.report;

import java.util.ArrayList;
import java.util.List;

/** Item characteristic curves, item information curves, and the test information with its standard error. */
final class CurveSection {

    /** Item colours (Tableau 10), repeated when there are more items. */
    static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
        "#ff9da7", "#9c755f", "#bab0ac"};

    private static final double HALF_W = 540;
    private static final double HALF_H = 300;
    private static final double FULL_W = 1100;
    private static final double FULL_H = 320;

    private CurveSection() {
    }

    static String render(CurveSet curves) {
        StringBuilder out = new StringBuilder(16384);
        List<Double> theta = curves.theta();
        if (!curves.items().isEmpty()) {
            out.append("<h3>").append(Html.bi("Kurva karakteristik dan informasi butir", "Item characteristic and information curves"))
                    .append("</h3>\n<div class=\"pair\">\n<div class=\"figure\">")
                    .append(itemChart(curves, true)).append("</div>\n<div class=\"figure\">")
                    .append(itemChart(curves, false)).append("</div>\n</div>\n<ul class=\"legend items\">");
            for (int i = 0; i < curves.items().size(); i++) {
                out.append("<li><span class=\"sw line\" style=\"background:").append(color(i)).append("\"></span>")
                        .append(Html.esc(curves.items().get(i).itemId())).append("</li>");
            }
            out.append("</ul>\n");
        }
        out.append("<h3>").append(Html.bi("Fungsi informasi tes dan galat baku", "Test information and standard error"))
                .append("</h3>\n<div class=\"figure\">").append(testChart(theta, curves)).append("</div>\n");
        return out.toString();
    }

    static String color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    private static String itemChart(CurveSet curves, boolean characteristic) {
        List<Double> theta = curves.theta();
        double yMax = 1.0;
        if (!characteristic) {
            double max = 0;
            for (ItemCurve item : curves.items()) {
                for (double v : item.information()) {
                    max = Math.max(max, v);
                }
            }
            yMax = Scale.niceMax(max, 0.1);
        }
        Svg svg = new Svg(HALF_W, HALF_H, "chart " + (characteristic ? "icc-chart" : "iif-chart"),
                characteristic ? "Kurva karakteristik butir / Item characteristic curves"
                        : "Kurva informasi butir / Item information curves");
        Plot plot = new Plot(svg, 62, 14, HALF_W - 78, HALF_H - 62, theta.get(0), theta.get(theta.size() - 1), 0, yMax);
        plot.axes(8, 5, Plot.title("Kemampuan θ", "Ability"),
                characteristic ? Plot.title("Skor harapan / maks", "Expected score / max")
                        : Plot.title("Informasi", "Information"));
        List<Double> xs = plot.xs(theta);
        for (int i = 0; i < curves.items().size(); i++) {
            ItemCurve item = curves.items().get(i);
            List<Double> ys = new ArrayList<>(theta.size());
            for (int k = 0; k < theta.size(); k++) {
                double v = characteristic ? item.expectedScore().get(k) / item.maxScore() : item.information().get(k);
                ys.add(plot.y.map(v));
            }
            svg.polyline(xs, ys, "curve " + (characteristic ? "icc" : "iif"), color(i), item.itemId());
        }
        return svg.toString();
    }

    private static String testChart(List<Double> theta, CurveSet curves) {
        List<Double> info = curves.testInformation();
        List<Double> se = curves.standardError();
        double infoMax = info.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Svg svg = new Svg(FULL_W, FULL_H, "chart tif-chart", "Informasi tes dan galat baku / Test information and SE");
        double right = se.isEmpty() ? 24 : 84;
        Plot plot = new Plot(svg, 66, 14, FULL_W - 66 - right, FULL_H - 62, theta.get(0), theta.get(theta.size() - 1),
                0, Scale.niceMax(infoMax, 0.1));
        plot.axes(8, 5, Plot.title("Kemampuan θ", "Ability"), Plot.title("Informasi tes", "Test information"));
        List<Double> xs = plot.xs(theta);
        List<Double> ys = Plot.mapAll(plot.y, info);
        List<Double> areaX = new ArrayList<>(xs);
        List<Double> areaY = new ArrayList<>(ys);
        areaX.add(plot.right());
        areaY.add(plot.bottom());
        areaX.add(plot.left);
        areaY.add(plot.bottom());
        svg.polygon(areaX, areaY, "tif-area");
        svg.polyline(xs, ys, "curve tif", "#2f6db3", "Informasi tes / Test information");
        if (!se.isEmpty()) {
            double seMax = se.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            Scale y2 = plot.rightAxis(0, Scale.niceMax(seMax, 0.1), 5, Plot.title("Galat baku", "SE"), "se");
            svg.polyline(xs, Plot.mapAll(y2, se), "curve se", "#d9622b", "Galat baku / Standard error");
        }
        int peak = 0;
        for (int k = 1; k < info.size(); k++) {
            if (info.get(k) > info.get(peak)) {
                peak = k;
            }
        }
        double px = xs.get(peak);
        double py = ys.get(peak);
        String peakText = "maks I = " + Html.num(info.get(peak), 2) + " pada θ = " + Html.num(theta.get(peak), 2);
        svg.circle(px, py, 4, "peak", peakText);
        svg.text(px + (px > plot.left + plot.width * 0.7 ? -8 : 8), py + 16,
                px > plot.left + plot.width * 0.7 ? "end" : "start", "annot", peakText);
        legend(svg, plot, !se.isEmpty());
        return svg.toString();
    }

    private static void legend(Svg svg, Plot plot, boolean withSe) {
        double x = plot.left + 14;
        double y = plot.top + 14;
        svg.line(x, y, x + 22, y, "curve tif legend-line");
        svg.textMarkup(x + 28, y + 4, "start", "legend-text", Plot.title("Informasi tes", "Test information"));
        if (withSe) {
            svg.line(x, y + 18, x + 22, y + 18, "curve se legend-line");
            svg.textMarkup(x + 28, y + 22, "start", "legend-text", Plot.title("Galat baku", "Standard error"));
        }
    }
}
