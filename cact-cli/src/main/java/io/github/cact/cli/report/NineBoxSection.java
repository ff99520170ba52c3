package io.github.cact.cli.report;

import java.util.Comparator;
import java.util.List;

/** The nine-box grid (rows: kinerja top→bottom, columns: potensial left→right) and the succession pool. */
final class NineBoxSection {

    /** Box numbers by row (top: di atas ekspektasi) and column (left: potensial rendah), PermenPANRB 3/2020. */
    static final int[][] LAYOUT = {{4, 7, 9}, {2, 5, 8}, {1, 3, 6}};

    private static final String[][] ROWS = {
        {"Di atas ekspektasi", "Above expectations"},
        {"Sesuai ekspektasi", "Meets expectations"},
        {"Di bawah ekspektasi", "Below expectations"},
    };
    private static final String[][] COLUMNS = {{"Rendah", "Low"}, {"Menengah", "Medium"}, {"Tinggi", "High"}};

    private NineBoxSection() {
    }

    static String render(ReportData d) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<p class=\"lead\">Penempatan menurut PermenPANRB 3/2020: kotak 7–9 adalah kelompok rencana suksesi. "
                + "<small class=\"en\">Placement by PermenPANRB 3/2020: boxes 7–9 form the succession pool.</small></p>\n");
        out.append("<div class=\"nb-wrap\">\n");
        if (!d.nineBox().isEmpty()) {
            out.append("<div class=\"nb-main\">\n");
            grid(d.nineBox(), d.namesPerBox(), out);
            out.append("</div>\n");
        }
        if (!d.successionPool().isEmpty()) {
            pool(d.successionPool(), out);
        }
        out.append("</div>\n");
        if (!d.nineBox().isEmpty()) {
            recommendations(d.nineBox(), out);
        }
        return out.toString();
    }

    private static void grid(List<NineBoxCell> cells, int namesPerBox, StringBuilder out) {
        int total = cells.stream().mapToInt(NineBoxCell::count).sum();
        out.append("<div class=\"ninebox\">\n<div class=\"nb-yaxis\"><span>Kinerja <small class=\"en\">Performance</small>")
                .append("</span></div>\n");
        for (int r = 0; r < 3; r++) {
            out.append("<div class=\"nb-rowlabel\">").append(Html.bi(ROWS[r][0], ROWS[r][1])).append("</div>\n");
            for (int c = 0; c < 3; c++) {
                cell(cells.get(LAYOUT[r][c] - 1), total, namesPerBox, out);
            }
        }
        out.append("<div class=\"nb-corner\"></div><div class=\"nb-corner\"></div>");
        for (String[] col : COLUMNS) {
            out.append("<div class=\"nb-collabel\">").append(Html.bi(col[0], col[1])).append("</div>");
        }
        out.append("\n<div class=\"nb-xaxis\">Potensial <small class=\"en\">Potential</small> →</div>\n</div>\n");
    }

    /** The follow-up per box, from 9 down, when any is given. */
    private static void recommendations(List<NineBoxCell> cells, StringBuilder out) {
        if (cells.stream().allMatch(c -> c.recommendation().isEmpty())) {
            return;
        }
        out.append("<h3>").append(Html.bi("Rekomendasi tindak lanjut", "Recommended follow-up"))
                .append("</h3>\n<ul class=\"recs\" id=\"recommendations\">\n");
        for (int box = 9; box >= 1; box--) {
            NineBoxCell cell = cells.get(box - 1);
            if (!cell.recommendation().isEmpty()) {
                out.append("<li><span class=\"boxchip box-").append(box).append("\">").append(box)
                        .append("</span><span>").append(Html.esc(cell.recommendation())).append("</span></li>\n");
            }
        }
        out.append("</ul>\n");
    }

    private static void cell(NineBoxCell cell, int total, int namesPerBox, StringBuilder out) {
        out.append("<div class=\"nb-cell box-").append(cell.box()).append(cell.inSuccessionPool() ? " pool" : "")
                .append("\" id=\"box-").append(cell.box()).append('"');
        if (!cell.recommendation().isEmpty()) {
            out.append(" title=\"").append(Html.esc(cell.recommendation())).append('"');
        }
        out.append(">\n<div class=\"nb-head\"><span class=\"nb-num\">").append(cell.box()).append("</span>")
                .append("<span class=\"nb-count\">").append(cell.count()).append("</span>")
                .append("<span class=\"nb-pct\">").append(Html.share(cell.count(), total)).append("</span>");
        out.append("</div>\n");
        List<String> names = cell.names();
        int shown = Math.min(namesPerBox, names.size());
        if (shown > 0) {
            out.append("<ul class=\"nb-names\">");
            for (String name : names.subList(0, shown)) {
                out.append("<li>").append(Html.esc(name)).append("</li>");
            }
            out.append("</ul>\n");
        }
        int more = cell.count() - shown;
        if (more > 0 && shown > 0) {
            out.append("<p class=\"nb-more\">+").append(more).append(" lainnya <small class=\"en\">more</small></p>\n");
        }
        out.append("</div>\n");
    }

    private static void pool(List<PoolMember> members, StringBuilder out) {
        List<PoolMember> sorted = members.stream()
                .sorted(Comparator.comparingDouble(PoolMember::talentScore).reversed()).toList();
        out.append("<aside class=\"pool\">\n<h3>").append(Html.bi("Kelompok rencana suksesi", "Succession pool"))
                .append(" <span class=\"pill\">").append(sorted.size()).append("</span></h3>\n")
                .append("<div class=\"scroll\"><table class=\"data\" id=\"pool-table\">\n<thead><tr><th class=\"num\">#</th><th>")
                .append(Html.bi("Nama", "Name")).append("</th><th class=\"num\">").append(Html.bi("Kotak", "Box"))
                .append("</th><th class=\"num\">").append(Html.bi("Skor talenta", "Talent score"))
                .append("</th></tr></thead>\n<tbody>\n");
        int rank = 1;
        for (PoolMember m : sorted) {
            out.append("<tr><td class=\"num\">").append(rank++).append("</td><td>").append(Html.esc(m.name()))
                    .append("</td><td class=\"num\"><span class=\"boxchip box-").append(m.box()).append("\">")
                    .append(m.box()).append("</span></td><td class=\"num\">").append(Html.num(m.talentScore(), 1))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n</aside>\n");
    }
}
