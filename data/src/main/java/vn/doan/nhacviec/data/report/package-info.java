/**
 * The figures staff read: how a subtree's occurrences of a period ended (on time, late, not done,
 * excused, not yet due), quantities reported toward numeric targets, what is overdue now and what
 * was overdue at an earlier instant; who the staff are, where to reach them, and the weekly digests
 * already sent. Read-only SQL over the core tables, except the digest log.
 */
package vn.doan.nhacviec.data.report;
