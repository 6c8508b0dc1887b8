package vn.doan.nhacviec.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.doan.nhacviec.data.catalog.Completion.CompletionKind;
import vn.doan.nhacviec.data.catalog.Completion.TargetScope;
import vn.doan.nhacviec.data.catalog.Recurrence.Frequency;
import vn.doan.nhacviec.data.imports.ImportProblemsInEnglish;
import vn.doan.nhacviec.data.unit.Level;

class CatalogLoaderTest {

    /** Tests run with the module directory ({@code data/}) as working directory. */
    static final Path CATALOG = Path.of("../config/catalog");

    private final CatalogLoader loader = new CatalogLoader();

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- the real catalogue

    @Test
    void theRealCatalogueLoadsAndValidates() {
        List<LoadedCatalogFile> files = loader.load(CATALOG);

        assertThat(files).extracting(LoadedCatalogFile::fileName).containsExactly(
                "dieu-le.yml", "kg-250-2012.yml", "kg-76-2014.yml", "kg-nqdh13-2021.yml",
                "tn-ct06-2021.yml", "tn-dvk-2020.yml");
        assertThat(files).allSatisfy(f -> assertThat(f.content().obligations()).isNotEmpty());
    }

    @Test
    void snakeCaseKeysAndLowerCaseEnumsAreBound() {
        LoadedCatalogFile kg76 = loader.load(CATALOG).stream()
                .filter(f -> f.fileName().equals("kg-76-2014.yml")).findFirst().orElseThrow();

        PlanDefinition plan = kg76.content().plan();
        assertThat(plan.code()).isEqualTo("KG-76-2014");
        assertThat(plan.number()).isEqualTo("76-KH/TĐTN-VP");
        assertThat(plan.sourceFile()).isEqualTo("000_787e1a27f921d241.txt");
        assertThat(plan.inForceFrom()).isEqualTo(LocalDate.of(2014, 4, 4));
        assertThat(plan.inForceUntil()).isEqualTo(LocalDate.of(2014, 12, 31));

        ObligationDefinition report = kg76.content().obligations().get(0);
        assertThat(report.code()).isEqualTo("KG76-BC-6THANG");
        assertThat(report.assignee().levels()).containsExactly(Level.HUYEN);
        assertThat(report.recurrence().every()).isEqualTo(Frequency.YEAR);
        assertThat(report.recurrence().before()).isEqualTo("15/05");
        assertThat(report.completion().kind()).isEqualTo(CompletionKind.YES_NO);
    }

    @Test
    void tagsIntervalsAndQuantitiesAreBound() {
        List<ObligationDefinition> all = loader.load(CATALOG).stream()
                .flatMap(f -> f.content().obligations().stream()).toList();

        ObligationDefinition monthly = find(all, "DL-SH-CHIDOAN-THANG");
        assertThat(monthly.assignee().tagsNone()).containsExactly("bien_gioi");
        assertThat(monthly.assignee().matches(Level.CHI_DOAN, List.of("bien_gioi"))).isFalse();
        assertThat(find(all, "TN21-SH-CHIDOAN-BIENGIOI").assignee().matches(Level.CHI_DOAN, List.of("bien_gioi")))
                .isTrue();

        Recurrence everyTwoYears = find(all, "TN21-TUYENDUONG-2NAM").recurrence();
        assertThat(everyTwoYears.interval()).isEqualTo(2);
        assertThat(everyTwoYears.anchorYear()).isEqualTo(2021);

        Completion trees = find(all, "KG21-TRONGCAY").completion();
        assertThat(trees.kind()).isEqualTo(CompletionKind.QUANTITY);
        assertThat(trees.target()).isEqualTo(300_000d);
        assertThat(trees.targetScope()).isEqualTo(TargetScope.SUBTREE);
    }

