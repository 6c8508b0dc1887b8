package vn.doan.nhacviec.bot.admin.unit;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.admin.Replanner;
import vn.doan.nhacviec.bot.admin.Words;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.data.unit.Tag;
import vn.doan.nhacviec.data.unit.UnitCode;

/**
 * Changes to the tree made from chat. Each method checks the caller's scope and the input first
 * (a {@link UserError} before anything is written), then writes and audits in one transaction.
 */
@Service
class UnitAdministration {

    static final int MAX_NAME = 200;
    static final int MAX_TAGS = 20;

    private final UnitRepository units;
    private final UnitScope scope;
    private final UnitAudit audit;
    private final TransactionOperations transactions;
    private final Replanner replanner;

    UnitAdministration(UnitRepository units, UnitScope scope, UnitAudit audit, TransactionOperations transactions, Replanner replanner) {
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.transactions = transactions;
        this.replanner = replanner;
    }

    Unit add(Caller caller, String code, String levelCode, String parentCode, String name) {
        String newCode = code.toLowerCase(Locale.ROOT);
        if (!UnitCode.isValid(newCode)) {
            throw new UserError("unit.badCode", shorten(code));
        }
        Level level = level(levelCode);
        String cleanName = name(name);
        Unit parent = active(scope.named(caller, parentCode, Role.ADMIN, "unit.change"));
        if (units.findByCode(newCode).isPresent()) {
            throw new UserError("unit.codeTaken", newCode);
        }
        Unit created = transactions.execute(status -> {
            Unit unit = units.create(newCode, cleanName, level, parent.id(), Set.of(), parent.zone(), caller.person().id());
            audit.changed(caller.person().id(), "unit.add", null, unit.id());
            replanner.unitAdded(unit, caller.person().id());
            return unit;
        });
        return created;
    }

    Unit rename(Caller caller, String code, String newName) {
        Unit unit = scope.named(caller, code, Role.ADMIN, "unit.change");
        String cleanName = name(newName);
        return transactions.execute(status -> {
            units.rename(unit.id(), cleanName, caller.person().id());
            audit.changed(caller.person().id(), "unit.rename", unit, unit.id());
            return units.findById(unit.id()).orElseThrow();
        });
    }

    Unit move(Caller caller, String code, String newParentCode) {
        Unit unit = active(scope.named(caller, code, Role.ADMIN, "unit.change"));
        Unit parent = active(scope.named(caller, newParentCode, Role.ADMIN, "unit.change"));
        if (parent.isInside(unit)) {
            throw new UserError("unit.moveIntoItself", unit.name(), parent.name());
        }
        if (unit.parentId() != null && unit.parentId() == parent.id()) {
            throw new UserError("unit.alreadyThere", unit.name(), parent.name());
        }
        Unit moved = transactions.execute(status -> {
            units.move(unit.id(), parent.id(), caller.person().id());
            audit.changed(caller.person().id(), "unit.move", unit, unit.id());
            Unit now = units.findById(unit.id()).orElseThrow();
            replanner.unitChanged(now, "unit.move", caller.person().id());
            return now;
        });
        return moved;
    }

    /** Retires a unit; with {@code mergeIntoCode}, its branches move under that unit first. */
    Retired retire(Caller caller, String code, String mergeIntoCode) {
        Unit unit = active(scope.named(caller, code, Role.ADMIN, "unit.change"));
        if (unit.parentId() == null) {
            throw new UserError("unit.cannotRetireRoot", unit.name());
        }
        Unit into = mergeIntoCode == null ? null : active(scope.named(caller, mergeIntoCode, Role.ADMIN, "unit.change"));
        if (into != null && into.isInside(unit)) {
            throw new UserError("unit.moveIntoItself", unit.name(), into.name());
        }
        List<Unit> children = units.children(unit.id()).stream().filter(u -> !u.retired()).toList();
        if (into == null && !children.isEmpty()) {
            throw new UserError("unit.hasChildren", unit.name(), children.size());
        }
        Retired retired = transactions.execute(status -> {
            for (Unit child : children) {
                units.move(child.id(), into.id(), caller.person().id());
                audit.changed(caller.person().id(), "unit.move", child, child.id());
            }
            units.retire(unit.id(), into == null ? null : into.id(), caller.person().id());
            audit.changed(caller.person().id(), into == null ? "unit.retire" : "unit.merge", unit, unit.id());
            replanner.unitChanged(unit, into == null ? "unit.retire" : "unit.merge", caller.person().id());
            if (into != null) {
                replanner.unitChanged(into, "unit.merge", caller.person().id());
            }
            return new Retired(unit, into, children.size());
        });
        return retired;
    }

    record Retired(Unit unit, Unit mergedInto, int childrenMoved) {
    }

    /** Sets the tags: {@code +tag}/{@code -tag} words add and remove, plain words replace them all. */
    Unit tag(Caller caller, String code, List<String> words) {
        Unit unit = scope.named(caller, code, Role.ADMIN, "unit.change");
        TreeSet<String> tags = new TreeSet<>();
        boolean relative = !words.isEmpty() && words.stream().allMatch(w -> w.startsWith("+") || w.startsWith("-"));
        if (relative) {
            tags.addAll(unit.tags());
        }
        for (String word : words) {
            String tag = word.replaceFirst("^[+#-]+", "").toLowerCase(Locale.ROOT);
            if (!Tag.isValid(tag)) {
                throw new UserError("unit.badTag", shorten(word));
            }
            if (word.startsWith("-")) {
                tags.remove(tag);
            } else {
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new UserError("unit.tooManyTags", MAX_TAGS);
        }
        Unit tagged = transactions.execute(status -> {
            units.setTags(unit.id(), tags, caller.person().id());
            audit.changed(caller.person().id(), "unit.tags", unit, unit.id());
            replanner.unitChanged(unit, "unit.tags", caller.person().id());
            return units.findById(unit.id()).orElseThrow();
        });
        return tagged;
    }

    private static Unit active(Unit unit) {
        if (unit.retired()) {
            throw new UserError("unit.retired", unit.name());
        }
        return unit;
    }

    private static Level level(String code) {
        try {
            return Level.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new UserError("unit.badLevel", shorten(code));
        }
    }

    private static String name(String name) {
        String clean = name == null ? "" : name.strip();
        if (!Words.printable(clean, MAX_NAME)) {
            throw new UserError("unit.badName", MAX_NAME);
        }
        return clean;
    }

    static String shorten(String text) {
        return text.length() <= 64 ? text : text.substring(0, 63) + "…";
    }
}
