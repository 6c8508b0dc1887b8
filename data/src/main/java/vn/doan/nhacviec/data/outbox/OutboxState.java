package vn.doan.nhacviec.data.outbox;

/** PENDING → SENDING (claimed by one instance) → SENT or FAILED; a failed attempt goes back to PENDING. */
public enum OutboxState {
    PENDING,
    SENDING,
    SENT,
    FAILED
}
