package vn.doan.nhacviec.data.unit;

import java.util.Locale;

/** The level of a unit in the union's tree, from the top down. Written in catalogue files in lower case. */
public enum Level {
    /** Trung ương Đoàn: the root of the tree. */
    TRUNG_UONG,
    /** Tỉnh đoàn / Thành đoàn. */
    TINH,
    /** Huyện / Thị / Thành đoàn and the units directly attached to the province (Đoàn trực thuộc). */
    HUYEN,
    /** Đoàn cơ sở: commune, ward, school, enterprise. */
    CO_SO,
    /** Chi đoàn: the branch. */
    CHI_DOAN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Level fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
