package vn.doan.nhacviec.data.person;

/** What a person may do at a unit (and, for admin and staff, its whole subtree). Ordered from most to least. */
public enum Role {
    /** Runs units, obligations, people and access rights over the subtree. */
    ADMIN,
    /** Broadcasts notices and reads reports over the subtree. */
    STAFF,
    /** Answers for the unit (bí thư chi đoàn or of a higher unit). */
    SECRETARY,
    /** Reads what concerns the unit. */
    MEMBER;

    public boolean atLeast(Role other) {
        return ordinal() <= other.ordinal();
    }
}
