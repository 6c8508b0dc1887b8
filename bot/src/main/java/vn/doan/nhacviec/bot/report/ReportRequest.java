package vn.doan.nhacviec.bot.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.doan.nhacviec.bot.core.UserError;

/**
 * What a report command was asked for: an optional unit code first, then an optional period, and
 * for {@code /xuat} the formats ({@code csv}, {@code excel}; both when none is named).
 */
record ReportRequest(String unitCode, ReportPeriod period, boolean csv, boolean excel) {

    static ReportRequest parse(String args, LocalDate today) {
        List<String> words = new ArrayList<>(Arrays.asList(args.strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        boolean csv = words.removeIf(w -> w.equalsIgnoreCase("csv"));
        boolean excel = words.removeIf(w -> List.of("excel", "xlsx").contains(w.toLowerCase(Locale.ROOT)));
        String rest = String.join(" ", words);
        Optional<ReportPeriod> whole = ReportPeriod.parse(rest, today);
        if (whole.isPresent()) {
            return new ReportRequest("", whole.get(), csv || !excel, excel || !csv);
        }
        String code = words.get(0);
        String periodText = String.join(" ", words.subList(1, words.size()));
        ReportPeriod period = ReportPeriod.parse(periodText, today).orElseThrow(() -> new UserError("report.badPeriod", periodText));
        return new ReportRequest(code, period, csv || !excel, excel || !csv);
    }
}
