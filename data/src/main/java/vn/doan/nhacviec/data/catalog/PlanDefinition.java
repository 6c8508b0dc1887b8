package vn.doan.nhacviec.data.catalog;

import java.time.LocalDate;

/**
 * A plan (kế hoạch) as written in the catalogue.
 *
 * @param code         stable code, e.g. {@code KG-76-2014}
 * @param number       the document number as printed, e.g. {@code 76-KH/TĐTN-VP}
 * @param title        the plan's title in Vietnamese
 * @param date         the date printed on the plan
 * @param issuer       code of the unit that issued it; its obligations bind only that unit's subtree
 * @param sourceFile   the seed file it comes from
 * @param inForceFrom  first day the plan is in force (defaults to {@code date})
 * @param inForceUntil last day the plan is in force (end of the term it names), or null: until an admin ends it
 * @param term         the term as the plan names it, e.g. {@code 2020–2025}, or null
 * @param note         why defaults were chosen, anything an admin should know
 */
public record PlanDefinition(
        String code,
        String number,
        String title,
        LocalDate date,
        String issuer,
        String sourceFile,
        LocalDate inForceFrom,
        LocalDate inForceUntil,
        String term,
        String note) {

    public LocalDate effectiveFrom() {
        return inForceFrom != null ? inForceFrom : date;
    }
}
