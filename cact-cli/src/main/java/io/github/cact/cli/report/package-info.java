/**
 * The cact report: one self-contained, offline HTML file with inline CSS and SVG charts.
 *
 * <p>{@link io.github.cact.cli.report.ReportData} is a plain immutable input model, filled by the
 * pipeline; {@link io.github.cact.cli.report.HtmlReport} turns it into deterministic HTML that is also
 * well-formed XML. Every section renders only when its data is present.
 */
package io.github.cact.cli.report;
