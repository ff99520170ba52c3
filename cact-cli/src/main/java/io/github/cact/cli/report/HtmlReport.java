package io.github.cact.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders {@link ReportData} as one self-contained HTML file: inline CSS and SVG, no scripts, no external
 * references of any kind, so it opens offline. The output is deterministic (same data, same bytes) and
 * well-formed XML as well as HTML, so it can be checked with an XML parser.
 */
public final class HtmlReport {

    private static final String CSS = loadCss();

    private HtmlReport() {
    }

    /**
     * Renders the report.
     *
     * @param data the report data
     * @return the complete HTML document
     */
    public static String render(ReportData data) {
        Objects.requireNonNull(data, "data");
        List<Section> sections = sections(data);
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"cact\"/>\n")
                .append("<title>").append(Html.esc(data.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(data, out);
        out.append("<main class=\"wrap\">\n");
        cards(data.keyFigures(), out);
        if (sections.size() > 1) {
            out.append("<nav class=\"toc\" aria-label=\"Isi\">");
            for (Section s : sections) {
                out.append("<a href=\"#").append(s.id()).append("\">").append(Html.esc(s.titleId())).append("</a>");
            }
            out.append("</nav>\n");
        }
        for (Section s : sections) {
            out.append("<section id=\"").append(s.id()).append("\" class=\"card\">\n<h2>")
                    .append(Html.bi(s.titleId(), s.titleEn())).append("</h2>\n");
            out.append(s.body());
            out.append("</section>\n");
        }
        out.append("</main>\n");
        footer(data, out);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /**
     * Renders the report and writes it; the writer is not closed.
     *
     * @param data the report data
     * @param out where to write (the caller chooses the encoding: the document declares UTF-8)
     * @throws IOException if writing fails
     */
    public static void write(ReportData data, Writer out) throws IOException {
        out.write(render(data));
    }

    private record Section(String id, String titleId, String titleEn, String body) {
    }

    private static List<Section> sections(ReportData d) {
        List<Section> s = new ArrayList<>();
        if (!d.nineBox().isEmpty() || !d.successionPool().isEmpty()) {
            s.add(new Section("ninebox", "Kotak manajemen talenta", "Nine-box talent grid", NineBoxSection.render(d)));
        }
        d.jpm().ifPresent(j -> s.add(new Section("jpm", "Job-Person-Match", "JPM distribution",
                JpmSection.render(j))));
        if (!d.competencies().isEmpty()) {
            s.add(new Section("competencies", "Level kompetensi", "Competency levels against the standard",
                    CompetencySection.render(d.competencies())));
        }
        if (!d.classification().isEmpty()) {
            s.add(new Section("accuracy", "Akurasi klasifikasi", "Classification accuracy",
                    AccuracySection.render(d.classification())));
        }
        d.curves().ifPresent(c -> s.add(new Section("curves", "Kurva butir dan tes", "Item and test curves",
                CurveSection.render(c))));
        if (!d.itemFits().isEmpty()) {
            s.add(new Section("calibration", "Diagnostik kalibrasi", "Calibration diagnostics",
                    CalibrationSection.render(d.itemFits())));
        }
        d.simulation().ifPresent(a -> s.add(new Section("simulation", "Simulasi tes adaptif", "Adaptive test simulation",
                SimulationSection.render(a))));
        d.testQuality().ifPresent(q -> s.add(new Section("quality", "Kualitas tes", "Test quality",
                QualitySection.render(q))));
        if (!d.notes().isEmpty()) {
            StringBuilder notes = new StringBuilder();
            for (String note : d.notes()) {
                notes.append("<p class=\"note\">").append(Html.esc(note)).append("</p>\n");
            }
            s.add(new Section("notes", "Catatan", "Notes", notes.toString()));
        }
        return s;
    }

    private static void header(ReportData d, StringBuilder out) {
        out.append("<header class=\"top\"><div class=\"wrap\">\n")
                .append("<p class=\"kicker\">Laporan CACT <small class=\"en\">Computer-assisted competency test report</small></p>\n")
                .append("<h1>").append(Html.esc(d.title())).append("</h1>\n");
        if (!d.subtitle().isEmpty()) {
            out.append("<p class=\"subtitle\">").append(Html.esc(d.subtitle())).append("</p>\n");
        }
        if (!d.generatedAt().isEmpty()) {
            out.append("<p class=\"meta\">Dibuat <small class=\"en\">Generated</small> ")
                    .append(Html.esc(d.generatedAt())).append("</p>\n");
        }
        out.append("</div></header>\n");
    }

    private static void cards(List<KeyFigure> figures, StringBuilder out) {
        if (figures.isEmpty()) {
            return;
        }
        out.append("<div class=\"cards\">\n");
        for (KeyFigure f : figures) {
            out.append("<div class=\"kf\"><div class=\"kf-value\">").append(Html.esc(f.value()))
                    .append("</div><div class=\"kf-label\">").append(Html.bi(f.labelId(), f.labelEn()))
                    .append("</div></div>\n");
        }
        out.append("</div>\n");
    }

    private static void footer(ReportData d, StringBuilder out) {
        out.append("<footer class=\"wrap foot\">\n<p>Penempatan kotak talenta dan kategori JPM adalah rekomendasi untuk "
                + "keputusan manusia; hasil penilaian adalah data pribadi (UU 27/2022). "
                + "<small class=\"en\">Nine-box placements and JPM categories are recommendations for a human decision; "
                + "assessment results are personal data.</small></p>\n<p>cact");
        if (!d.generatedAt().isEmpty()) {
            out.append(" · ").append(Html.esc(d.generatedAt()));
        }
        out.append("</p>\n</footer>\n");
    }

    private static String loadCss() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the cact-cli jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
