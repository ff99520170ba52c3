package io.github.cact.cli.report;

import java.util.List;

/** Stacked bars of the levels 1..5 per competency, with the standard level marked. */
final class CompetencySection {

    /** Fill per level 1..5: a sequential blue scale. */
    static final String[] LEVEL_FILL = {"#e3eef9", "#b3d1ec", "#74a9d8", "#3b7dbf", "#1c4e8c"};

    private static final double WIDTH = 1100;
    private static final double BAR_X = 345;
    private static final double BAR_W = 555;
    private static final double ROW = 48;
    private static final double PAD = 8;

    private CompetencySection() {
    }

    static String render(List<CompetencyDistribution> competencies) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<p class=\"lead\">Sebaran level 1–5 per kompetensi; garis gelap menandai level standar, angka di kanan "
                + "adalah persentase yang memenuhi standar. <small class=\"en\">Share of people at each level; the dark line "
                + "marks the standard level, the figure on the right is the share meeting the standard.</small></p>\n");
        out.append("<ul class=\"legend\">");
        for (int level = 1; level <= CompetencyDistribution.LEVELS; level++) {
            out.append("<li><span class=\"sw\" style=\"background:").append(LEVEL_FILL[level - 1])
                    .append("\"></span>Level ").append(level).append("</li>");
        }
        out.append("<li><span class=\"sw std\"></span>Standar <small class=\"en\">Standard</small></li></ul>\n");
        Svg svg = new Svg(WIDTH, 2 * PAD + ROW * competencies.size(), "chart competency-chart",
                "Level kompetensi / Competency levels");
        for (int i = 0; i < competencies.size(); i++) {
            row(svg, competencies.get(i), PAD + i * ROW);
        }
        out.append("<div class=\"figure\">").append(svg).append("</div>\n");
        return out.toString();
    }

    private static void row(Svg svg, CompetencyDistribution c, double y0) {
        int total = c.total();
        svg.open("class=\"comp-bar\" data-code=\"" + Html.esc(c.code()) + "\"");
        svg.text(0, y0 + 19, "start", "comp-code", c.code());
        svg.text(52, y0 + 19, "start", "comp-name", c.nameId());
        svg.text(52, y0 + 36, "start", "comp-en", c.nameEn());
        double barY = y0 + 8;
        double barH = 26;
        svg.rect(BAR_X, barY, BAR_W, barH, "bar-bg", "", "");
        double x = BAR_X;
        double standardX = Double.NaN;
        for (int level = 1; level <= CompetencyDistribution.LEVELS; level++) {
            int n = c.levelCounts().get(level - 1);
            if (level == c.standardLevel()) {
                standardX = x;
            }
            double w = total == 0 ? 0 : BAR_W * n / total;
            if (n > 0) {
                svg.rect(x, barY, w, barH, "seg level-" + level, LEVEL_FILL[level - 1],
                        c.code() + " level " + level + ": " + n + " (" + Html.share(n, total) + ")");
                if (w >= 24) {
                    svg.text(x + w / 2, barY + 17.5, "middle", level >= 4 ? "seg-label dark" : "seg-label", Integer.toString(n));
                }
            }
            x += w;
        }
        if (!Double.isNaN(standardX) && total > 0) {
            svg.line(standardX, barY - 5, standardX, barY + barH + 5, "std-mark");
        }
        String share = total == 0 ? "–" : Html.share(c.meetingStandard(), total);
        svg.text(BAR_X + BAR_W + 22, y0 + 21, "start", "comp-share", share);
        svg.textMarkup(BAR_X + BAR_W + 22, y0 + 37, "start", "comp-en",
                c.standardLevel() > 0
                        ? "≥ standar " + c.standardLevel() + " <tspan class=\"en\">(n = " + total + ")</tspan>"
                        : "≥ standar jabatan <tspan class=\"en\">(n = " + total + ")</tspan>");
        svg.close();
    }
}
