package vn.doan.nhacviec.data.notice;

/** A chat that receives a notice on behalf of a unit it is bound to. */
public record NoticeRecipient(long chatId, long unitId) {
}
