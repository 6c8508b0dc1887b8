/** The Quartz scheduler and its few fixed jobs; the work itself is in the reminder and planning packages. */
package vn.doan.nhacviec.scheduler.jobs;
