package vn.doan.nhacviec.bot.onboarding;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.doan.nhacviec.data.person.Role;

/** Role names as typed in commands, Vietnamese (without diacritics) or English. */
public final class RoleNames {

    private static final Map<String, Role> NAMES = Map.ofEntries(
            Map.entry("quantri", Role.ADMIN), Map.entry("admin", Role.ADMIN),
            Map.entry("canbo", Role.STAFF), Map.entry("staff", Role.STAFF),
            Map.entry("bithu", Role.SECRETARY), Map.entry("secretary", Role.SECRETARY),
            Map.entry("doanvien", Role.MEMBER), Map.entry("member", Role.MEMBER));

    private RoleNames() {
    }

    public static Optional<Role> parse(String text) {
        return Optional.ofNullable(NAMES.get(text.strip().toLowerCase(Locale.ROOT)));
    }

    /** The bundle key of a role's display name. */
    public static String key(Role role) {
        return "role." + role.name().toLowerCase(Locale.ROOT);
    }
}
