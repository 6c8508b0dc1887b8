/** Text written to CSV files and workbooks, made safe to open in a spreadsheet program. */
package vn.doan.nhacviec.data.sheet;
