package vn.doan.nhacviec.data.status;

/** What a status update says about an occurrence. Stored in the status log by name. */
public enum StatusMeaning {
    /** Đã hoàn thành: the duty is done (optionally on a given day, with a quantity such as attendance). */
    DONE,
    /** Progress toward a numeric target ("đã trồng 500 cây"): adds to the occurrence's quantity. */
    PROGRESS,
    /** Chưa làm: not yet. */
    NOT_YET,
    /** Nhắc lại ngày mai: remind me tomorrow. */
    REMIND_TOMORROW,
    /** Hoãn: a request to postpone to a date, which the parent unit sees; the deadline does not move. */
    POSTPONE,
    /** Gặp khó khăn: having difficulty (the note says what). */
    DIFFICULTY,
    /** Miễn: excused by a higher unit. */
    EXCUSED,
    /** Đã nhận: a notice was acknowledged. */
    ACKNOWLEDGED
}
