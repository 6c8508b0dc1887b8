package vn.doan.nhacviec.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.data.TestDatabase;
import vn.doan.nhacviec.data.unit.Level;

class ObligationRepositoryTest {

    @Test
    void anObligationMadeInChatSurvivesTheNextFileImportAndEditsBecomeVersions(@TempDir Path dir) {
        try (TestDatabase db = TestDatabase.open(dir)) {
            PlanRepository plans = new PlanRepository(db.jdbc(), db.clock());
            ObligationRepository obligations = new ObligationRepository(db.jdbc(), db.clock());
            Plan plan = plans.save(new PlanDefinition("CHAT-TN", null, "Việc giao từ chat", LocalDate.of(2026, 11, 22), "tn", "chat",
                    null, null, null, null));
            ObligationDefinition monthly = definition("CHAT-TN-1", "Họp giao ban", Recurrence.Frequency.MONTH);
            Obligation created = obligations.create(plan.id(), monthly, 5L);
            assertThat(created.version()).isEqualTo(1);
            assertThat(obligations.versionCount(created.id())).isEqualTo(1);

            Obligation edited = obligations.update("CHAT-TN-1", definition("CHAT-TN-1", "Họp giao ban quý", Recurrence.Frequency.QUARTER), 5L);
            assertThat(edited.version()).isEqualTo(2);
            assertThat(edited.recurrence().every()).isEqualTo(Recurrence.Frequency.QUARTER);
            assertThat(obligations.versionCount(created.id())).isEqualTo(2);
        }
    }

    private static ObligationDefinition definition(String code, String title, Recurrence.Frequency every) {
        return new ObligationDefinition(code, title, new Source("chat", "2026-11-22", title),
                new Assignee(List.of(Level.CHI_DOAN), List.of(), List.of()), new Recurrence(every, null, null, null, null, null),
                Completion.YES_NO, "Đoàn cấp trên trực tiếp", null, null);
    }
}
