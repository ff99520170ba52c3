package io.github.cact.cli.report;

import static io.github.cact.cli.report.Xhtml.hasClass;
import static io.github.cact.cli.report.Xhtml.one;
import static io.github.cact.cli.report.Xhtml.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SimulationSectionTest {

    private static final SimulationDesign ADAPTIVE = new SimulationDesign("Tes adaptif", "Adaptive test", 5.5, 0.41,
            0.8, 0.25, 0.12, List.of(0, 0, 0, 0, 3, 4, 2, 1), List.of(-1.0, 0.0, 1.0), List.of(0.5, 0.4, 0.45));
    private static final SimulationDesign FIXED = new SimulationDesign("Bentuk tetap", "Fixed form", 12, 0.38, 0.82, 1,
            Double.NaN, List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10), List.of(-1.0, 0.0, 1.0), List.of(0.4, 0.35, 0.4));
    private static final AdaptiveSimulation SIMULATION = new AdaptiveSimulation(10, ADAPTIVE, FIXED,
            List.of(0.1, 0.25, 0.0, 0.2));

    private static Document render() {
        return Xhtml.parse(HtmlReport.render(ReportData.builder("t").simulation(SIMULATION).build()));
    }

    @Test
    void theTableShowsBothDesignsSideBySide() {
        Document doc = render();
        List<Element> rows = select(doc, "//table[@id='simulation-table']/tbody/tr");
        assertEquals(5, rows.size());
        assertTrue(rows.get(0).getTextContent().contains("5.50"), rows.get(0).getTextContent());
        assertTrue(rows.get(0).getTextContent().contains("12.00"));
        assertTrue(rows.get(4).getTextContent().contains("–"), "an undefined overlap rate is a dash");
        assertTrue(one(doc, "//section[@id='simulation']/p").getTextContent().contains("54.2"), "the saving 1 - 5.5/12");
    }

    @Test
    void theChartsHaveABarPerLengthTwoSeCurvesAndABarPerItemHighestFirst() {
        Document doc = render();
        assertEquals(4, select(doc, "//*[" + hasClass("length-chart") + "]//*[" + hasClass("hist-bar") + "]").size(),
                "lengths 4..7 have examinees");
        List<Element> curves = select(doc, "//*[" + hasClass("conditional-se-chart") + "]//*[local-name()='polyline']");
        assertEquals(2, curves.size());
        assertEquals(3, curves.get(0).getAttribute("points").split(" ").length);
        List<Element> bars = select(doc, "//*[" + hasClass("exposure-chart") + "]//*[" + hasClass("hist-bar") + "]");
        assertEquals(4, bars.size());
        double previous = Double.POSITIVE_INFINITY;
        for (Element bar : bars) {
            double height = Double.parseDouble(bar.getAttribute("height"));
            assertTrue(height <= previous, "sorted by exposure");
            previous = height;
        }
    }

    @Test
    void badFiguresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SimulationDesign("a", "b", 1, 1, 1.5, 0, 0, List.of(),
                List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SimulationDesign("a", "b", 1, 1, 1, 0, 0, List.of(),
                List.of(0.0), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new AdaptiveSimulation(1, ADAPTIVE, FIXED, List.of(1.5)));
    }
}
