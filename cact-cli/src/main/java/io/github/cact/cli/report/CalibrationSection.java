package io.github.cact.cli.report;

import java.util.List;
import java.util.StringJoiner;
import java.util.function.ToDoubleFunction;

/** The calibration diagnostics table; columns without any value are left out. */
final class CalibrationSection {

    private CalibrationSection() {
    }

    static String render(List<ItemFit> fits) {
        long misfits = fits.stream().filter(ItemFit::misfit).count();
        boolean hasA = any(fits, ItemFit::discrimination);
        boolean hasFit = any(fits, ItemFit::p);
        boolean hasInfit = any(fits, ItemFit::infit);
        boolean hasOutfit = any(fits, ItemFit::outfit);
        StringBuilder out = new StringBuilder(8192);
        out.append("<p class=\"lead\"><span class=\"pill\">").append(fits.size()).append(" butir <small class=\"en\">items</small></span> ")
                .append("<span class=\"pill ").append(misfits > 0 ? "bad" : "good").append("\" id=\"misfit-count\">")
                .append(misfits).append(" tidak cocok <small class=\"en\">misfit</small></span> ")
                .append("Butir ditandai bila p(S-X²) &lt; ").append(Html.num(ItemFit.MISFIT_ALPHA, 2)).append(". ")
                .append("<small class=\"en\">Items are flagged when the S-X² p-value is below ")
                .append(Html.num(ItemFit.MISFIT_ALPHA, 2)).append(".</small></p>\n");
        out.append("<div class=\"scroll tall\"><table class=\"data\" id=\"fit-table\">\n<thead><tr><th>")
                .append(Html.bi("Butir", "Item")).append("</th><th>Model</th>");
        if (hasA) {
            out.append("<th class=\"num\">a</th>");
        }
        out.append("<th class=\"num\">").append(Html.bi("b / ambang", "thresholds")).append("</th>");
        if (hasFit) {
            out.append("<th class=\"num\">S-X²</th><th class=\"num\">df</th><th class=\"num\">p</th>");
        }
        if (hasInfit) {
            out.append("<th class=\"num\">Infit</th>");
        }
        if (hasOutfit) {
            out.append("<th class=\"num\">Outfit</th>");
        }
        out.append("<th>Status</th></tr></thead>\n<tbody>\n");
        for (ItemFit f : fits) {
            out.append(f.misfit() ? "<tr class=\"misfit\">" : "<tr>").append("<td class=\"id\">")
                    .append(Html.esc(f.itemId())).append("</td><td>").append(Html.esc(f.model())).append("</td>");
            if (hasA) {
                out.append("<td class=\"num\">").append(Html.numOrDash(f.discrimination(), 2)).append("</td>");
            }
            StringJoiner locations = new StringJoiner(", ");
            f.locations().forEach(b -> locations.add(Html.num(b, 2)));
            out.append("<td class=\"num\">").append(f.locations().isEmpty() ? "–" : locations.toString()).append("</td>");
            if (hasFit) {
                out.append("<td class=\"num\">").append(Html.numOrDash(f.sx2(), 2)).append("</td><td class=\"num\">")
                        .append(Double.isNaN(f.p()) ? "–" : Integer.toString(f.df())).append("</td><td class=\"num\">")
                        .append(pValue(f.p())).append("</td>");
            }
            if (hasInfit) {
                out.append("<td class=\"num\">").append(Html.numOrDash(f.infit(), 2)).append("</td>");
            }
            if (hasOutfit) {
                out.append("<td class=\"num\">").append(Html.numOrDash(f.outfit(), 2)).append("</td>");
            }
            out.append("<td>").append(status(f)).append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n");
        return out.toString();
    }

    private static boolean any(List<ItemFit> fits, ToDoubleFunction<ItemFit> statistic) {
        return fits.stream().anyMatch(f -> !Double.isNaN(statistic.applyAsDouble(f)));
    }

    private static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "–";
        }
        return p < 0.001 ? "&lt; 0.001" : Html.num(p, 3);
    }

    private static String status(ItemFit f) {
        if (Double.isNaN(f.p())) {
            return "<span class=\"flag none\">–</span>";
        }
        return f.misfit() ? "<span class=\"flag bad\">misfit</span>" : "<span class=\"flag ok\">ok</span>";
    }
}
