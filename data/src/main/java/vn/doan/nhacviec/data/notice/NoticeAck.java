package vn.doan.nhacviec.data.notice;

import java.time.Instant;

/** The first acknowledgement of a notice from one chat, and who gave it. */
public record NoticeAck(long chatId, Long personId, Instant at) {
}
