package vn.doan.nhacviec.bot.core;

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
}
