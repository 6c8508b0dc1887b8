/**
 * A small typed client of the Zalo Bot Platform API ({@code POST {base}/bot<token>/<method>} with
 * JSON), on the JDK HTTP client and Jackson. No maintained Java client exists; this one covers the
 * methods the bot uses. The token is part of every URL, so it is never logged and is masked in every
 * error message.
 */
package vn.doan.nhacviec.bot.zalo.api;
