package io.github.cact.cli.report;

import static io.github.cact.cli.report.Xhtml.hasClass;
import static io.github.cact.cli.report.Xhtml.one;
import static io.github.cact.cli.report.Xhtml.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

class HtmlReportTest {

    private static final ReportData SAMPLE = SampleReports.full();
    private static final String HTML = HtmlReport.render(SAMPLE);
    private static final Document DOC = Xhtml.parse(HTML);

    @Test
    void everyNineBoxCellShowsItsCount() {
        for (int box = 1; box <= 9; box++) {
            Element count = one(DOC, "//div[@id='box-" + box + "']//span[" + hasClass("nb-count") + "]");
            assertEquals(Integer.toString(SampleReports.BOX_COUNTS[box - 1]), count.getTextContent(), "box " + box);
        }
        assertEquals("15", one(DOC, "//div[@id='box-9']//span[" + hasClass("nb-count") + "]").getTextContent());
    }

    @Test
    void nineBoxFollowsTheRegulationLayoutWithThePoolTopRight() {
        List<String> order = select(DOC, "//div[" + hasClass("nb-cell") + "]").stream().map(e -> e.getAttribute("id")).toList();
        assertEquals(List.of("box-4", "box-7", "box-9", "box-2", "box-5", "box-8", "box-1", "box-3", "box-6"), order);
        List<String> pool = select(DOC, "//div[" + hasClass("nb-cell") + " and " + hasClass("pool") + "]").stream()
                .map(e -> e.getAttribute("id")).toList();
        assertEquals(List.of("box-7", "box-9", "box-8"), pool);
    }

    @Test
    void nineBoxCellListsTheFirstNamesAndCountsTheRest() {
        List<Element> names = select(DOC, "//div[@id='box-5']//ul[" + hasClass("nb-names") + "]/li");
        assertEquals(ReportData.DEFAULT_NAMES_PER_BOX, names.size());
        assertEquals(SAMPLE.nineBox().get(4).names().get(0), names.get(0).getTextContent());
        assertTrue(one(DOC, "//div[@id='box-5']/p[" + hasClass("nb-more") + "]").getTextContent().startsWith("+27 "));

        ReportData two = ReportData.builder("t").namesPerBox(2).nineBoxCell(9, 3, List.of("A", "B", "C")).build();
        Document doc = Xhtml.parse(HtmlReport.render(two));
        assertEquals(List.of("A", "B"), select(doc, "//div[@id='box-9']//li").stream().map(Element::getTextContent).toList());
        assertEquals("0", one(doc, "//div[@id='box-1']//span[" + hasClass("nb-count") + "]").getTextContent());
    }

    @Test
    void successionPoolIsRankedByTalentScore() {
        List<Element> rows = select(DOC, "//table[@id='pool-table']/tbody/tr");
        assertEquals(SAMPLE.successionPool().size(), rows.size());
        double previous = Double.POSITIVE_INFINITY;
        for (Element row : rows) {
            double score = Double.parseDouble(lastCell(row));
            assertTrue(score <= previous, "descending scores");
            previous = score;
        }
    }

    private static String lastCell(Element row) {
        List<Element> cells = new ArrayList<>();
        for (int i = 0; i < row.getChildNodes().getLength(); i++) {
            if (row.getChildNodes().item(i) instanceof Element e) {
                cells.add(e);
            }
        }
        return cells.get(cells.size() - 1).getTextContent();
    }

