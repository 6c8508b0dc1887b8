package vn.doan.nhacviec.bot.onboarding;

import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.data.invite.InviteCodes;

/**
 * Joining without the exact command: someone not yet bound to a unit who sends just the code they
 * were given (quoted or not, in any case), or «ma CODE» without the slash, joins as with {@code /ma}.
 * Text that cannot be a code is left to the conversation.
 */
@Component
public class LooseInviteCode {

    private static final Set<String> JOIN_WORDS = Set.of("ma", "mã", "/ma", "join", "/join", "code", "start", "/start");

    private final OnboardingService onboarding;

    public LooseInviteCode(OnboardingService onboarding) {
        this.onboarding = onboarding;
    }

    /** Redeems the code in {@code text} and returns true, or returns false when the text is not a code. */
    public boolean redeemIfCode(Caller caller, Inbound in, String text) {
        String candidate = candidate(text);
        if (candidate == null || !InviteCodes.looksLikeCode(candidate)) {
            return false;
        }
        onboarding.redeem(caller, candidate, in.channel() + ":" + in.userRef());
        return true;
    }

    /** The code part: the whole text, or what follows a join word; null when neither. */
    static String candidate(String text) {
        String[] words = text.strip().split("\\s+", 2);
        if (words.length == 2 && JOIN_WORDS.contains(InviteCodes.unquoted(words[0]).toLowerCase(Locale.ROOT))) {
            return words[1];
        }
        // a code typed in groups of characters ("K7Q2 M9XD …") is still one code
        return text.strip();
    }
}
