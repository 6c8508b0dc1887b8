package vn.doan.nhacviec.bot.access;

/** What a command needs from its caller before it runs. */
public enum Access {
    /** Everybody, also chats bound to no unit (start, help). */
    ANYONE,
    /** Anyone bound to a unit by a role or by the chat. */
    BOUND,
    SECRETARY,
    STAFF,
    ADMIN,
    /** Admin at a root unit: over the whole tree (backups). */
    TOP_ADMIN
}
