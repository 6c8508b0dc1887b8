package vn.doan.nhacviec.bot.conversation;

/**
 * A problem with what the user sent, shown to them as the bundle text {@code key}. Thrown before
 * anything is written.
 */
public class UserError extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public UserError(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }

    /** A refusal for lack of rights (audited), rather than a mistake in the input. */
    public boolean isRefusal() {
        return key.equals("error.outsideScope") || key.equals("error.forbidden");
    }
}
