package vn.doan.nhacviec.data.report;

/** The quantity a unit reported toward one obligation's target over a period's occurrences. */
public record QuantityRow(long obligationId, long unitId, double quantity) {
}
