package vn.doan.nhacviec.bot.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.report.ComplianceReport.ObligationLine;
import vn.doan.nhacviec.bot.report.ComplianceReport.OverdueLine;
import vn.doan.nhacviec.bot.report.ComplianceReport.OverdueUnit;
import vn.doan.nhacviec.bot.report.ComplianceReport.TargetLine;
import vn.doan.nhacviec.bot.report.ComplianceReport.UnitLine;
import vn.doan.nhacviec.data.report.ComplianceCounts;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * The report as tables, one per view (summary, by obligation, by unit, targets, overdue), so that
 * the CSV files and the workbook hold exactly the same figures. Cells are {@link String}s, numbers,
 * {@link LocalDate}s and {@link Percent}s.
 */
@Component
class ReportTables {

    /** A share from 0 to 1, or negative for "nothing to count". */
    record Percent(double value) {
    }

    /**
     * @param slug file-name part, e.g. {@code theo-don-vi}
     * @param name the sheet's title, e.g. "Theo đơn vị"
     */
    record Table(String slug, String name, List<String> headers, List<List<Object>> rows) {
    }

    private static final ZoneId ZONE = VietnamTime.ZONE;

    private final Messages messages;
    private final ReportText text;

    ReportTables(Messages messages, ReportText text) {
        this.messages = messages;
        this.text = text;
    }

    List<Table> of(Locale locale, ComplianceReport report) {
        return List.of(summary(locale, report), byObligation(locale, report), byUnit(locale, report), targets(locale, report),
                overdue(locale, report));
    }

    private Table summary(Locale locale, ComplianceReport report) {
        ComplianceCounts total = report.total();
        LocalDateTime at = LocalDateTime.ofInstant(report.generatedAt(), ZONE);
        List<List<Object>> rows = List.of(
                List.of(t(locale, "export.summary.unit"), report.root().name()),
                List.of(t(locale, "export.summary.code"), report.root().code()),
                List.of(t(locale, "export.summary.period"), report.period().label(messages, locale)),
                List.of(t(locale, "export.summary.from"), report.period().first()),
                List.of(t(locale, "export.summary.to"), report.period().last()),
                List.of(t(locale, "export.summary.generatedOn"), at.toLocalDate()),
                List.of(t(locale, "export.summary.generatedAt"), at.format(DateTimeFormatter.ofPattern("HH:mm"))),
                List.of(t(locale, "export.col.due"), total.due()),
                List.of(t(locale, "export.col.onTime"), total.onTime()),
                List.of(t(locale, "export.col.late"), total.late()),
                List.of(t(locale, "export.col.missed"), total.missed()),
                List.of(t(locale, "export.col.excused"), total.excused()),
                List.of(t(locale, "export.col.pending"), total.pending()),
                List.of(t(locale, "export.col.onTimeRate"), new Percent(total.onTimeRate())));
        return new Table("tong-hop", t(locale, "export.sheet.summary"),
                List.of(t(locale, "export.col.item"), t(locale, "export.col.value")), rows);
    }

    private Table byObligation(Locale locale, ComplianceReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (ObligationLine line : report.obligations()) {
            List<Object> row = new ArrayList<>(List.of(line.obligation().code(), line.obligation().title()));
            row.addAll(counts(line.counts()));
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(t(locale, "export.col.obligationCode"), t(locale, "export.col.obligation")));
        headers.addAll(countHeaders(locale));
        return new Table("theo-viec", t(locale, "export.sheet.byObligation"), headers, rows);
    }

    private Table byUnit(Locale locale, ComplianceReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (UnitLine line : report.units()) {
            String name = line.rootItself() ? t(locale, "report.rootItself", line.unit().name()) : line.unit().name();
            List<Object> row = new ArrayList<>(List.of(line.unit().code(), name, t(locale, "level." + line.unit().level().code())));
            row.addAll(counts(line.counts()));
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(t(locale, "export.col.unitCode"), t(locale, "export.col.unit"),
                t(locale, "export.col.level")));
        headers.addAll(countHeaders(locale));
        return new Table("theo-don-vi", t(locale, "export.sheet.byUnit"), headers, rows);
    }

    private Table targets(Locale locale, ComplianceReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (TargetLine line : report.targets()) {
            rows.add(List.of(line.obligation().code(), line.obligation().title(), line.countedIn(), line.reported(), line.target(),
                    t(locale, "export.scope." + line.scope().name()), line.issuer() == null ? "" : line.issuer().name(),
                    line.unitsAssigned(), line.unitsReached(), new Percent(line.ratio())));
        }
        return new Table("chi-tieu", t(locale, "export.sheet.targets"), List.of(t(locale, "export.col.obligationCode"),
                t(locale, "export.col.target"), t(locale, "export.col.countedIn"), t(locale, "export.col.reported"),
                t(locale, "export.col.goal"), t(locale, "export.col.scope"), t(locale, "export.col.issuer"),
                t(locale, "export.col.unitsAssigned"), t(locale, "export.col.unitsReached"), t(locale, "export.col.progress")), rows);
    }

    private Table overdue(Locale locale, ComplianceReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (OverdueUnit unit : report.overdue()) {
            String contacts = text.contacts(locale, unit);
            for (OverdueLine line : unit.items()) {
                rows.add(List.of(unit.unit().code(), unit.unit().name(), line.obligation().code(), line.obligation().title(),
                        line.item().periodKey(), line.item().lastDay(), line.daysLate(), contacts));
            }
        }
        return new Table("qua-han", t(locale, "export.sheet.overdue"), List.of(t(locale, "export.col.unitCode"), t(locale, "export.col.unit"),
                t(locale, "export.col.obligationCode"), t(locale, "export.col.obligation"), t(locale, "export.col.period"),
                t(locale, "export.col.lastDay"), t(locale, "export.col.daysLate"), t(locale, "export.col.contacts")), rows);
    }

    private List<String> countHeaders(Locale locale) {
        return List.of(t(locale, "export.col.onTime"), t(locale, "export.col.late"), t(locale, "export.col.missed"),
                t(locale, "export.col.excused"), t(locale, "export.col.pending"), t(locale, "export.col.onTimeRate"));
    }

    private static List<Object> counts(ComplianceCounts counts) {
        return List.of(counts.onTime(), counts.late(), counts.missed(), counts.excused(), counts.pending(), new Percent(counts.onTimeRate()));
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }
}
