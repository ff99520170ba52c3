package io.github.cact.cli.report;

import java.util.ArrayList;
import java.util.List;

/** A chart's plot area inside an {@link Svg}: scales, grid, axes with ticks and axis titles. */
final class Plot {

    final Svg svg;
    final double left;
    final double top;
    final double width;
    final double height;
    final Scale x;
    final Scale y;

    Plot(Svg svg, double left, double top, double width, double height, double xMin, double xMax, double yMin,
         double yMax) {
        this.svg = svg;
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.x = new Scale(xMin, xMax, left, left + width);
        this.y = new Scale(yMin, yMax, top + height, top);
    }

    double bottom() {
        return top + height;
    }

    double right() {
        return left + width;
    }

    /** Grid lines, the x axis at the bottom and the y axis at the left, with tick labels and titles. */
    Plot axes(int xTicks, int yTicks, String xTitle, String yTitle) {
        int yd = y.decimals(yTicks);
        for (double t : y.ticks(yTicks)) {
            double py = y.map(t);
            svg.line(left, py, right(), py, "grid");
            svg.text(left - 6, py + 4, "end", "tick", Html.num(t, yd));
        }
        int xd = x.decimals(xTicks);
        for (double t : x.ticks(xTicks)) {
            double px = x.map(t);
            svg.line(px, bottom(), px, bottom() + 4, "axis");
            svg.text(px, bottom() + 17, "middle", "tick", Html.num(t, xd));
        }
        svg.line(left, bottom(), right(), bottom(), "axis");
        svg.line(left, top, left, bottom(), "axis");
        svg.textMarkup(left + width / 2, bottom() + 36, "middle", "axis-title", xTitle);
        if (!yTitle.isEmpty()) {
            svg.verticalText(left - 40, top + height / 2, "axis-title", yTitle);
        }
        return this;
    }

    /** A secondary y axis on the right with its own scale; returns that scale (data → pixels). */
    Scale rightAxis(double yMin, double yMax, int ticks, String title, String cssClass) {
        Scale y2 = new Scale(yMin, yMax, bottom(), top);
        int d = y2.decimals(ticks);
        for (double t : y2.ticks(ticks)) {
            double py = y2.map(t);
            svg.line(right(), py, right() + 4, py, "axis " + cssClass);
            svg.text(right() + 7, py + 4, "start", "tick " + cssClass, Html.num(t, d));
        }
        svg.line(right(), top, right(), bottom(), "axis " + cssClass);
        svg.verticalText(right() + 46, top + height / 2, "axis-title " + cssClass, title);
        return y2;
    }

    List<Double> xs(List<Double> data) {
        List<Double> px = new ArrayList<>(data.size());
        for (double v : data) {
            px.add(x.map(v));
        }
        return px;
    }

    static List<Double> mapAll(Scale scale, List<Double> data) {
        List<Double> px = new ArrayList<>(data.size());
        for (double v : data) {
            px.add(scale.map(v));
        }
        return px;
    }

    /** An SVG axis title: Indonesian, then English in a lighter tspan. */
    static String title(String indonesian, String english) {
        return Html.esc(indonesian) + " <tspan class=\"en\">" + Html.esc(english) + "</tspan>";
    }
}
