/** The long-running threads of this process, their supervisor and their states for readiness. */
package vn.doan.nhacviec.scheduler.workers;
