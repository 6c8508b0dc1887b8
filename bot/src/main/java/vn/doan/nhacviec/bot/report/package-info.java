/**
 * Compliance figures for staff: {@code /baocao} (per obligation and per child unit, worst first,
 * with drill-down, numeric targets), {@code /tre} (units overdue now and the chats to contact them),
 * {@code /xuat} (the same figures as CSV files and an Excel workbook) and {@code /bieudo} (a PNG
 * chart of on-time compliance by child unit).
 */
package vn.doan.nhacviec.bot.report;
