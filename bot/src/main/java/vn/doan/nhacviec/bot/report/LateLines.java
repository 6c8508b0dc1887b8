package vn.doan.nhacviec.bot.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.doan.nhacviec.bot.answer.ItemLines;
import vn.doan.nhacviec.bot.report.ComplianceReport.OverdueLine;

/**
 * The overdue items of one unit as lines a person can read: a duty of daily or weekly cadence is one
 * line with how many of its periods are overdue, shown by its oldest; every other item is a line of
 * its own. Lines keep the order of their first item.
 */
final class LateLines {

    /** @param oldest the most overdue of the line's items; {@code count} how many items it stands for */
    record Line(OverdueLine oldest, int count) {

        boolean grouped() {
            return count > 1;
        }
    }

    private LateLines() {
    }

    static List<Line> of(List<OverdueLine> items) {
        Map<Object, List<OverdueLine>> byDuty = new LinkedHashMap<>();
        for (OverdueLine item : items) {
            Object key = ItemLines.isShortCadence(item.item().periodKey()) ? (Object) item.item().obligationId() : "#" + item.item().occurrenceId();
            byDuty.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        List<Line> lines = new ArrayList<>();
        for (List<OverdueLine> duty : byDuty.values()) {
            lines.add(new Line(duty.stream().max(Comparator.comparingLong(OverdueLine::daysLate)).orElseThrow(), duty.size()));
        }
        return lines;
    }
}
