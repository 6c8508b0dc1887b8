/** The daily deletion of what is old enough to go (sent messages, handled reminder marks, optionally the logs). */
package vn.doan.nhacviec.scheduler.retention;
