package vn.doan.nhacviec.data.occurrence;

public enum OccurrenceState {
    OPEN, DONE, DONE_LATE, EXCUSED, MISSED;

    public boolean isClosed() {
        return this != OPEN;
    }
}
