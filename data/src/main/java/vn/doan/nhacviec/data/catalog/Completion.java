package vn.doan.nhacviec.data.catalog;

/**
 * What counts as done.
 *
 * @param kind        {@code yes_no}: one answer closes it; {@code quantity}: answers add up toward a target
 * @param unit        for quantities, what is counted ("cây", "mô hình", "ngày", "đoàn viên")
 * @param target      for quantities, the target per period (per unit, or for the whole issuer subtree)
 * @param targetScope {@code unit}: each assigned unit must reach the target; {@code subtree}: the
 *                    sum over the issuer's subtree is compared with the target
 */
public record Completion(CompletionKind kind, String unit, Double target, TargetScope targetScope) {

    public static final Completion YES_NO = new Completion(CompletionKind.YES_NO, null, null, null);

    public enum CompletionKind { YES_NO, QUANTITY }

    public enum TargetScope { UNIT, SUBTREE }
}
