/** Turning the catalogue into occurrences: which units owe what, for which periods. */
package vn.doan.nhacviec.scheduler.planning;
