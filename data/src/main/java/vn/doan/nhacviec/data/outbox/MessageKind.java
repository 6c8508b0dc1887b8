package vn.doan.nhacviec.data.outbox;

/**
 * Why a message is sent. Each kind has a default priority: answers to a person who is waiting go
 * before bulk reminders.
 */
public enum MessageKind {
    REPLY(40),
    SYSTEM(30),
    ESCALATION(20),
    NOTICE(10),
    REMINDER(0);

    private final int defaultPriority;

    MessageKind(int defaultPriority) {
        this.defaultPriority = defaultPriority;
    }

    public int defaultPriority() {
        return defaultPriority;
    }
}