    @Test
    void everyCompetencyHasABarGroupWithProportionalSegments() {
        List<Element> groups = select(DOC, "//g[" + hasClass("comp-bar") + "]");
        assertEquals(SAMPLE.competencies().stream().map(CompetencyDistribution::code).toList(),
                groups.stream().map(g -> g.getAttribute("data-code")).toList());
        Element m1 = one(DOC, "//g[@data-code='M1']");
        CompetencyDistribution c = SAMPLE.competencies().get(0);
        double total = 0;
        for (Element seg : select(DOC, "//g[@data-code='M1']/rect[" + hasClass("seg") + "]")) {
            total += Double.parseDouble(seg.getAttribute("width"));
        }
        double level4 = Double.parseDouble(one(DOC, "//g[@data-code='M1']/rect[" + hasClass("level-4") + "]").getAttribute("width"));
        assertEquals((double) c.levelCounts().get(3) / c.total(), level4 / total, 0.002);
        Element mark = one(DOC, "//g[@data-code='M1']/line[" + hasClass("std-mark") + "]");
        assertEquals(one(DOC, "//g[@data-code='M1']/rect[" + hasClass("level-4") + "]").getAttribute("x"), mark.getAttribute("x1"));
        assertTrue(m1.getTextContent().contains("58.3"), "share meeting standard 4 of M1 is 70/120");
    }

    @Test
    void curvesHaveOnePointPerGridPoint() {
        int items = SAMPLE.curves().orElseThrow().items().size();
        assertEquals(items, select(DOC, "//polyline[" + hasClass("icc") + "]").size());
        assertEquals(items, select(DOC, "//polyline[" + hasClass("iif") + "]").size());
        assertEquals(1, select(DOC, "//polyline[" + hasClass("tif") + "]").size());
        assertEquals(1, select(DOC, "//polyline[" + hasClass("se") + "]").size());
        List<Element> curves = select(DOC, "//polyline[" + hasClass("curve") + "]");
        assertEquals(2 * items + 2, curves.size());
        for (Element curve : curves) {
            assertEquals(SampleReports.GRID, curve.getAttribute("points").trim().split("\\s+").length);
        }
    }

    @Test
    void characteristicCurvesAreScaledByTheMaximumScore() {
        Element svg = one(DOC, "//svg[" + hasClass("icc-chart") + "]");
        Element polytomous = one(DOC, "//polyline[" + hasClass("icc") + " and title='SJT-10']");
        double yTop = 14;
        double yBottom = 14 + Double.parseDouble(svg.getAttribute("height")) - 62;
        double highest = Double.POSITIVE_INFINITY;
        for (String point : polytomous.getAttribute("points").trim().split("\\s+")) {
            double y = Double.parseDouble(point.split(",")[1]);
            assertTrue(y >= yTop - 0.05 && y <= yBottom + 0.05, "inside the plot: " + y);
            highest = Math.min(highest, y);
        }
        assertTrue(highest < yTop + 5, "an expected score near 3 of 3 reaches the top of the plot");
    }

    @Test
    void misfittingItemsAreFlagged() {
        long expected = SAMPLE.itemFits().stream().filter(f -> f.p() < 0.01).count();
        assertEquals(2, expected);
        assertEquals(expected, select(DOC, "//table[@id='fit-table']/tbody/tr[" + hasClass("misfit") + "]").size());
        assertTrue(one(DOC, "//span[@id='misfit-count']").getTextContent().startsWith(expected + " "));
        assertEquals(SAMPLE.itemFits().size(), select(DOC, "//table[@id='fit-table']/tbody/tr").size());
    }

    @Test
    void fitTableLeavesOutStatisticsNoItemHas() {
        ReportData data = ReportData.builder("t")
                .itemFit(new ItemFit("R1", "Rasch", Double.NaN, List.of(0.5), 3.2, 4, 0.52, Double.NaN, Double.NaN))
                .build();
        Document doc = Xhtml.parse(HtmlReport.render(data));
        List<String> headers = select(doc, "//table[@id='fit-table']/thead/tr/th").stream()
                .map(Element::getTextContent).toList();
        assertEquals(List.of("Butir Item", "Model", "b / ambang thresholds", "S-X²", "df", "p", "Status"), headers);
    }

