package vn.doan.nhacviec.data.report;

/**
 * How the occurrences of a group (an obligation, a unit, a subtree) stand.
 *
 * @param onTime  DONE
 * @param late    DONE_LATE
 * @param missed  not done: MISSED, or still OPEN after the deadline
 * @param excused EXCUSED
 * @param pending OPEN and not yet due
 */
public record ComplianceCounts(int onTime, int late, int missed, int excused, int pending) {

    public static final ComplianceCounts NONE = new ComplianceCounts(0, 0, 0, 0, 0);

    public ComplianceCounts plus(ComplianceCounts other) {
        return new ComplianceCounts(onTime + other.onTime, late + other.late, missed + other.missed, excused + other.excused,
                pending + other.pending);
    }

    /** Occurrences whose outcome counts for compliance: on time, late or not done. */
    public int due() {
        return onTime + late + missed;
    }

    public int total() {
        return onTime + late + missed + excused + pending;
    }

    /** Share done on time among those due, 0–1; -1 when nothing was due. */
    public double onTimeRate() {
        return due() == 0 ? -1 : (double) onTime / due();
    }

    public double lateRate() {
        return due() == 0 ? 0 : (double) late / due();
    }

    public double missedRate() {
        return due() == 0 ? 0 : (double) missed / due();
    }
}
