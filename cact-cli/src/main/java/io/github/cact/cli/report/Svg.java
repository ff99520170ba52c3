package io.github.cact.cli.report;

import java.util.List;

/** A tiny SVG writer: every coordinate printed with one decimal, every text escaped. */
final class Svg {

    private final StringBuilder out = new StringBuilder(4096);

    Svg(double width, double height, String cssClass, String label) {
        out.append("<svg class=\"").append(cssClass).append("\" viewBox=\"0 0 ").append(c(width)).append(' ')
                .append(c(height)).append("\" width=\"").append(c(width)).append("\" height=\"").append(c(height))
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(label)).append("\">");
    }

    static String c(double v) {
        return Html.num(v, 1);
    }

    /** Opens a group with the given raw (already escaped) attributes. */
    Svg open(String attributes) {
        out.append("<g ").append(attributes).append('>');
        return this;
    }

    Svg close() {
        out.append("</g>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line class=\"").append(cssClass).append("\" x1=\"").append(c(x1)).append("\" y1=\"")
                .append(c(y1)).append("\" x2=\"").append(c(x2)).append("\" y2=\"").append(c(y2)).append("\"/>");
        return this;
    }

    /** A rectangle; with a non-empty title it gets a hover text. */
    Svg rect(double x, double y, double w, double h, String cssClass, String fill, String title) {
        out.append("<rect class=\"").append(cssClass).append("\" x=\"").append(c(x)).append("\" y=\"").append(c(y))
                .append("\" width=\"").append(c(Math.max(0, w))).append("\" height=\"").append(c(Math.max(0, h)))
                .append('"');
        if (!fill.isEmpty()) {
            out.append(" fill=\"").append(fill).append('"');
        }
        if (title.isEmpty()) {
            out.append("/>");
        } else {
            out.append('>').append("<title>").append(Html.esc(title)).append("</title></rect>");
        }
        return this;
    }

    /** Text from already escaped markup (may contain {@code tspan}). */
    Svg textMarkup(double x, double y, String anchor, String cssClass, String markup) {
        out.append("<text class=\"").append(cssClass).append("\" x=\"").append(c(x)).append("\" y=\"").append(c(y))
                .append("\" text-anchor=\"").append(anchor).append("\">").append(markup).append("</text>");
        return this;
    }

    Svg text(double x, double y, String anchor, String cssClass, String text) {
        return textMarkup(x, y, anchor, cssClass, Html.esc(text));
    }

    /** Rotated (−90°) text, centred on (x, y). */
    Svg verticalText(double x, double y, String cssClass, String markup) {
        out.append("<text class=\"").append(cssClass).append("\" text-anchor=\"middle\" transform=\"translate(")
                .append(c(x)).append(' ').append(c(y)).append(") rotate(-90)\">").append(markup).append("</text>");
        return this;
    }

    /** A polyline through (xs[i], ys[i]) with a stroke colour and a hover title. */
    Svg polyline(List<Double> xs, List<Double> ys, String cssClass, String stroke, String title) {
        out.append("<polyline class=\"").append(cssClass).append("\" stroke=\"").append(stroke)
                .append("\" points=\"").append(points(xs, ys)).append("\">");
        out.append("<title>").append(Html.esc(title)).append("</title></polyline>");
        return this;
    }

    /** A circle with a hover title. */
    Svg circle(double cx, double cy, double r, String cssClass, String title) {
        out.append("<circle class=\"").append(cssClass).append("\" cx=\"").append(c(cx)).append("\" cy=\"")
                .append(c(cy)).append("\" r=\"").append(c(r)).append("\"><title>").append(Html.esc(title))
                .append("</title></circle>");
        return this;
    }

    /** A closed polygon, e.g. the area under a curve. */
    Svg polygon(List<Double> xs, List<Double> ys, String cssClass) {
        out.append("<polygon class=\"").append(cssClass).append("\" points=\"").append(points(xs, ys)).append("\"/>");
        return this;
    }

    private static String points(List<Double> xs, List<Double> ys) {
        StringBuilder p = new StringBuilder(xs.size() * 12);
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(c(xs.get(i))).append(',').append(c(ys.get(i)));
        }
        return p.toString();
    }

    @Override
    public String toString() {
        return out + "</svg>";
    }
}
