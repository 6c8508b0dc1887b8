package vn.doan.nhacviec.scheduler.workers;

/**
 * A long-running thread of this process (the outbox dispatcher, a channel's receiver) that the
 * {@link WorkerSupervisor} watches and readiness reports.
 */
public interface Worker {

    /** Shown in logs and in the readiness details, e.g. {@code outbox-dispatcher}. */
    String name();

    WorkerState state();

    /** Starts the worker again after it died; called only when {@link #state()} is {@link WorkerState#DOWN}. */
    void restart();
}
