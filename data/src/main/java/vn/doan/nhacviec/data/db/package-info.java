/** Opening the database (SQLite by default, PostgreSQL by URL) and migrating its schema with Flyway. */
package vn.doan.nhacviec.data.db;
