package io.github.cact.cli.report;

import static io.github.cact.cli.report.Xhtml.one;
import static io.github.cact.cli.report.Xhtml.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlReportProperties {

    @Property(tries = 100, seed = "20261122")
    void anyTextKeepsTheReportWellFormedAndInert(@ForAll @NotBlank String title, @ForAll String subtitle,
                                                 @ForAll @Size(max = 6) List<String> names, @ForAll @NotBlank String code,
                                                 @ForAll String label, @ForAll String note) {
        ReportData data = ReportData.builder(title).subtitle(subtitle).generatedAt(label)
                .keyFigure(code, label, note)
                .nineBoxCell(new NineBoxCell(9, names.size(), names, label))
                .competency(CompetencyDistribution.withStandard(code, label, label, 2, 1, 2, 3, 2, 1))
                .itemFit(new ItemFit(code, label, 1.0, List.of(0.0), 2, 3, 0.4, 1, 1))
                .note(note)
                .build();
        Document doc = Xhtml.parse(HtmlReport.render(data));
        assertEquals(Math.min(names.size(), ReportData.DEFAULT_NAMES_PER_BOX), select(doc, "//div[@id='box-9']//li").size());
        assertEquals(1, select(doc, "//h1").size());
        assertEquals(1, select(doc, "//g[" + Xhtml.hasClass("comp-bar") + "]").size());
        HtmlReportTest.assertNoExternalReferences(doc);
    }

    @Property(tries = 100, seed = "20261122")
    void markupCharactersRoundTripAsText(
            @ForAll @AlphaChars @Chars({'<', '>', '&', '"', '\'', ' ', ';', '#', '/', '=', '!', '-', '[', ']'})
            @StringLength(min = 1, max = 40) String name) {
        Document doc = Xhtml.parse(HtmlReport.render(ReportData.builder("t")
                .nineBoxCell(new NineBoxCell(1, 1, List.of(name), name)).build()));
        Element cell = one(doc, "//div[@id='box-1']");
        assertEquals(name, one(doc, "//div[@id='box-1']//li").getTextContent());
        assertEquals(name, cell.getAttribute("title"));
        assertTrue(select(doc, "//div[@id='box-1']//li/*").isEmpty(), "the name never becomes an element");
    }
}
