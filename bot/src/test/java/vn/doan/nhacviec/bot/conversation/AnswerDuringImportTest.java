package vn.doan.nhacviec.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.status.StatusLogRepository;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.unit.UnitCsvImporter;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * On SQLite (one writer) a big unit import must not hold the write lock for the whole file: another
 * chat's answer, handled alongside it, is recorded and confirmed while the import is still writing.
 */
@BotApplicationTest
class AnswerDuringImportTest {

    /**
     * Twelve chunks: after the first one the import still writes eleven more, each followed by a pause,
     * far longer than one answer takes, so an answer that waited for the whole file would show.
     */
    private static final int LINES = 6_000;

    @Autowired
    Terminal terminal;
    @Autowired
    UnitCsvImporter importer;
    @Autowired
    StatusLogRepository log;
    @Autowired
    UnitRepository units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnswerIsRecordedWhileABigImportIsStillWriting() throws Exception {
        terminal.flush();
        int item = DemoConversationTest.numberOf(terminal.answer("/viec tn-tb-hh-hdb"),
                "Họp Ban Chấp hành chi đoàn hằng tháng (tháng 11/2026)");
        long before = log.count();
        StringBuilder csv = new StringBuilder("code,name,level,parent,tags,time_zone\n");
        for (int i = 0; i < LINES; i++) {
            csv.append("khoa-").append(i).append(",Chi đoàn ").append(i).append(",chi_doan,tn-tb-hh,dia_ban_dan_cu,\n");
        }

        CompletableFuture<UnitCsvImporter.Result> importing = CompletableFuture.supplyAsync(
                () -> importer.importCsv(new StringReader(csv.toString()), null));
        awaitFirstImportedUnit(importing);
        String confirmation = terminal.answer("/xong " + item + " đã họp 20/11");
        long writtenWhenAnswered = imported();

        assertThat(confirmation).startsWith("✅ Đã ghi nhận: Họp Ban Chấp hành chi đoàn hằng tháng (tháng 11/2026)");
        assertThat(log.count()).isEqualTo(before + 1);
        var branch = units.findByCode("tn-tb-hh-hdb").orElseThrow();
        assertThat(log.recentForUnit(branch.id(), 1).get(0).meaning()).isEqualTo(StatusMeaning.DONE);
        assertThat(writtenWhenAnswered).as("the answer did not wait for the whole import").isLessThan(LINES);
        UnitCsvImporter.Result result = importing.get(5, TimeUnit.MINUTES);
        assertThat(result.ok()).isTrue();
        assertThat(result.created()).isEqualTo(LINES);
    }

    private long imported() {
        return jdbc.sql("SELECT COUNT(*) FROM unit WHERE code LIKE 'khoa-%'").query(Long.class).single();
    }

    /** The import has committed its first chunk: from here on, a lock held for the whole file would show. */
    private void awaitFirstImportedUnit(CompletableFuture<?> importing) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (imported() == 0) {
            assertThat(importing).as("the import finished or failed before writing anything").isNotDone();
            assertThat(System.nanoTime()).as("the import never wrote").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
