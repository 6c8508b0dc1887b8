package vn.doan.nhacviec.data.postpone;

/** Where a postponement request stands. */
public enum PostponeState {
    /** Waiting for a staff member or admin over the unit. */
    PENDING,
    APPROVED,
    DECLINED,
    /** The supervisor proposed another day; the unit may accept it. */
    COUNTERED,
    /** A newer request of the same occurrence replaced it. */
    SUPERSEDED;

    public boolean isOpen() {
        return this == PENDING || this == COUNTERED;
    }
}
