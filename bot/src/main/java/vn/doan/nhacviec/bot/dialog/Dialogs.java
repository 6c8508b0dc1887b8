package vn.doan.nhacviec.bot.dialog;

import java.time.Duration;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.data.dialog.DialogStateRepository;

/**
 * The step a person's dialogue waits at, for {@link DialogStep}s: saved with its payload as JSON,
 * expiring after {@code nhacviec.dialogs.timeout} (default 30 minutes).
 */
@Component
public class Dialogs {

    /**
     * The one prefix of the answers a dialogue step offers ({@code dlg:<value>}): chosen, a button or
     * its number reads as if {@code value} were typed at the waiting step.
     */
    public static final String CHOICE_PREFIX = "dlg";

    private final DialogStateRepository states;
    private final Duration timeout;

    public Dialogs(DialogStateRepository states, DialogProperties properties) {
        this.states = states;
        this.timeout = properties.timeout();
    }

    /** Waits for the person's next message at step {@code kind}, with {@code payload}. */
    public void await(Caller caller, String kind, Object payload) {
        states.save(caller.chat().id(), caller.person().id(), kind, JsonMapper.shared().writeValueAsString(payload), timeout);
    }

    public <T> T read(String payload, Class<T> type) {
        return JsonMapper.shared().readValue(payload, type);
    }

    /** Ends the caller's dialogue, if any. */
    public void end(Caller caller) {
        states.clear(caller.chat().id(), caller.person().id());
    }

    public Duration timeout() {
        return timeout;
    }
}
