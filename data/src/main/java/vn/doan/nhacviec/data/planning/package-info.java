/**
 * What re-planning needs stored: the queue of re-plans asked for by tree and catalogue changes, and
 * the occurrences a re-plan looks at and closes when they no longer apply.
 */
package vn.doan.nhacviec.data.planning;
