package io.github.cact.cli.report;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Parses the report as XML (it is written to be well-formed) and queries it with XPath. */
final class Xhtml {

    static {
        // Surefire patches the tests into the named module io.github.cact.cli, which does not read java.xml
        // (the report itself never needs it); a module may add a read edge for itself.
        ModuleLayer.boot().findModule("java.xml").ifPresent(Xhtml.class.getModule()::addReads);
    }

    private Xhtml() {
    }

    /** Parses strictly: any well-formedness error throws; no DTD or external entity is ever loaded. */
    static Document parse(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(html)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("report is not well-formed: " + e.getMessage(), e);
        }
    }

    /** The elements an XPath expression selects. */
    static List<Element> select(Document doc, String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Element) nodes.item(i));
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new AssertionError(e);
        }
    }

    /** The single element an XPath expression selects. */
    static Element one(Document doc, String xpath) {
        List<Element> found = select(doc, xpath);
        if (found.size() != 1) {
            throw new AssertionError("expected one element for " + xpath + ", found " + found.size());
        }
        return found.get(0);
    }

    /** XPath predicate: the element's class list contains the class. */
    static String hasClass(String cssClass) {
        return "contains(concat(' ', normalize-space(@class), ' '), ' " + cssClass + " ')";
    }

    /** Every element of the document, in document order. */
    static List<Element> all(Document doc) {
        NodeList nodes = doc.getElementsByTagName("*");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