    private static ObligationDefinition find(List<ObligationDefinition> all, String code) {
        return all.stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- malformed entries

    private static final String PLAN = """
            plan:
              code: T-1
              title: Kế hoạch thử
              date: 2024-01-15
              issuer: kg
              source_file: seed.txt
              in_force_until: 2025-12-31
            """;

    /** A valid obligation; tests replace one line to break it. */
    private static final String OBLIGATION = """
              - code: T1-OK
                title: Báo cáo năm
                source:
                  file: seed.txt
                  section: III.2
                  quote: "Báo cáo năm gửi trước ngày 15/11."
                assignee:
                  levels: [huyen]
                recurrence:
                  every: year
                  before: "15/11"
                completion:
                  kind: yes_no
                recipient: Ban Thường vụ Tỉnh đoàn
            """;

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    private Path catalog(String obligationsYaml) throws IOException {
        return write("t-1.yml", PLAN + "obligations:\n" + obligationsYaml);
    }

    private String expectProblem(Path file) {
        try {
            loader.load(file.getParent());
        } catch (CatalogException e) {
            return ImportProblemsInEnglish.lines(e.problems());
        }
        throw new AssertionError("the catalogue was accepted");
    }

    @Test
    void aValidTemporaryCatalogueLoads() throws IOException {
        catalog(OBLIGATION);
        assertThat(loader.load(dir)).hasSize(1);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # replaced line                 | by                                  | expected message (after "file: obligation T1-OK: ")
            before: "15/11"                 | before: "31/02"                     | field recurrence.before: "31/02" is not a valid day/month (expected dd/MM)
            before: "15/11"                 | before: "15-11"                     | field recurrence.before: "15-11" is not a valid day/month (expected dd/MM)
            before: "15/11"                 | before: "29/02"                     | field recurrence.before: "29/02" does not exist every year
            every: year                     | every: month                        | field recurrence.before: is only allowed with every: year or every: once, not month
            every: year                     | every: once                         | field recurrence.before: "15/11" is not a valid date (expected dd/MM/yyyy)
            before: "15/11"                 | before: "15/11/2099"                | field recurrence.before: "15/11/2099" is not a valid day/month (expected dd/MM)
            before: "15/11"                 | last_day: 20                        | (no problem)
            before: "15/11"                 | last_day: 32                        | field recurrence.last_day: 32 is not a day of the month (1 to 31)
            before: "15/11"                 | last_day: 0                         | field recurrence.last_day: 0 is not a day of the month (1 to 31)
            before: "15/11"                 | window: 01/01-31/03                 | (no problem)
            before: "15/11"                 | window: 01/04-31/03                 | field recurrence.window: "01/04-31/03" ends before it starts
            before: "15/11"                 | window: 01/01 to 31/03              | field recurrence.window: "01/01 to 31/03" is not a window (expected dd/MM-dd/MM)
            before: "15/11"                 | window: 01/01-32/03                 | field recurrence.window: "32/03" is not a valid day/month (expected dd/MM)
            before: "15/11"                 | interval: 0                         | field recurrence.interval: 0 must be 1 or more
            before: "15/11"                 | anchor_year: 2021                   | field recurrence.anchor_year: only makes sense with interval greater than 1
            every: year                     | every: fortnight                    | field recurrence.every: "fortnight" is not one of day, week, month, quarter, half_year, year, once
            every: year                     | every: 12                           | field recurrence.every: "12" is not one of day, week, month, quarter, half_year, year, once
            every: year                     | evry: year                          | field recurrence.evry: unknown field (known fields: anchor_year, before, every, interval, last_day, window)
            levels: [huyen]                 | levels: [huyen, xa]                 | field assignee.levels[1]: "xa" is not one of trung_uong, tinh, huyen, co_so, chi_doan
            levels: [huyen]                 | levels: []                          | field assignee.levels: is missing (at least one level)
            levels: [huyen]                 | levels: huyen                       | field assignee.levels: expected a list
            levels: [huyen]                 | levels: [huyen, null]               | field assignee: a list contains an empty item
            kind: yes_no                    | kind: maybe                         | field completion.kind: "maybe" is not one of yes_no, quantity
            kind: yes_no                    | kind: quantity                      | field completion.unit: is missing
            title: Báo cáo năm              | title: ""                           | field title: is missing
            recipient: Ban Thường vụ Tỉnh đoàn | recipient: " "                   | field recipient: is missing
            file: seed.txt                  | file: ""                            | field source.file: is missing
            section: III.2                  | section: [III, 2]                   | field source.section: expected a text
            """)
    void malformedObligationsAreRefusedWithFileEntryAndField(String line, String replacement, String expected)
            throws IOException {
        Path file = catalog(OBLIGATION.replace(line, replacement));
        if (expected.equals("(no problem)")) {
            assertThat(loader.load(dir)).hasSize(1);
            return;
        }
        assertThat(expectProblem(file)).contains(file + ": obligation T1-OK: " + expected);
    }

    @Test
    void yesNoTakesNoQuantityFields() throws IOException {
        Path file = catalog(OBLIGATION.replace("kind: yes_no", "kind: yes_no\n      unit: cây"));
        assertThat(expectProblem(file)).contains(
                file + ": obligation T1-OK: field completion: a yes_no completion takes no unit, target or target_scope");
    }

    @Test
    void tagsAreCheckedAndMayNotContradictEachOther() throws IOException {
        Path file = catalog(OBLIGATION.replace("levels: [huyen]",
                "levels: [huyen]\n      tags_all: [Biên giới, bien_gioi]\n      tags_none: [bien_gioi]"));
        assertThat(expectProblem(file)).contains(
                file + ": obligation T1-OK: field assignee.tags_all: \"Biên giới\" is not a tag (lower-case letters, digits, _)",
                file + ": obligation T1-OK: field assignee.tags_none: \"bien_gioi\" is also in tags_all, so no unit could match");
    }

    @Test
    void quantityNeedsPositiveTargetAndScope() throws IOException {
        Path file = catalog(OBLIGATION.replace("kind: yes_no", """
                kind: quantity
                      unit: cây
                      target: -5"""));
        String message = expectProblem(file);
        assertThat(message).contains(file + ": obligation T1-OK: field completion.target: -5.0 must be a positive number");
        assertThat(message).contains(file + ": obligation T1-OK: field completion.target_scope: is missing (unit or subtree)");
    }

    @Test
    void onceNeedsADateInsideThePlansTimeInForce() throws IOException {
        Path file = catalog(OBLIGATION.replace("every: year", "every: once").replace("\"15/11\"", "\"15/11/2027\""));
        assertThat(expectProblem(file)).contains(file + ": obligation T1-OK: field recurrence.before: "
                + "\"15/11/2027\" falls outside the time the plan is in force (2024-01-15 to 2025-12-31)");

        catalog(OBLIGATION.replace("every: year", "every: once").replace("      before: \"15/11\"\n", ""));
        assertThat(expectProblem(file)).contains(file + ": obligation T1-OK: field recurrence.before: "
                + "is missing (every: once needs a deadline dd/MM/yyyy)");
    }

    @Test
    void windowOnlyForYearsAndNotWithBefore() throws IOException {
        Path file = catalog(OBLIGATION.replace("every: year", "every: quarter")
                .replace("before: \"15/11\"", "window: 01/01-31/03"));
        assertThat(expectProblem(file)).contains(
                file + ": obligation T1-OK: field recurrence.window: is only allowed with every: year, not quarter");

        catalog(OBLIGATION.replace("before: \"15/11\"", "before: \"15/11\"\n      window: 01/01-31/03"));
        assertThat(expectProblem(file)).contains(
                file + ": obligation T1-OK: field recurrence.window: cannot be combined with before");

        catalog(OBLIGATION.replace("before: \"15/11\"", "before: \"15/11\"\n      last_day: 10"));
        assertThat(expectProblem(file)).contains(
                file + ": obligation T1-OK: field recurrence.last_day: cannot be combined with before or window");
    }

    @Test
    void intervalsOnlyForBlocks() throws IOException {
        Path file = catalog(OBLIGATION.replace("every: year", "every: week")
                .replace("before: \"15/11\"", "interval: 2"));
        assertThat(expectProblem(file)).contains(
                file + ": obligation T1-OK: field recurrence.interval: is not allowed with every: week");
    }

    @Test
    void missingPartsAreNamed() throws IOException {
        Path file = catalog("""
                  - code: T1-BARE
                    title: Thiếu gần hết
                """);
        assertThat(expectProblem(file)).contains(
                file + ": obligation T1-BARE: field source: is missing",
                file + ": obligation T1-BARE: field assignee: is missing",
                file + ": obligation T1-BARE: field recurrence: is missing",
                file + ": obligation T1-BARE: field completion: is missing",
                file + ": obligation T1-BARE: field recipient: is missing");
    }

    @Test
    void anObligationWithoutCodeIsNamedByPosition() throws IOException {
        Path file = catalog(OBLIGATION + OBLIGATION.replace("code: T1-OK", "code: \"\""));
        assertThat(expectProblem(file)).contains(file + ": obligation #2: field code: is missing");
    }

    @Test
    void badCodesAreRefused() throws IOException {
        Path file = catalog(OBLIGATION.replace("code: T1-OK", "code: t1-ok"));
        assertThat(expectProblem(file)).contains(file + ": obligation t1-ok: field code: \"t1-ok\" is not a code");
    }

    @Test
    void codesAreUniqueAcrossFiles() throws IOException {
        catalog(OBLIGATION);
        Path second = write("t-2.yml", PLAN.replace("code: T-1", "code: T-2") + "obligations:\n" + OBLIGATION);
        assertThat(expectProblem(second)).contains(
                second + ": obligation T1-OK: field code: \"T1-OK\" is already used in t-1.yml");
    }

    @Test
    void planCodesAreUnique() throws IOException {
        catalog(OBLIGATION);
        Path second = write("t-2.yml", PLAN + "obligations:\n" + OBLIGATION.replace("T1-OK", "T2-OK"));
        assertThat(expectProblem(second)).contains(
                second + ": plan: field code: \"T-1\" is already the code of the plan in t-1.yml");
    }

    @Test
    void planFieldsAreChecked() throws IOException {
        Path file = write("t-1.yml", PLAN.replace("in_force_until: 2025-12-31", "in_force_until: 2023-12-31")
                .replace("source_file: seed.txt", "source_file: \"\"") + "obligations:\n" + OBLIGATION);
        assertThat(expectProblem(file)).contains(
                file + ": plan: field in_force_until: 2023-12-31 is before the plan comes into force (2024-01-15)",
                file + ": plan: field source_file: is missing");

        write("t-1.yml", PLAN.replace("  date: 2024-01-15\n", "") + "obligations:\n" + OBLIGATION);
        assertThat(expectProblem(file)).contains(
                file + ": plan: field in_force_from: is missing (required when the plan prints no date)");
    }

    @Test
    void planBindingErrorsNameThePlan() throws IOException {
        Path file = write("t-1.yml", PLAN.replace("date: 2024-01-15", "date: 2024-13-45") + "obligations:\n"
                + OBLIGATION);
        assertThat(expectProblem(file)).contains(file + ": plan: field date: \"2024-13-45\" is not a date");

        write("t-1.yml", PLAN.replace("issuer: kg", "isuer: kg") + "obligations:\n" + OBLIGATION);
        assertThat(expectProblem(file)).contains(file + ": plan: field isuer: unknown field (known fields:");
    }

    @Test
    void fileLevelProblems() throws IOException {
        Path noPlan = write("a.yml", "obligations:\n" + OBLIGATION);
        assertThat(expectProblem(noPlan)).contains(noPlan + ": field plan: is missing");

        Files.delete(noPlan);
        Path unknown = write("b.yml", PLAN + "obligation:\n" + OBLIGATION);
        assertThat(expectProblem(unknown)).contains(unknown + ": field obligation: unknown field");

        Files.delete(unknown);
        Path empty = write("c.yml", "");
        assertThat(expectProblem(empty)).isEqualTo(empty + ": the file is empty");

        Files.delete(empty);
        Path syntax = write("d.yml", PLAN + "obligations:\n  - code: [unclosed\n");
        assertThat(expectProblem(syntax)).startsWith(syntax + ": not valid YAML (line ");

        Files.delete(syntax);
        Path duplicate = write("e.yml", PLAN + "  title: Lần hai\nobligations:\n" + OBLIGATION);
        assertThat(expectProblem(duplicate)).isEqualTo(duplicate + ": the key \"title\" is written twice (line 8)");
    }

    @Test
    void onlyYmlFilesAreRead() throws IOException {
        catalog(OBLIGATION);
        write("README.md", "not a catalogue file");
        write("old.yaml", "ignored: true");
        assertThat(loader.load(dir)).extracting(LoadedCatalogFile::fileName).containsExactly("t-1.yml");
    }

    @Test
    void missingOrEmptyDirectory() {
        assertThat(ImportProblemsInEnglish.lines(catchThrowableOfType(CatalogException.class, () -> loader.load(dir)).problems()))
                .isEqualTo(dir + ": no *.yml catalogue file");
        assertThat(ImportProblemsInEnglish.lines(
                catchThrowableOfType(CatalogException.class, () -> loader.load(dir.resolve("nope"))).problems()))
                .isEqualTo(dir.resolve("nope") + ": catalogue directory not found");
    }

    @Test
    void bindingFaultsOfThePlanAndOfEachObligationComeTogether() throws IOException {
        Path file = write("t-1.yml", PLAN.replace("date: 2024-01-15", "date: 2024-13-45") + "obligations:\n"
                + OBLIGATION.replace("every: year", "every: fortnight")
                + OBLIGATION.replace("T1-OK", "T1-TWO").replace("levels: [huyen]", "levels: huyen"));
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> loader.load(dir));
        assertThat(ImportProblemsInEnglish.lines(e.problems()).lines()).containsExactly(
                file + ": plan: field date: \"2024-13-45\" is not a date (expected yyyy-MM-dd)",
                file + ": obligation T1-OK: field recurrence.every: \"fortnight\" is not one of day, week, month, quarter, half_year, year, once",
                file + ": obligation T1-TWO: field assignee.levels: expected a list");
    }

    @Test
    void everyProblemIsReportedOnItsOwnLine() throws IOException {
        catalog(OBLIGATION.replace("before: \"15/11\"", "before: \"31/02\"")
                + OBLIGATION.replace("T1-OK", "T1-TWO").replace("kind: yes_no", "kind: quantity"));
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> loader.load(dir));
        assertThat(e.problems()).hasSize(4);
        assertThat(e.getMessage().lines()).hasSize(4);
    }
}
