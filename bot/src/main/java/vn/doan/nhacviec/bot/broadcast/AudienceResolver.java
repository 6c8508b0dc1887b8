package vn.doan.nhacviec.bot.broadcast;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.text.Folded;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.notice.AudienceFilter;
import vn.doan.nhacviec.data.notice.AudienceRepository;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * Reads the recipients a staff member names ("tn-tb chi_doan #bien_gioi": unit codes for subtrees,
 * levels, tags; combined, they narrow each other) and finds the units and chats they mean, always
 * inside the caller's own subtrees: a unit outside is refused and audited before anything is stored.
 */
@Component
class AudienceResolver {

    static final String ACTION = "notice.send";

    private final UnitScope scope;
    private final AudienceRepository audiences;
    private final UnitRepository units;
    private final Messages messages;

    AudienceResolver(UnitScope scope, AudienceRepository audiences, UnitRepository units, Messages messages) {
        this.scope = scope;
        this.units = units;
        this.audiences = audiences;
        this.messages = messages;
    }

    AudienceChoice parse(Caller caller, String text) {
        String folded = Folded.of(text).replace("chi doan", "chi_doan").replace("co so", "co_so").replace("trung uong", "trung_uong")
                .replace("tat ca", "tat_ca").replace("toan bo", "toan_bo");
        List<Long> unitIds = new ArrayList<>();
        Set<Level> levels = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        Set<String> known = tagsOf(caller);
        for (String token : folded.split("[\\s,;+]+")) {
            if (token.isEmpty() || Set.of("tat_ca", "tatca", "toan_bo", "toanbo", "all", "*").contains(token)) {
                continue;
            }
            if (token.startsWith("#")) {
                String tag = token.substring(1);
                if (!known.contains(tag)) {
                    throw new UserError("broadcast.unknownTag", token, known.isEmpty() ? "—" : "#" + String.join(" #", known));
                }
                tags.add(tag);
            } else if (level(token) != null) {
                levels.add(level(token));
            } else if (known.contains(token) && (token.contains("_") || units.findByCode(token).isEmpty())) {
                tags.add(token);
            } else {
                unitIds.add(scope.namedOrTop(caller, token, Role.STAFF, ACTION).id());
            }
        }
        return new AudienceChoice(unitIds, List.copyOf(levels), List.copyOf(tags));
    }

    ResolvedAudience resolve(Caller caller, AudienceChoice choice) {
        List<Unit> roots = scope.roots(caller, Role.STAFF);
        if (roots.isEmpty()) {
            throw scope.refused(caller, null, ACTION, "not staff anywhere", "error.forbidden");
        }
        List<Unit> subtrees = new ArrayList<>();
        for (long id : choice.unitIds()) {
            subtrees.add(scope.byId(caller, id, Role.STAFF, ACTION));
        }
        if (subtrees.isEmpty()) {
            subtrees.add(roots.get(0));
        }
        Unit first = subtrees.get(0);
        Unit sender = roots.stream().filter(first::isInside).findFirst().orElse(roots.get(0));
        AudienceFilter filter = new AudienceFilter(subtrees.stream().map(Unit::path).toList(), choice.levels(), choice.tags());
        return new ResolvedAudience(sender, describe(caller.locale(), subtrees, choice), audiences.units(filter), audiences.chats(filter));
    }

    /** Tags in use inside the caller's subtrees. */
    Set<String> tagsOf(Caller caller) {
        Set<String> tags = new TreeSet<>();
        scope.roots(caller, Role.STAFF).forEach(root -> tags.addAll(audiences.tagsIn(root.path())));
        return tags;
    }

    List<Level> levelsBelow(Unit root) {
        return audiences.levelsBelow(root.path());
    }

    private String describe(Locale locale, List<Unit> subtrees, AudienceChoice choice) {
        List<String> parts = new ArrayList<>();
        parts.add(String.join(" + ", subtrees.stream().map(Unit::name).toList()));
        if (!choice.levels().isEmpty()) {
            parts.add(String.join(" + ", choice.levels().stream().map(l -> messages.get(locale, "level." + l.code())).toList()));
        }
        if (!choice.tags().isEmpty()) {
            parts.add("#" + String.join(" + #", choice.tags()));
        }
        return String.join(" · ", parts);
    }

    private static Level level(String token) {
        for (Level level : Level.values()) {
            if (level.code().equals(token) || level.code().replace("_", "").equals(token)) {
                return level;
            }
        }
        return null;
    }
}
