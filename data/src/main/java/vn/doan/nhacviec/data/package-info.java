/**
 * The data module: units and their tree, people and their chats, the obligation catalogue,
 * occurrences, the status log and the outbox. Plain JDBC over SQLite (default) or PostgreSQL,
 * schema by Flyway. One sub-package per feature.
 */
package vn.doan.nhacviec.data;
