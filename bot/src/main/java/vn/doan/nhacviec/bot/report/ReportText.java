package vn.doan.nhacviec.bot.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.report.ComplianceReport.OverdueLine;
import vn.doan.nhacviec.bot.report.ComplianceReport.OverdueUnit;
import vn.doan.nhacviec.bot.report.ComplianceReport.TargetLine;
import vn.doan.nhacviec.bot.report.ComplianceReport.UnitLine;
import vn.doan.nhacviec.data.catalog.Completion.TargetScope;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.report.ComplianceCounts;

/** The report and the overdue list as chat messages, short enough for a phone, with drill-down answers. */
@Component
class ReportText {

    static final String DRILL_PREFIX = "rp";
    static final String EXPORT_PREFIX = "rx";
    static final String CHART_PREFIX = "rc";
    static final String LATE_PREFIX = "rl";
    static final int MAX_OBLIGATIONS = 12;
    static final int MAX_UNITS = 12;
    static final int MAX_DRILL_CHOICES = 8;
    static final int LATE_PAGE = 10;
    static final int MAX_LATE_ITEMS = 3;
    static final int TITLE = 60;

    private final Messages messages;

    ReportText(Messages messages) {
        this.messages = messages;
    }

    OutgoingMessage report(Locale locale, ComplianceReport report) {
        String token = report.period().token();
        StringBuilder text = new StringBuilder(t(locale, "report.header", report.root().name(), report.period().label(messages, locale),
                report.period().first().format(ReportPeriod.DATE), report.period().last().format(ReportPeriod.DATE)));
        if (report.total().total() == 0) {
            text.append('\n').append(t(locale, "report.nothingDue"));
        } else {
            text.append('\n').append(t(locale, "report.total", report.total().due(), percent(locale, report.total().onTimeRate()),
                    counts(locale, report.total())));
            if (report.answersWithEvidence() > 0) {
                text.append('\n').append(t(locale, "report.evidence", report.answersWithEvidence()));
            }
            text.append("\n\n").append(t(locale, "report.byObligation"));
            report.obligations().stream().limit(MAX_OBLIGATIONS).forEach(line -> text.append('\n')
                    .append(t(locale, "report.obligationLine", shorten(line.obligation().title()), counts(locale, line.counts()))));
            more(locale, text, report.obligations().size() - MAX_OBLIGATIONS);
        }
        List<UnitLine> children = report.units();
        if (!children.isEmpty() && report.total().total() > 0) {
            text.append("\n\n").append(t(locale, "report.byUnit"));
            int n = 1;
            for (UnitLine line : children.stream().limit(MAX_UNITS).toList()) {
                String name = line.rootItself() ? t(locale, "report.rootItself", line.unit().name()) : line.unit().name();
                text.append('\n').append(t(locale, "report.unitLine", n++, name, line.unit().code(),
                        percent(locale, line.counts().onTimeRate()), counts(locale, line.counts())));
            }
            more(locale, text, children.size() - MAX_UNITS);
        }
        if (!report.targets().isEmpty()) {
            text.append("\n\n").append(t(locale, "report.targets"));
            report.targets().forEach(target -> text.append('\n').append(targetLine(locale, report, target)));
        }
        if (!report.overdue().isEmpty()) {
            text.append("\n\n").append(t(locale, "report.overdueSummary", report.overdueItems(), report.overdue().size(), report.root().code()));
        }
        text.append("\n\n").append(t(locale, "report.hint", token));
        List<Choice> choices = new ArrayList<>();
        children.stream().filter(l -> !l.rootItself()).limit(MAX_DRILL_CHOICES).forEach(line -> choices.add(new Choice(
                t(locale, "report.drillButton", line.unit().name()), DRILL_PREFIX + ":" + line.unit().id() + ":" + token)));
        choices.add(new Choice(t(locale, "report.exportButton"), EXPORT_PREFIX + ":" + report.root().id() + ":" + token));
        choices.add(new Choice(t(locale, "report.chartButton"), CHART_PREFIX + ":" + report.root().id() + ":" + token));
        if (!report.overdue().isEmpty()) {
            choices.add(new Choice(t(locale, "report.lateButton"), LATE_PREFIX + ":" + report.root().id()));
        }
        return new OutgoingMessage(text.toString(), choices, null, null);
    }

