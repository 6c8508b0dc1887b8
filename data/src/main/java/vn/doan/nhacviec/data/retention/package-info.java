/** Deleting what is old enough: sent messages, handled reminder marks, and on request the logs. */
package vn.doan.nhacviec.data.retention;
