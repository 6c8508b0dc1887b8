package vn.doan.nhacviec.scheduler.planning;

/** A re-plan was queued; the job that drains the queue is started once the change is committed. */
public record ReplanRequested() {
}