    /**
     * One page of the overdue units ({@link #LATE_PAGE} a page, most overdue first); a daily or weekly
     * duty is one line with how many of its periods are overdue. More pages: a button on Telegram,
     * {@code /tre <mã> <trang>} typed anywhere.
     */
    OutgoingMessage late(Locale locale, ComplianceReport report, String rootName, int page) {
        if (report.overdue().isEmpty()) {
            return OutgoingMessage.text(t(locale, "late.none", rootName));
        }
        int pages = (report.overdue().size() + LATE_PAGE - 1) / LATE_PAGE;
        if (page < 1 || page > pages) {
            return OutgoingMessage.text(t(locale, "items.noSuchPage", page, pages));
        }
        StringBuilder text = new StringBuilder(t(locale, "late.header", rootName, report.overdueItems(), report.overdue().size()));
        if (pages > 1) {
            text.append(' ').append(t(locale, "items.pageOf", page, pages));
        }
        List<OverdueUnit> shown = report.overdue().subList((page - 1) * LATE_PAGE, Math.min(report.overdue().size(), page * LATE_PAGE));
        for (OverdueUnit unit : shown) {
            long worst = unit.items().stream().mapToLong(OverdueLine::daysLate).max().orElse(0);
            text.append("\n\n").append(t(locale, "late.unit", unit.unit().name(), unit.unit().code(), unit.items().size(), worst));
            List<LateLines.Line> lines = LateLines.of(unit.items());
            for (LateLines.Line line : lines.stream().limit(MAX_LATE_ITEMS).toList()) {
                text.append('\n').append(lateLine(locale, line));
            }
            int hidden = lines.stream().skip(MAX_LATE_ITEMS).mapToInt(LateLines.Line::count).sum();
            if (hidden > 0) {
                text.append('\n').append(t(locale, "late.moreItems", hidden));
            }
            String contacts = contacts(locale, unit);
            text.append('\n').append(contacts.isEmpty() ? t(locale, "late.noContact") : t(locale, "late.contacts", contacts));
        }
        List<Choice> choices = new ArrayList<>();
        if (page < pages) {
            text.append("\n\n").append(t(locale, "late.nextPage", report.root().code(), page + 1));
            choices.add(Choice.button(t(locale, "items.nextPageButton"), LATE_PREFIX + ":" + report.root().id() + ":" + (page + 1)));
        }
        text.append("\n\n").append(t(locale, "late.hint"));
        return new OutgoingMessage(text.toString(), choices, null, null);
    }

    private String lateLine(Locale locale, LateLines.Line line) {
        OverdueLine item = line.oldest();
        String title = shorten(item.obligation().title());
        if (line.grouped()) {
            return t(locale, "late.itemGrouped", title, line.count(), item.daysLate());
        }
        return item.item().originalDeadline() == null
                ? t(locale, "late.item", title, item.item().lastDay().format(ReportPeriod.DATE), item.daysLate())
                : t(locale, "late.itemExtended", title, item.item().lastDay().format(ReportPeriod.DATE), item.daysLate(),
                        item.item().originalLastDay().format(ReportPeriod.DATE));
    }

    /** "Nhóm Chi đoàn ấp X (telegram) · bí thư Nguyễn Văn A", or empty when nobody can be reached. */
    String contacts(Locale locale, OverdueUnit unit) {
        List<String> parts = new ArrayList<>();
        for (Chat chat : unit.chats()) {
            parts.add(t(locale, "late.chat", chat.title() == null ? chat.chatRef() : chat.title(),
                    messages.getOrDefault(locale, "channel." + chat.channel(), chat.channel())));
        }
        for (Person secretary : unit.secretaries()) {
            parts.add(t(locale, "late.secretary", secretary.displayName()));
        }
        return String.join(" · ", parts);
    }

    String targetLine(Locale locale, ComplianceReport report, TargetLine target) {
        String title = shorten(target.obligation().title());
        if (target.scope() == TargetScope.UNIT) {
            return t(locale, "report.targetPerUnit", title, number(locale, target.reported()), target.countedIn(),
                    target.unitsReached(), target.unitsAssigned(), number(locale, target.target()));
        }
        if (target.wholeArea(report.root())) {
            return t(locale, "report.targetWhole", title, number(locale, target.reported()), number(locale, target.target()),
                    target.countedIn(), percent(locale, target.ratio()));
        }
        return t(locale, "report.targetPart", title, number(locale, target.reported()), target.countedIn(),
                number(locale, target.target()), target.issuer().name());
    }

    String counts(Locale locale, ComplianceCounts counts) {
        String line = t(locale, "report.counts", counts.onTime(), counts.late(), counts.missed(), counts.excused());
        return counts.pending() == 0 ? line : line + t(locale, "report.countsPending", counts.pending());
    }

    static String percent(Locale locale, double rate) {
        if (rate < 0) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(rate);
    }

    static String number(Locale locale, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    static String shorten(String title) {
        return title.length() <= TITLE ? title : title.substring(0, TITLE - 1) + "…";
    }

    private void more(Locale locale, StringBuilder text, int hidden) {
        if (hidden > 0) {
            text.append('\n').append(t(locale, "report.more", hidden));
        }
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }
}
