package io.github.cact.cli.report;

import java.util.List;

/** Classification accuracy and consistency per competency, with optional confusion matrices. */
final class AccuracySection {

    private AccuracySection() {
    }

    static String render(List<ClassificationAccuracy> entries) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<p class=\"lead\">Akurasi: peluang level yang ditetapkan sama dengan level sebenarnya; konsistensi: "
                + "peluang dua tes paralel memberi level yang sama. <small class=\"en\">Accuracy: probability that the "
                + "assigned level is the true level; consistency: probability that two parallel forms agree.</small></p>\n");
        out.append("<table class=\"data accuracy\" id=\"accuracy-table\">\n<thead><tr><th>")
                .append(Html.bi("Kompetensi", "Competency")).append("</th><th>").append(Html.bi("Akurasi", "Accuracy"))
                .append("</th><th>").append(Html.bi("Konsistensi", "Consistency")).append("</th></tr></thead>\n<tbody>\n");
        for (ClassificationAccuracy e : entries) {
            out.append("<tr data-code=\"").append(Html.esc(e.code())).append("\"><td><b>").append(Html.esc(e.code()))
                    .append("</b> ").append(Html.bi(e.nameId(), e.nameEn())).append("</td><td>")
                    .append(meter(e.accuracy(), "acc")).append("</td><td>").append(meter(e.consistency(), "con"))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        if (entries.stream().anyMatch(e -> !e.confusion().isEmpty())) {
            out.append("<h3>").append(Html.bi("Matriks klasifikasi", "Classification matrices"))
                    .append(" <small class=\"en\">(baris: level sebenarnya, kolom: level ditetapkan · rows: true, columns: assigned)</small></h3>\n")
                    .append("<div class=\"matrices\">\n");
            for (ClassificationAccuracy e : entries) {
                if (!e.confusion().isEmpty()) {
                    matrix(e, out);
                }
            }
            out.append("</div>\n");
        }
        return out.toString();
    }

    private static String meter(double value, String cssClass) {
        return "<div class=\"meter " + cssClass + "\"><span style=\"width:" + Html.num(100 * value, 1) + "%\"></span></div>"
                + "<span class=\"meter-val\">" + Html.pct(value) + "</span>";
    }

    private static void matrix(ClassificationAccuracy e, StringBuilder out) {
        List<List<Double>> m = e.confusion();
        double max = m.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).max().orElse(0);
        int decimals = max <= 1.0 ? 2 : 1;
        out.append("<table class=\"confusion\" data-code=\"").append(Html.esc(e.code())).append("\"><caption><b>")
                .append(Html.esc(e.code())).append("</b> ").append(Html.esc(e.nameId())).append("</caption>\n<tr><th></th>");
        for (int j = 0; j < m.size(); j++) {
            out.append("<th>").append(j + 1).append("</th>");
        }
        out.append("</tr>\n");
        for (int i = 0; i < m.size(); i++) {
            out.append("<tr><th>").append(i + 1).append("</th>");
            for (int j = 0; j < m.size(); j++) {
                double v = m.get(i).get(j);
                double alpha = max > 0 ? 0.08 + 0.8 * v / max : 0;
                out.append("<td class=\"").append(i == j ? "diag" : "off").append(alpha > 0.5 ? " strong" : "")
                        .append("\" style=\"background:rgba(47,109,179,").append(Html.num(alpha, 2)).append(")\">")
                        .append(Html.num(v, decimals)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }
}
