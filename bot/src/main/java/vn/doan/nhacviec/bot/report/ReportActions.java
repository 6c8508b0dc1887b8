package vn.doan.nhacviec.bot.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.report.ReportTables.Table;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * What the report commands and their answers do once the unit is checked: build the figures and
 * send them as text, files or a chart to the caller. Every call is audited as a staff action.
 */
@Service
class ReportActions {

    static final String VIEW = "report.view";
    static final String LATE = "report.late";
    static final String EXPORT = "report.export";
    static final String CHART = "report.chart";
    static final ZoneId ZONE = VietnamTime.ZONE;

    private final ComplianceReports reports;
    private final ReportText text;
    private final ReportTables tables;
    private final ReportWorkbook workbook;
    private final ReportCsv csv;
    private final ComplianceChart chart;
    private final ReportFiles files;
    private final Messages messages;
    private final Outgoing outgoing;
    private final AuditLog audit;
    private final UnitRepository units;
    private final Clock clock;

    ReportActions(ComplianceReports reports, ReportText text, ReportTables tables, ReportWorkbook workbook, ReportCsv csv,
                  ComplianceChart chart, ReportFiles files, Messages messages, Outgoing outgoing, AuditLog audit, UnitRepository units,
                  Clock clock) {
        this.reports = reports;
        this.text = text;
        this.tables = tables;
        this.workbook = workbook;
        this.csv = csv;
        this.chart = chart;
        this.files = files;
        this.messages = messages;
        this.outgoing = outgoing;
        this.audit = audit;
        this.units = units;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    void report(Caller caller, Unit unit, ReportPeriod period) {
        ComplianceReport report = reports.build(unit, period);
        audited(caller, unit, VIEW, period);
        outgoing.send(caller.chat(), text.report(caller.locale(), report));
    }

    /** One page of the overdue units of {@code unit}'s subtree (1 is the first). */
    void late(Caller caller, Unit unit, int page) {
        ComplianceReport report = reports.build(unit, ReportPeriod.parse("", today()).orElseThrow());
        audited(caller, unit, LATE, null);
        outgoing.send(caller.chat(), text.late(caller.locale(), report, units.displayName(unit), page));
    }

    /** Writes the files under {@code <data-dir>/exports/} and sends them as documents; returns their paths. */
    List<Path> export(Caller caller, Unit unit, ReportPeriod period, boolean asCsv, boolean asExcel) {
        Locale locale = caller.locale();
        ComplianceReport report = reports.build(unit, period);
        List<Table> views = tables.of(locale, report);
        List<OutgoingMessage> documents = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        if (asExcel) {
            Path file = files.newFile("baocao", report, "", "xlsx");
            workbook.write(views, file);
            written.add(file);
            documents.add(document(t(locale, "export.excelCaption", views.size()), file,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        }
        if (asCsv) {
            for (Table view : views) {
                if (view.rows().isEmpty()) {
                    continue;
                }
                Path file = files.newFile("baocao", report, view.slug(), "csv");
                csv.write(view, file);
                written.add(file);
                documents.add(document(t(locale, "export.csvCaption", view.name()), file, "text/csv"));
            }
        }
        audited(caller, unit, EXPORT, period);
        String summary = t(locale, "export.done", unit.name(), period.label(messages, locale), documents.size());
        outgoing.send(caller.chat(), OutgoingMessage.text(summary));
        documents.forEach(document -> outgoing.send(caller.chat(), document));
        return written;
    }

    Path chart(Caller caller, Unit unit, ReportPeriod period) {
        ComplianceReport report = reports.build(unit, period);
        Path file = files.newFile("bieudo", report, "", "png");
        chart.write(caller.locale(), report, file);
        audited(caller, unit, CHART, period);
        String caption = t(caller.locale(), "chart.caption", unit.name(), period.label(messages, caller.locale()),
                ComplianceChart.bars(report).size());
        outgoing.send(caller.chat(), new OutgoingMessage(caption, List.of(),
                new Attachment(Attachment.Kind.PHOTO, file.toString(), file.getFileName().toString(), "image/png"), null));
        return file;
    }

    private static OutgoingMessage document(String caption, Path file, String type) {
        return new OutgoingMessage(caption, List.of(),
                new Attachment(Attachment.Kind.DOCUMENT, file.toString(), file.getFileName().toString(), type), null);
    }

    private void audited(Caller caller, Unit unit, String action, ReportPeriod period) {
        audit.done(caller.person().id(), unit.id(), action, null, period == null ? null : period.token());
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }
}
