package vn.doan.nhacviec.scheduler.reminder;

/**
 * What one reminder run did.
 *
 * @param due         items whose stage was due and not yet handled when the run looked
 * @param taken       stages this run recorded (the others were taken meanwhile by another run)
 * @param messages    messages stored in the outbox
 * @param unreachable stages recorded without a chat to send them to
 */
public record RunSummary(int due, int taken, int messages, int unreachable) {

    public static final RunSummary NOTHING = new RunSummary(0, 0, 0, 0);

    RunSummary plus(RunSummary other) {
        return new RunSummary(due + other.due, taken + other.taken, messages + other.messages, unreachable + other.unreachable);
    }
}
