package vn.doan.nhacviec.data.alert;

/** What a unit's superiors are told about it; each person may switch off a kind for their private chats. */
public enum AlertKind {
    /** Overdue items escalated to the unit above. */
    ESCALATION,
    /** A unit asks to postpone an item. */
    POSTPONE,
    /** A chat the unit's reminders went to blocked the bot or removed it: delivery fails there. */
    BLOCKED
}
