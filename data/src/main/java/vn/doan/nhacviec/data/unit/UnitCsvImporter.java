package vn.doan.nhacviec.data.unit;

import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import vn.doan.nhacviec.data.sheet.SpreadsheetCells;
import vn.doan.nhacviec.data.time.VietnamTime;
import vn.doan.nhacviec.data.db.InChunks;
import vn.doan.nhacviec.data.db.WriterTurns;
import vn.doan.nhacviec.data.imports.ImportProblem;

/**
 * Imports a unit tree from CSV with the header {@code code,name,level,parent,tags,time_zone}
 * (tags separated by spaces; time zone optional). The whole file is checked before anything is
 * written; then it is applied in transactions of {@link #CHUNK} lines, so that on SQLite (one writer)
 * other chats' short transactions get the write lock in between instead of waiting for the whole file
 * (a long import would make them time out). A code that exists already is updated (renamed,
 * moved, re-tagged, with history); a parent must be an existing unit or appear on an earlier line,
 * and no line may move a unit under its own subtree.
 *
 * <p>An import made on someone's behalf names the existing units they may change: every existing
 * unit on a line and every existing parent must pass, and a new unit needs a parent.
 */
@Service
public class UnitCsvImporter {

    public static final List<String> HEADER = List.of("code", "name", "level", "parent", "tags", "time_zone");
    private static final ZoneId DEFAULT_ZONE = VietnamTime.ZONE;
    static final int MAX_ROWS = 300_000;
    /** Lines written per transaction: a few hundred milliseconds of lock at most; other writers get their turn in between. */
    static final int CHUNK = 500;

    private final UnitRepository units;
    private final TransactionOperations transactions;
    private final WriterTurns turns;

    public UnitCsvImporter(UnitRepository units, TransactionOperations transactions) {
        this(units, transactions, WriterTurns.NONE);
    }

    @Autowired
    public UnitCsvImporter(UnitRepository units, TransactionOperations transactions, DataSource dataSource) {
        this(units, transactions, WriterTurns.of(dataSource));
    }

    UnitCsvImporter(UnitRepository units, TransactionOperations transactions, WriterTurns turns) {
        this.units = units;
        this.transactions = transactions;
        this.turns = turns;
    }

    static final String OUTSIDE_SCOPE = "import.unit.outsideScope";

    /** The line touches a unit the importing person may not change; the problem's value is its code. */
    public static boolean outsideScope(ImportProblem problem) {
        return OUTSIDE_SCOPE.equals(problem.key());
    }

    /**
     * The outcome: problems (and nothing written), or the numbers of units created and updated and
     * the deepest unit whose subtree holds every one of them (null when nothing changed).
     */
    public record Result(List<ImportProblem> problems, int created, int updated, Long changedSubtreeId) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private record Row(long line, String code, String name, Level level, String parent, Set<String> tags, ZoneId zone) {
    }

    public Result importCsv(Reader reader, Long actorId) {
        return importCsv(reader, actorId, null);
    }

