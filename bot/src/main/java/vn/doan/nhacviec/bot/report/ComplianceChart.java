package vn.doan.nhacviec.bot.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.report.ComplianceReport.UnitLine;

/**
 * A PNG of on-time compliance by child unit: one horizontal bar per unit with something due,
 * split into on time, late and not done (shares of what was due), best first from the top. Sized
 * for a phone held upright: 1080 px wide, large type, the height growing with the units.
 */
@Component
class ComplianceChart {

    static final int WIDTH = 1080;
    static final int MAX_BARS = 25;
    private static final Color ON_TIME = new Color(0x2E7D32);
    private static final Color LATE = new Color(0xEF6C00);
    private static final Color MISSED = new Color(0xC62828);

    private final Messages messages;

    ComplianceChart(Messages messages) {
        this.messages = messages;
    }

    /** The chart's height for this many bars. */
    static int heightFor(int bars) {
        return 330 + 110 * Math.max(1, bars);
    }

    /** The units drawn: children (and the root's own duties) with something due, best first, at most {@link #MAX_BARS}. */
    static List<UnitLine> bars(ComplianceReport report) {
        List<UnitLine> due = report.units().stream().filter(l -> l.counts().due() > 0).toList();
        List<UnitLine> best = new ArrayList<>(due);
        Collections.reverse(best);
        return best.stream().limit(MAX_BARS).toList();
    }

    void write(Locale locale, ComplianceReport report, Path file) {
        List<UnitLine> bars = bars(report);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String onTime = messages.get(locale, "chart.onTime");
        String late = messages.get(locale, "chart.late");
        String missed = messages.get(locale, "chart.missed");
        for (UnitLine line : bars) {
            String name = line.rootItself() ? messages.get(locale, "report.rootItself", line.unit().name()) : line.unit().name();
            data.addValue(line.counts().onTimeRate() * 100, onTime, name);
            data.addValue(line.counts().lateRate() * 100, late, name);
            data.addValue(line.counts().missedRate() * 100, missed, name);
        }
        CategoryAxis units = new CategoryAxis();
        units.setTickLabelFont(ChartFont.of(Font.PLAIN, 30));
        units.setMaximumCategoryLabelWidthRatio(0.45f);
        units.setMaximumCategoryLabelLines(2);
        units.setCategoryMargin(0.25);
        NumberAxis share = new NumberAxis(messages.get(locale, "chart.axis"));
        share.setRange(0, 100);
        share.setTickLabelFont(ChartFont.of(Font.PLAIN, 26));
        share.setLabelFont(ChartFont.of(Font.PLAIN, 28));
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ON_TIME);
        renderer.setSeriesPaint(1, LATE);
        renderer.setSeriesPaint(2, MISSED);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%", NumberFormat.getIntegerInstance(locale)));
        renderer.setSeriesItemLabelsVisible(0, true);
        renderer.setDefaultItemLabelFont(ChartFont.of(Font.BOLD, 30));
        renderer.setDefaultItemLabelPaint(Color.WHITE);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        renderer.setDefaultLegendShape(new Rectangle(0, 0, 28, 28));
        CategoryPlot plot = new CategoryPlot(data, units, share, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBDBDBD));
        plot.setRangeGridlineStroke(new BasicStroke(1.5f));
        plot.setOutlineVisible(false);
        plot.setNoDataMessage(messages.get(locale, "chart.noData"));
        plot.setNoDataMessageFont(ChartFont.of(Font.PLAIN, 32));

        JFreeChart chart = new JFreeChart(null, ChartFont.of(Font.BOLD, 40), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(24, 24, 24, 36));
        TextTitle title = new TextTitle(messages.get(locale, "chart.title"), ChartFont.of(Font.BOLD, 42));
        chart.setTitle(title);
        chart.addSubtitle(new TextTitle(report.root().name() + " — " + report.period().label(messages, locale), ChartFont.of(Font.PLAIN, 32)));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ChartFont.of(Font.PLAIN, 30));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemLabelPadding(new RectangleInsets(4, 8, 4, 24));
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, heightFor(bars.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the chart " + file, e);
        }
    }
}
