/** A unit's calendar and record: what falls due in the coming days and what its people have answered. */
package vn.doan.nhacviec.bot.agenda;
