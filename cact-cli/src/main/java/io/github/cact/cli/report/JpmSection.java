package io.github.cact.cli.report;

import java.util.List;

/** The JPM histogram, coloured by category, with the category thresholds drawn as dashed lines. */
final class JpmSection {

    private static final String TOP = "#3f9b5a";
    private static final String MIDDLE = "#e8a33d";
    private static final String BOTTOM = "#d4574e";
    private static final String NONE = "#4e79a7";
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 300;

    private JpmSection() {
    }

    static String render(JpmDistribution jpm) {
        StringBuilder out = new StringBuilder(8192);
        List<JpmDistribution.Category> categories = jpm.categories();
        int people = categories.isEmpty() ? jpm.counts().stream().mapToInt(Integer::intValue).sum()
                : categories.stream().mapToInt(JpmDistribution.Category::count).sum();
        out.append("<p class=\"lead\">JPM = Σ level tercapai ÷ Σ level standar × 100 %. Skema kategori: <b>")
                .append(Html.esc(jpm.schemeId())).append("</b>");
        if (!jpm.schemeEn().isEmpty()) {
            out.append(" <small class=\"en\">(").append(Html.esc(jpm.schemeEn())).append(")</small>");
        }
        out.append("</p>\n");
        if (!categories.isEmpty()) {
            out.append("<div class=\"cats\">\n");
            for (int i = 0; i < categories.size(); i++) {
                JpmDistribution.Category c = categories.get(i);
                out.append("<div class=\"cat\" style=\"border-color:").append(color(i, categories.size()))
                        .append("\"><div class=\"cat-count\">").append(c.count()).append(" <span class=\"cat-share\">")
                        .append(Html.share(c.count(), people)).append("</span></div><div class=\"cat-label\">")
                        .append(Html.esc(c.label()));
                if (!c.abbrev().isEmpty()) {
                    out.append(" <small class=\"en\">").append(Html.esc(c.abbrev())).append("</small>");
                }
                out.append("</div><div class=\"cat-range\">")
                        .append(i > 0 && i == categories.size() - 1
                                ? "&lt; " + Html.num(categories.get(i - 1).lowerBound(), 0)
                                : "≥ " + Html.num(c.lowerBound(), 0))
                        .append(" %</div></div>\n");
            }
            out.append("</div>\n");
        }
        out.append("<div class=\"figure\">").append(histogram(jpm)).append("</div>\n");
        return out.toString();
    }

    private static String color(int index, int count) {
        if (index == 0) {
            return TOP;
        }
        return index == count - 1 ? BOTTOM : MIDDLE;
    }

    private static String binColor(JpmDistribution jpm, double value) {
        List<JpmDistribution.Category> categories = jpm.categories();
        for (int i = 0; i < categories.size(); i++) {
            if (value >= categories.get(i).lowerBound()) {
                return color(i, categories.size());
            }
        }
        return categories.isEmpty() ? NONE : BOTTOM;
    }

    private static String histogram(JpmDistribution jpm) {
        int max = jpm.counts().stream().mapToInt(Integer::intValue).max().orElse(0);
        Svg svg = new Svg(WIDTH, HEIGHT, "chart jpm-chart", "Sebaran JPM / JPM distribution");
        Plot plot = new Plot(svg, 66, 24, WIDTH - 90, HEIGHT - 72, jpm.binStart(), jpm.binEnd(), 0,
                Scale.niceMax(max, 5));
        plot.axes(10, 5, Plot.title("JPM (%)", "Job-Person-Match"), Plot.title("Jumlah orang", "People"));
        for (int i = 0; i < jpm.counts().size(); i++) {
            double lo = jpm.binStart() + i * jpm.binWidth();
            double hi = lo + jpm.binWidth();
            int n = jpm.counts().get(i);
            double x0 = plot.x.map(lo) + 1;
            double x1 = plot.x.map(hi) - 1;
            double y = plot.y.map(n);
            svg.rect(x0, y, x1 - x0, plot.bottom() - y, "hist-bar", binColor(jpm, lo + jpm.binWidth() / 2),
                    "JPM " + Html.num(lo, 1) + "–" + Html.num(hi, 1) + " %: " + n);
        }
        List<JpmDistribution.Category> categories = jpm.categories();
        for (int i = 0; i < categories.size() - 1; i++) {
            JpmDistribution.Category c = categories.get(i);
            if (c.lowerBound() > jpm.binStart() && c.lowerBound() < jpm.binEnd()) {
                double x = plot.x.map(c.lowerBound());
                svg.line(x, plot.top - 8, x, plot.bottom(), "threshold");
                String label = (c.abbrev().isEmpty() ? c.label() : c.abbrev()) + " ≥ " + Html.num(c.lowerBound(), 0);
                svg.text(x + 5, plot.top - 1, "start", "threshold-label", label);
            }
        }
        return svg.toString();
    }
}
