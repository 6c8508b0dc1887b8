package vn.doan.nhacviec.data.catalog;

/**
 * One obligation of a plan.
 *
 * @param code            stable code, unique across the catalogue, e.g. {@code DL-SH-CHIDOAN-THANG}
 * @param title           Vietnamese title, short enough for a reminder line
 * @param source          where in the seed plans it comes from
 * @param assignee        who must do it
 * @param recurrence      when it falls due
 * @param completion      what counts as done
 * @param recipient       who receives the result, e.g. "Ban Thường vụ Tỉnh đoàn qua Ban Tổ chức – Kiểm tra"
 * @param reminderPolicy  name of a reminder policy from the configuration, or null for the default
 * @param note            why a default was chosen where the seed is silent (e.g. "báo cáo định kỳ")
 */
public record ObligationDefinition(
        String code,
        String title,
        Source source,
        Assignee assignee,
        Recurrence recurrence,
        Completion completion,
        String recipient,
        String reminderPolicy,
        String note) {
}