    @Test
    void jpmHistogramHasABarPerBinColouredByCategory() {
        JpmDistribution jpm = SAMPLE.jpm().orElseThrow();
        List<Element> bars = select(DOC, "//rect[" + hasClass("hist-bar") + "]");
        assertEquals(jpm.counts().size(), bars.size());
        assertEquals(2, select(DOC, "//line[" + hasClass("threshold") + "]").size());
        // bins of 4 % from 40 %: bin 9 is [76, 80) → MMS, bin 10 is [80, 84) → MS, bin 6 is [64, 68) → KMS
        assertEquals(Set.of(bars.get(6).getAttribute("fill"), bars.get(9).getAttribute("fill"),
                bars.get(10).getAttribute("fill")).size(), 3);
        assertEquals(bars.get(10).getAttribute("fill"), bars.get(19).getAttribute("fill"));
        assertEquals(bars.get(3).getAttribute("fill"), bars.get(6).getAttribute("fill"));
    }

    @Test
    void classificationAccuracyHasARowPerCompetencyAndTheGivenMatrices() {
        List<Element> rows = select(DOC, "//table[@id='accuracy-table']/tbody/tr");
        assertEquals(SAMPLE.classification().size(), rows.size());
        Element m1 = one(DOC, "//table[@id='accuracy-table']/tbody/tr[@data-code='M1']");
        assertTrue(m1.getTextContent().contains("84.0"));
        assertEquals("width:84.0%", one(DOC, "//tr[@data-code='M1']//div[" + hasClass("acc") + "]/span").getAttribute("style"));
        assertEquals(3, select(DOC, "//table[" + hasClass("confusion") + "]").size());
        assertEquals(5, select(DOC, "//table[@data-code='M1']//td[" + hasClass("diag") + "]").size());
    }

