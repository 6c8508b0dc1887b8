/**
 * What the staff features share: the subtrees a staff member (or admin) acts over, with refusals
 * audited; the {@code nhacviec.staff.*} settings; a simple periodic trigger for the jobs staff
 * features run on their own (notice deadlines, the weekly digest).
 */
package vn.doan.nhacviec.bot.staff;
