package vn.doan.nhacviec.scheduler.workers;

/** Whether a worker does its job. */
public enum WorkerState {
    /** Running. */
    UP,
    /** Should run but its thread is gone: the supervisor restarts it, readiness is DOWN meanwhile. */
    DOWN,
    /** Not started on purpose (switched off in the configuration, or not needed in this mode). */
    OFF
}