    @Test
    void userTextIsEscapedNeverMarkup() {
        String evil = "<script>alert('x')</script> & \"Co\" <img src=x onerror=1>";
        ReportData data = ReportData.builder(evil).subtitle(evil).generatedAt(evil)
                .keyFigure(evil, evil, evil)
                .nineBoxCell(new NineBoxCell(9, 1, List.of(evil), evil))
                .poolMember(evil, 9, 80)
                .competency(CompetencyDistribution.withStandard(evil, evil, evil, 3, 1, 1, 1, 1, 1))
                .itemFit(new ItemFit(evil, evil, 1, List.of(0.0), 1, 1, 0.5, 1, 1))
                .classification(ClassificationAccuracy.of(evil, evil, evil, 0.5, 0.5))
                .note(evil)
                .build();
        String html = HtmlReport.render(data);
        Document doc = Xhtml.parse(html);
        assertTrue(select(doc, "//script | //img").isEmpty());
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<img"));
        assertEquals(evil, one(doc, "//div[@id='box-9']//li").getTextContent());
        assertEquals(evil, one(doc, "//h1").getTextContent());
        assertEquals(evil, one(doc, "//div[@id='box-9']").getAttribute("title"));
        assertEquals(evil, one(doc, "//g[" + hasClass("comp-bar") + "]").getAttribute("data-code"));
        for (Element e : Xhtml.all(doc)) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                assertFalse(((Attr) attributes.item(i)).getName().startsWith("on"), "no event handler attributes");
            }
        }
    }

    @Test
    void charactersNeitherHtmlNorXmlAllowAreReplaced() {
        String name = "A\u0000B\u001bC\uD800D\u0085E\uFFFF";
        Document doc = Xhtml.parse(HtmlReport.render(ReportData.builder("t").nineBoxCell(1, 1, List.of(name)).build()));
        assertEquals("A\uFFFDB\uFFFDC\uFFFDD\uFFFDE\uFFFD", one(doc, "//div[@id='box-1']//li").getTextContent());
    }

    private static final Set<String> FETCHING_ELEMENTS = Set.of("link", "script", "img", "image", "iframe", "frame",
            "object", "embed", "use", "audio", "video", "source", "track", "base", "form", "input", "feimage",
            "foreignobject", "picture", "portal");
    private static final Pattern EXTERNAL = Pattern.compile("(?i)https?:|//|url\\(|@import|javascript:|data:|file:|ftp:");

    @Test
    void reportHasNoExternalReferences() {
        assertNoExternalReferences(DOC);
        assertFalse(HTML.toLowerCase(Locale.ROOT).contains("http"), "no URL anywhere in the sample report");
        assertFalse(HTML.contains("//"), "no protocol-relative or absolute URL anywhere");
    }

    static void assertNoExternalReferences(Document doc) {
        Set<String> names = new LinkedHashSet<>();
        for (Element e : Xhtml.all(doc)) {
            String name = e.getTagName().toLowerCase(Locale.ROOT);
            names.add(name);
            assertFalse(FETCHING_ELEMENTS.contains(name), "element <" + name + "> may fetch");
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                String attr = a.getName().toLowerCase(Locale.ROOT);
                assertFalse(attr.equals("src") || attr.equals("srcset") || attr.endsWith("href") && !a.getValue().startsWith("#"),
                        "<" + name + " " + attr + "> refers outside the document");
                assertFalse(EXTERNAL.matcher(a.getValue()).find(), "<" + name + " " + attr + "=\"" + a.getValue() + "\">");
            }
            if (name.equals("style")) {
                assertFalse(EXTERNAL.matcher(e.getTextContent()).find(), "the stylesheet refers outside");
                assertFalse(e.getTextContent().contains("@font-face"), "no web fonts");
            }
        }
        assertTrue(names.contains("style") && names.contains("svg"), "scanned the CSS and the SVG charts");
        assertEquals(1, select(doc, "//style").size());
    }

    @Test
    void sectionsWithoutDataAreLeftOut() {
        Document bare = Xhtml.parse(HtmlReport.render(ReportData.builder("Hanya judul").build()));
        assertTrue(select(bare, "//section | //nav | //svg | //div[" + hasClass("cards") + "]").isEmpty());
        assertEquals("Hanya judul", one(bare, "//h1").getTextContent());

        ReportData competenciesOnly = ReportData.builder("t")
                .competency(CompetencyDistribution.perPosition("M1", "Integritas", "Integrity", 3, 1, 2, 3, 4, 5))
                .build();
        Document doc = Xhtml.parse(HtmlReport.render(competenciesOnly));
        assertEquals(List.of("competencies"), select(doc, "//section").stream().map(e -> e.getAttribute("id")).toList());
        assertTrue(select(doc, "//nav | //line[" + hasClass("std-mark") + "]").isEmpty(),
                "one section needs no navigation; per-position standards have no single mark");

        List<String> all = select(DOC, "//section").stream().map(e -> e.getAttribute("id")).toList();
        assertEquals(List.of("ninebox", "jpm", "competencies", "accuracy", "curves", "calibration", "notes"), all);
        assertEquals(all, select(DOC, "//nav/a").stream().map(a -> a.getAttribute("href").substring(1)).toList());
    }

    @Test
    void testCurvesAloneLeaveOutTheItemCharts() {
        CurveSet curves = CurveSet.of(new double[] {-1, 0, 1}, List.of(), new double[] {1, 2, 1}, new double[0]);
        Document doc = Xhtml.parse(HtmlReport.render(ReportData.builder("t").curves(curves).build()));
        assertTrue(select(doc, "//svg[" + hasClass("icc-chart") + "] | //polyline[" + hasClass("se") + "]").isEmpty());
        assertEquals(3, one(doc, "//polyline[" + hasClass("tif") + "]").getAttribute("points").split(" ").length);
    }

    @Test
    void renderingIsDeterministicAndLocaleIndependent() {
        assertEquals(HTML, HtmlReport.render(SAMPLE));
        assertEquals(HTML, HtmlReport.render(SampleReports.full()));
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(HTML, HtmlReport.render(SampleReports.full()));
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertEquals(HTML, HtmlReport.render(SampleReports.full()));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
