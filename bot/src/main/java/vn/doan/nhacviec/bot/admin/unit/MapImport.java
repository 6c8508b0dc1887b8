package vn.doan.nhacviec.bot.admin.unit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.AdministrativeMap;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * {@code /nhapdv ban-do <mã tỉnh> <mã đơn vị>}: the rows of one province of the 2025 map
 * (config/map) for the unit import. Under a provincial unit, its communes; under a higher unit, the
 * province itself and its communes.
 */
@Component
class MapImport {

    static final String WORD = "ban-do";

    /** What to import: the CSV rows, a label for the audit log, and the unit they go under. */
    record Rows(String csv, String label, Unit top) {
    }

    private final UnitScope scope;
    private final Path mapFile;
    private volatile AdministrativeMap map;

    MapImport(UnitScope scope, MapProperties properties) {
        this.scope = scope;
        this.mapFile = properties.path();
    }

    /** The rows for {@code words} ({@code <mã tỉnh> <mã đơn vị>}), or null after replying with the usage. */
    Rows rows(CommandContext context, List<String> words) {
        if (words.size() != 2) {
            context.replyKey("unit.mapUsage", provinceList());
            return null;
        }
        AdministrativeMap.Province province = map().province(words.get(0))
                .orElseThrow(() -> new UserError("unit.mapNoProvince", UnitAdministration.shorten(words.get(0)), provinceList()));
        Unit under = scope.named(context.caller(), words.get(1), Role.ADMIN, "unit.import");
        if (under.retired()) {
            throw new UserError("unit.retired", under.name());
        }
        boolean withProvince = under.level().compareTo(Level.TINH) < 0;
        if (!withProvince && under.level() != Level.TINH) {
            throw new UserError("unit.mapWrongLevel", under.name());
        }
        return new Rows(AdministrativeMap.unitsCsv(province, under.code(), withProvince),
                "map=" + mapFile.getFileName() + " province=" + province.code(), under);
    }

    private String provinceList() {
        return map().provinces().stream().map(p -> p.code() + " " + p.shortName()).collect(Collectors.joining(", "));
    }

    private AdministrativeMap map() {
        if (map == null) {
            if (!Files.isReadable(mapFile)) {
                throw new UserError("unit.mapMissing");
            }
            map = AdministrativeMap.read(mapFile);
        }
        return map;
    }
}
