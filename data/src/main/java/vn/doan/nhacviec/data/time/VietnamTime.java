package vn.doan.nhacviec.data.time;

import java.time.ZoneId;

/** The union's time: Vietnam, UTC+7, no daylight saving. Units may carry another zone of their own. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }
}
