/** Reading the audit log from chat: admins see the entries about units of their part of the tree; the top admin also those about no unit (refusals, backups). */
package vn.doan.nhacviec.bot.admin.audit;