    /**
     * Imports on behalf of someone who may change only the existing units {@code mayChange} accepts
     * (null: anything, as at start-up).
     */
    public Result importCsv(Reader reader, Long actorId, Predicate<Unit> mayChange) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = parse(reader, problems);
        // the rows without a problem of their own are checked as a whole too, so one answer lists every problem
        new TreeCheck(rows, mayChange, problems).run();
        problems.sort(java.util.Comparator.comparingLong(ImportProblem::line));
        if (!problems.isEmpty()) {
            return new Result(problems, 0, 0, null);
        }
        return apply(rows, actorId);
    }

    private List<Row> parse(Reader reader, List<ImportProblem> problems) {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get().parse(reader);
            if (!new HashSet<>(parser.getHeaderNames()).containsAll(HEADER.subList(0, 4))) {
                problems.add(ImportProblem.atLine(1, null, "import.unit.header", String.join(",", parser.getHeaderNames()), String.join(",", HEADER)));
                return rows;
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                if (rows.size() >= MAX_ROWS) {
                    problems.add(ImportProblem.atLine(line, null, "import.unit.tooManyRows", MAX_ROWS));
                    break;
                }
                parseRow(record, line, seen, problems).ifPresent(rows::add);
            }
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw e;
            }
            problems.add(ImportProblem.atLine(1, null, "import.unit.notReadable"));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // whatever the parser fails with is the file's problem, told as such
            problems.add(ImportProblem.atLine(1, null, "import.unit.notReadable"));
        }
        return rows;
    }

    private Optional<Row> parseRow(CSVRecord record, long line, Set<String> seen, List<ImportProblem> problems) {
        int before = problems.size();
        String code = get(record, "code");
        String name = get(record, "name");
        String levelText = get(record, "level");
        String parent = get(record, "parent");
        String tagsText = get(record, "tags");
        String zoneText = get(record, "time_zone");
        if (!UnitCode.isValid(code)) {
            problems.add(ImportProblem.atLine(line, "code", "import.unit.badCode", code));
        } else if (!seen.add(code)) {
            problems.add(ImportProblem.atLine(line, "code", "import.unit.codeTwice", code));
        }
        if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            problems.add(ImportProblem.atLine(line, "name", "import.unit.badName", name));
        }
        Level level = null;
        try {
            level = Level.fromCode(levelText);
        } catch (IllegalArgumentException e) {
            problems.add(ImportProblem.atLine(line, "level", "import.unit.badLevel", levelText,
                    Arrays.stream(Level.values()).map(Level::code).collect(java.util.stream.Collectors.joining(", "))));
        }
        if (!parent.isEmpty() && !seen.contains(parent) && units.findByCode(parent).isEmpty()) {
            problems.add(ImportProblem.atLine(line, "parent", "import.unit.unknownParent", parent));
        }
        if (parent.equals(code) && !code.isEmpty()) {
            problems.add(ImportProblem.atLine(line, "parent", "import.unit.ownParent", parent));
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : tagsText.split("[\\s|;]+")) {
            if (tag.isEmpty()) {
                continue;
            }
            if (!Tag.isValid(tag)) {
                problems.add(ImportProblem.atLine(line, "tags", "import.unit.badTag", tag));
            }
            tags.add(tag);
        }
        ZoneId zone = DEFAULT_ZONE;
        if (!zoneText.isEmpty()) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                problems.add(ImportProblem.atLine(line, "time_zone", "import.unit.badTimeZone", zoneText));
            }
        }
        return problems.size() == before ? Optional.of(new Row(line, code, name, level, parent, tags, zone)) : Optional.empty();
    }

    /**
     * Writes the checked rows chunk by chunk. A parent always comes before its children in the file
     * (or exists), so every chunk finds its parents written by an earlier one.
     */
    private Result apply(List<Row> rows, Long actorId) {
        Applied applied = new Applied();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            if (from > 0) {
                turns.yieldTurn();
            }
            transactions.executeWithoutResult(status -> chunk.forEach(row -> apply(row, actorId, applied)));
        }
        return new Result(List.of(), applied.created, applied.updated, commonAncestor(applied.changedIds));
    }

    /** What the chunks wrote so far: ids by code (for the later lines' parents) and the counts. */
    private static final class Applied {
        final Map<String, Long> ids = new HashMap<>();
        final List<Long> changedIds = new ArrayList<>();
        int created;
        int updated;
    }

    private void apply(Row row, Long actorId, Applied applied) {
        Map<String, Long> ids = applied.ids;
        Long parentId = row.parent().isEmpty() ? null
                : ids.computeIfAbsent(row.parent(), code -> units.findByCode(code).orElseThrow().id());
        Optional<Unit> existing = units.findByCode(row.code());
        if (existing.isEmpty()) {
            ids.put(row.code(), units.create(row.code(), row.name(), row.level(), parentId, row.tags(), row.zone(), actorId).id());
            applied.changedIds.add(ids.get(row.code()));
            applied.created++;
            return;
        }
        Unit unit = existing.get();
        ids.put(row.code(), unit.id());
        boolean changed = false;
        if (!unit.name().equals(row.name())) {
            units.rename(unit.id(), row.name(), actorId);
            changed = true;
        }
        if (parentId != null && !parentId.equals(unit.parentId())) {
            units.move(unit.id(), parentId, actorId);
            changed = true;
        }
        if (!unit.tags().equals(row.tags())) {
            units.setTags(unit.id(), row.tags(), actorId);
            changed = true;
        }
        if (changed) {
            applied.updated++;
            applied.changedIds.add(unit.id());
        }
    }

    /** The last id of the longest path prefix the changed units share. */
    private Long commonAncestor(List<Long> changedIds) {
        String common = null;
        for (List<Long> chunk : InChunks.of(changedIds)) {
            for (Unit unit : units.findByIds(chunk)) {
                common = common == null ? unit.path() : commonPrefix(common, unit.path());
            }
        }
        if (common == null || common.equals("/")) {
            return null;
        }
        String[] ids = common.split("/");
        return Long.valueOf(ids[ids.length - 1]);
    }

    private static String commonPrefix(String a, String b) {
        int end = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i); i++) {
            if (a.charAt(i) == '/') {
                end = i + 1;
            }
        }
        return a.substring(0, end);
    }

    /** Checks that need the whole file: scope, and that no line moves a unit under its own subtree. */
    private final class TreeCheck {

        private final List<Row> rows;
        private final Predicate<Unit> mayChange;
        private final List<ImportProblem> problems;
        private final Map<String, String> parentInFile = new HashMap<>();
        private final Map<String, Optional<Unit>> existing = new HashMap<>();
        private final Map<Long, String> codeById = new HashMap<>();

        TreeCheck(List<Row> rows, Predicate<Unit> mayChange, List<ImportProblem> problems) {
            this.rows = rows;
            this.mayChange = mayChange;
            this.problems = problems;
        }

        void run() {
            for (Row row : rows) {
                if (!row.parent().isEmpty()) {
                    parentInFile.put(row.code(), row.parent());
                }
            }
            for (Row row : rows) {
                Optional<Unit> unit = existing(row.code());
                if (mayChange != null) {
                    checkScope(row, unit);
                }
                // a cycle needs a changed parent somewhere on it, so walking from the moves finds every one
                if (unit.isPresent() && !row.parent().isEmpty() && !row.parent().equals(parentOf(unit.get()))
                        && reachesItself(row.code())) {
                    problems.add(ImportProblem.atLine(row.line(), "parent", "import.unit.cycle", row.parent()));
                }
            }
        }

        private void checkScope(Row row, Optional<Unit> unit) {
            if (unit.isPresent() && !mayChange.test(unit.get())) {
                problems.add(ImportProblem.atLine(row.line(), "code", OUTSIDE_SCOPE, row.code()));
            }
            if (row.parent().isEmpty()) {
                if (unit.isEmpty()) {
                    problems.add(ImportProblem.atLine(row.line(), "parent", "import.unit.newNeedsParent"));
                }
                return;
            }
            if (unit.isPresent() && row.parent().equals(parentOf(unit.get()))) {
                return;
            }
            Optional<Unit> parent = existing(row.parent());
            if (parent.isPresent() && !mayChange.test(parent.get())) {
                problems.add(ImportProblem.atLine(row.line(), "parent", OUTSIDE_SCOPE, row.parent()));
            }
        }

        /** Walks up from the unit's parent as the tree will be after the import. */
        private boolean reachesItself(String code) {
            String current = parentOf(code);
            for (int steps = 0; current != null && steps <= rows.size() + 1000; steps++) {
                if (current.equals(code)) {
                    return true;
                }
                current = parentOf(current);
            }
            return false;
        }

        private String parentOf(String code) {
            String inFile = parentInFile.get(code);
            if (inFile != null) {
                return inFile;
            }
            return existing(code).map(this::parentOf).orElse(null);
        }

        private String parentOf(Unit unit) {
            return unit.parentId() == null ? null
                    : codeById.computeIfAbsent(unit.parentId(), id -> units.findById(id).map(Unit::code).orElse(null));
        }

        private Optional<Unit> existing(String code) {
            return existing.computeIfAbsent(code, units::findByCode);
        }
    }

    private static String get(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? SpreadsheetCells.restored(record.get(column)).strip() : "";
    }
}
