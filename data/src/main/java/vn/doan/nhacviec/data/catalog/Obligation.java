package vn.doan.nhacviec.data.catalog;

/** An obligation as stored, with its current definition. */
public record Obligation(long id, String code, long planId, String title, int version,
                         ObligationDefinition definition, boolean paused) {

    public Recurrence recurrence() {
        return definition.recurrence();
    }

    public Assignee assignee() {
        return definition.assignee();
    }

    public boolean countsQuantity() {
        return definition.completion() != null && definition.completion().kind() == Completion.CompletionKind.QUANTITY;
    }
}
