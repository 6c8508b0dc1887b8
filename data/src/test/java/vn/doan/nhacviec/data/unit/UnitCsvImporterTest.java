package vn.doan.nhacviec.data.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.TestDatabase;
import vn.doan.nhacviec.data.imports.ImportProblem;

class UnitCsvImporterTest {

    @TempDir
    Path dir;
    TestDatabase db;
    UnitRepository units;
    UnitCsvImporter importer;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        units = new UnitRepository(db.jdbc(), db.clock());
        importer = new UnitCsvImporter(units, new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theDemoTreeImports() throws Exception {
        var result = importer.importCsv(Files.newBufferedReader(Path.of("../config/demo/units.csv")), null);
        assertThat(result.problems()).isEmpty();
        assertThat(result.created()).isEqualTo(units.count()).isGreaterThan(30);
        Unit border = units.findByCode("tn-tb-hh-hb").orElseThrow();
        assertThat(border.tags()).contains("bien_gioi");
        assertThat(border.isInside(units.findByCode("tn").orElseThrow())).isTrue();
    }

    @Test
    void oneBrokenLineAmongManyWritesNothingAndIsNamed() {
        StringBuilder csv = new StringBuilder("code,name,level,parent,tags,time_zone\n");
        csv.append("p,Tỉnh đoàn P,tinh,,,\n");
        for (int i = 0; i < 500; i++) {
            csv.append("p-").append(i).append(",Chi đoàn ").append(i).append(",chi_doan,p,,\n");
        }
        csv.append("p-bad,Chi đoàn lỗi,chi_doann,p,,\n");
        csv.append("p-zone,Chi đoàn ở Nga,chi_doan,p,,Mars/Base\n");
        var result = importer.importCsv(new StringReader(csv.toString()), null);
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(503L, "level"), org.assertj.core.groups.Tuple.tuple(504L, "time_zone"));
        assertThat(units.count()).isZero();
    }

    @Test
    void everyProblemOfTheFileIsReportedAtOnceAsKeysWithTheValues() {
        importer.importCsv(new StringReader("code,name,level,parent,tags\na,A,tinh,,\nb,B,huyen,a,\n"), null);
        Unit b = units.findByCode("b").orElseThrow();
        long before = units.count();
        var result = importer.importCsv(new StringReader("""
                code,name,level,parent,tags
                b1,B1,chi_doann,b,
                a,A renamed,tinh,,
                """), 7L, unit -> unit.isInside(b));
        // a line's own fault and a whole-file (scope) fault come in the same answer
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::key, ImportProblem::args).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "import.unit.badLevel",
                        java.util.List.of("chi_doann", "trung_uong, tinh, huyen, co_so, chi_doan")),
                org.assertj.core.groups.Tuple.tuple(3L, "import.unit.outsideScope", java.util.List.of("a")));
        assertThat(result.problems()).allSatisfy(p -> assertThat(UnitCsvImporter.outsideScope(p))
                .isEqualTo(p.key().equals("import.unit.outsideScope")));
        assertThat(vn.doan.nhacviec.data.imports.ImportProblemsInEnglish.line(result.problems().get(0)))
                .isEqualTo("line 2: field level: \"chi_doann\" is not a level; use one of trung_uong, tinh, huyen, co_so, chi_doan");
        assertThat(units.count()).isEqualTo(before);
    }

    @Test
    void unknownParentAndDuplicatesAreReported() {
        var result = importer.importCsv(new StringReader("""
                code,name,level,parent,tags
                a,A,tinh,,
                a,A again,tinh,,
                b,B,huyen,nowhere,
                C!,C,huyen,a,bad tag!
                """), null);
        assertThat(result.problems()).extracting(ImportProblem::field).containsExactly("code", "parent", "code", "tags");
        assertThat(units.count()).isZero();
    }

    @Test
    void anExistingCodeIsRenamedAndMovedWithHistory() {
        importer.importCsv(new StringReader("code,name,level,parent,tags\na,A,tinh,,\nb,B,huyen,a,\nc,C,huyen,a,\nx,X,co_so,b,\n"), null);
        var result = importer.importCsv(new StringReader("code,name,level,parent,tags\nx,X mới,co_so,c,dia_ban_dan_cu\n"), 1L);
        assertThat(result.updated()).isEqualTo(1);
        Unit x = units.findByCode("x").orElseThrow();
        assertThat(x.name()).isEqualTo("X mới");
        assertThat(x.parentId()).isEqualTo(units.findByCode("c").orElseThrow().id());
        assertThat(units.history(x.id())).extracting(UnitHistoryEntry::change)
                .containsExactly(UnitChange.CREATED, UnitChange.RENAMED, UnitChange.MOVED, UnitChange.TAGGED);
    }

    @Test
    void anImportOnSomeonesBehalfStaysInsideTheirPartOfTheTree() {
        importer.importCsv(new StringReader("code,name,level,parent,tags\na,A,tinh,,\nb,B,huyen,a,\nc,C,huyen,a,\n"), null);
        Unit b = units.findByCode("b").orElseThrow();
        long before = units.count();
        var result = importer.importCsv(new StringReader("""
                code,name,level,parent,tags
                b1,B1,co_so,b,
                b1-x,X,chi_doan,b1,
                c1,C1,co_so,c,
                c,C renamed,huyen,a,
                loose,Loose,tinh,,
                b,B moved,huyen,c,
                """), 7L, unit -> unit.isInside(b));
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::field).containsExactly(
                // line 5 keeps c under a: only c itself is outside, not its unchanged parent
                org.assertj.core.groups.Tuple.tuple(4L, "parent"), org.assertj.core.groups.Tuple.tuple(5L, "code"),
                org.assertj.core.groups.Tuple.tuple(6L, "parent"), org.assertj.core.groups.Tuple.tuple(7L, "parent"));
        assertThat(units.count()).isEqualTo(before);

        var inside = importer.importCsv(new StringReader("code,name,level,parent,tags\nb1,B1,co_so,b,\nb1-x,X,chi_doan,b1,\n"), 7L,
                unit -> unit.isInside(b));
        assertThat(inside.ok()).isTrue();
        assertThat(inside.created()).isEqualTo(2);
    }

    @Test
    void aLineThatWouldPutAUnitUnderItsOwnSubtreeIsRefusedBeforeWriting() {
        importer.importCsv(new StringReader("code,name,level,parent,tags\na,A,tinh,,\nb,B,huyen,a,\nc,C,co_so,b,\nd,D,huyen,a,\n"), null);
        var direct = importer.importCsv(new StringReader("code,name,level,parent,tags\nb,B,huyen,c,\n"), null);
        assertThat(direct.problems()).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "parent"));
        var viaTwoLines = importer.importCsv(new StringReader("code,name,level,parent,tags\nd,D,huyen,b,\nb,B,huyen,d,\n"), null);
        assertThat(viaTwoLines.ok()).isFalse();
        assertThat(units.findByCode("d").orElseThrow().parentId()).isEqualTo(units.findByCode("a").orElseThrow().id());
    }
}
