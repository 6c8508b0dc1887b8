package vn.doan.nhacviec.bot.onboarding;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.invite.InviteRepository;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * While nobody is admin, each start writes a one-time claim code to the log: whoever sends it to
 * the bot ({@code /start <code>} or {@code /ma <code>}) becomes admin of the whole tree. The code
 * works once and expires after 24 hours; only the latest one is valid (each start cancels the
 * earlier ones), and none once an admin exists. On an empty database the root unit is created first.
 */
@Component
public class FirstAdminClaim {

    static final Duration VALID_FOR = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(FirstAdminClaim.class);

    private final PersonRepository people;
    private final UnitRepository units;
    private final InviteRepository invites;

    public FirstAdminClaim(PersonRepository people, UnitRepository units, InviteRepository invites) {
        this.people = people;
        this.units = units;
        this.invites = invites;
    }

    /** Issues a claim code if there is no admin yet; returns it (empty when an admin exists). */
    public java.util.Optional<String> issueIfNeeded() {
        if (people.countAdmins() > 0) {
            invites.cancelClaims();
            return java.util.Optional.empty();
        }
        invites.cancelClaims();
        List<Unit> roots = units.roots();
        Unit root = roots.isEmpty()
                ? units.create("tw", "Trung ương Đoàn TNCS Hồ Chí Minh", Level.TRUNG_UONG, null, List.of(), VietnamTime.ZONE, null)
                : roots.get(0);
        String code = invites.createClaim(root.id(), VALID_FOR);
        log.warn("No admin yet. Send this one-time claim code to the bot within 24 hours to become admin of the whole tree: "
                + "/start {}  (or /ma {})", code, code);
        return java.util.Optional.of(code);
    }
}
