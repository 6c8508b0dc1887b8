/** What a parent unit is told about its units outside the reminder runs: postponement requests and chats that blocked the bot. */
package vn.doan.nhacviec.scheduler.alert;
