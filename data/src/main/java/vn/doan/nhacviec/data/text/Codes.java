package vn.doan.nhacviec.data.text;

/** What every code (of a unit, a tag, a duty) shares: its length limit, and how a typed one is echoed back. */
public final class Codes {

    /** The longest code, and the longest text a message echoes back as one. */
    public static final int MAX_LENGTH = 64;

    private Codes() {
    }

    /** What a user typed as a code, cut to {@link #MAX_LENGTH} characters for quoting it in a reply. */
    public static String shown(String typed) {
        return typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) + "…" : typed;
    }
}
