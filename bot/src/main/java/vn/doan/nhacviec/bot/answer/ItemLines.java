package vn.doan.nhacviec.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.doan.nhacviec.data.occurrence.Occurrence;

/**
 * The lines of a list of items a person can read: a duty of daily or weekly cadence («Mỗi ngày một
 * tin tốt») is one line with how many of its periods are open and overdue, standing for one of them
 * (the latest, or the soonest); every other item is a line of its own. Lines keep the order of their first item.
 */
public final class ItemLines {

    /**
     * One line: {@code item} is what a number on the line answers.
     *
     * @param open    how many periods of the duty are open (1 for a single item)
     * @param overdue how many of them are overdue
     */
    public record Line(Occurrence item, int open, int overdue) {

        public boolean grouped() {
            return open > 1;
        }
    }

    private ItemLines() {
    }

    /** Lines answered for their duty's latest period (what is open now: {@code /viec}). */
    public static List<Line> of(List<Occurrence> items, java.time.Instant now) {
        return group(items, now, Comparator.comparing(Occurrence::periodStart));
    }

    /** Lines shown by their duty's soonest period (what comes next: {@code /sap}). */
    public static List<Line> soonestOf(List<Occurrence> items, java.time.Instant now) {
        return group(items, now, Comparator.comparing(Occurrence::periodStart).reversed());
    }

    private static List<Line> group(List<Occurrence> items, java.time.Instant now, Comparator<Occurrence> representative) {
        Map<Object, List<Occurrence>> byDuty = new LinkedHashMap<>();
        for (Occurrence item : items) {
            Object key = isShortCadence(item.periodKey()) ? (Object) item.obligationId() : (Object) ("#" + item.id());
            byDuty.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        List<Line> lines = new ArrayList<>();
        for (List<Occurrence> duty : byDuty.values()) {
            Occurrence latest = duty.stream().max(representative).orElseThrow();
            int overdue = (int) duty.stream().filter(o -> o.isOverdue(now)).count();
            lines.add(new Line(latest, duty.size(), overdue));
        }
        return lines;
    }

    /** A day ({@code 2026-11-22}) or an ISO week ({@code 2026-W47}). */
    public static boolean isShortCadence(String periodKey) {
        return periodKey.matches("\\d{4}-\\d{2}-\\d{2}|\\d{4}-W\\d{2}");
    }
}
