package vn.doan.nhacviec.bot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doan.nhacviec.bot.conversation.ConversationService;
import vn.doan.nhacviec.bot.staff.Press;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.occurrence.NewOccurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * {@code /tre} over a commune with thirteen late branches: ten a page, the next page typed or pressed,
 * a daily duty one line, and a unit whose name another unit shares named with its code.
 */
@BotApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LateListPagingTest {

    static final ZoneId VN = VietnamTime.ZONE;
    static final String STAFF = "late-paging-staff";

    @Autowired
    Terminal terminal;
    @Autowired
    ConversationService conversation;
    @Autowired
    UnitRepository units;
    @Autowired
    ChatRepository chats;
    @Autowired
    PersonRepository people;
    @Autowired
    ObligationRepository obligations;
    @Autowired
    OccurrenceRepository occurrences;
    @Autowired
    MutableClock clock;

    Unit commune;
    final List<Unit> branches = new ArrayList<>();

    @BeforeAll
    void lateBranches() {
        commune = units.create("tre-xa", "Đoàn xã Trùng Tên", Level.CO_SO, null, Set.of(), VN, null);
        units.create("tre-xa-khac", "Đoàn xã Trùng Tên", Level.CO_SO, null, Set.of(), VN, null);
        Obligation monthly = obligations.findByCode("DL-SH-CHIDOAN-THANG").orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(VN));
        List<NewOccurrence> planned = new ArrayList<>();
        for (int b = 1; b <= 13; b++) {
            Unit branch = units.create("tre-xa-b" + b, "Chi đoàn ấp " + b, Level.CHI_DOAN, commune.id(), Set.of(), VN, null);
            branches.add(branch);
            if (b == 1) {
                // a daily duty three days behind: one line, not three
                for (int d = 3; d >= 1; d--) {
                    LocalDate day = today.minusDays(d);
                    planned.add(new NewOccurrence(monthly.id(), branch.id(), day.toString(), day, day.plusDays(1), day.plusDays(1),
                            day.plusDays(1).atStartOfDay(VN).toInstant()));
                }
            } else {
                // one item each, the later branches less late: the list's order is the branches' order
                LocalDate deadline = today.minusDays(40 - b);
                planned.add(new NewOccurrence(monthly.id(), branch.id(), "2026-0" + (b % 9 + 1), deadline.minusDays(30), deadline, deadline,
                        deadline.atStartOfDay(VN).toInstant()));
            }
        }
        occurrences.createMissing(planned);
        Person staff = people.findOrCreate("console", STAFF, STAFF, "vi");
        chats.findOrCreate("console", STAFF, Chat.ChatKind.PRIVATE, null, "vi");
        people.grant(staff.id(), commune.id(), Role.STAFF, null);
    }

    @BeforeEach
    void quiet() {
        terminal.flush();
    }

    @Test
    void thirteenLateBranchesPageByTenAndTheNextPageIsTypedOrPressed() {
        OutgoingMessage first = only(terminal.as(STAFF, STAFF, "/tre tre-xa"));
        assertThat(first.text())
                .startsWith("⏰ Đơn vị đang quá hạn trong Đoàn xã Trùng Tên (tre-xa): 15 việc ở 13 đơn vị (nhiều nhất trước) — trang 1/2")
                .contains("Xem tiếp: gõ /tre tre-xa 2");
        for (int b = 1; b <= 10; b++) {
            assertThat(first.text()).contains("[tre-xa-b" + b + "]");
        }
        assertThat(first.text()).doesNotContain("[tre-xa-b11]").doesNotContain("[tre-xa-b13]");
        // the daily duty of the first branch: one line with its three overdue days
        assertThat(first.text()).contains("🔴 Chi đoàn ấp 1 [tre-xa-b1] — 3 việc, trễ nhất 3 ngày")
                .contains("— 3 kỳ quá hạn, trễ nhất 3 ngày");
        assertThat(first.choices()).singleElement().satisfies(choice -> {
            assertThat(choice.buttonOnly()).isTrue();
            assertThat(choice.data()).isEqualTo("rl:" + commune.id() + ":2");
        });

        String typed = only(terminal.as(STAFF, STAFF, "/tre tre-xa 2")).text();
        assertThat(typed).contains("15 việc ở 13 đơn vị").contains("— trang 2/2")
                .contains("[tre-xa-b11]").contains("[tre-xa-b12]").contains("[tre-xa-b13]")
                .doesNotContain("[tre-xa-b10]").doesNotContain("Xem tiếp");
        OutgoingMessage second = only(terminal.as(STAFF, STAFF, "/tre 2"));
        assertThat(second.text()).isEqualTo(typed);
        assertThat(second.choices()).isEmpty();

        Press.inPrivate(conversation, STAFF, first.choices().get(0).data());
        assertThat(only(terminal.flush()).text()).isEqualTo(typed);

        assertThat(only(terminal.as(STAFF, STAFF, "/tre tre-xa 3")).text()).isEqualTo("Không có trang 3; danh sách có 2 trang.");
        assertThat(only(terminal.as(STAFF, STAFF, "/tre tre-xa 2 them")).text()).isEqualTo("Cách dùng: /tre [mã đơn vị] [trang]");
    }

    @Test
    void aPageOfAUnitOutsideTheCallersSubtreeIsRefusedTypedOrPressed() {
        Unit other = units.findByCode("tre-xa-khac").orElseThrow();
        assertThat(only(terminal.as(STAFF, STAFF, "/tre tre-xa-khac 2")).text()).startsWith("Bạn không phụ trách");
        Press.inPrivate(conversation, STAFF, "rl:" + other.id() + ":2");
        assertThat(only(terminal.flush()).text()).startsWith("Bạn không phụ trách");
    }

    @Test
    void aSmallSubtreeIsOnePageWithoutAButton() {
        OutgoingMessage one = only(terminal.as(STAFF, STAFF, "/tre tre-xa-b3"));
        assertThat(one.text()).startsWith("⏰ Đơn vị đang quá hạn trong Chi đoàn ấp 3: 1 việc ở 1 đơn vị (nhiều nhất trước)")
                .doesNotContain("trang").doesNotContain("Xem tiếp");
        assertThat(one.choices()).isEmpty();
    }

    private static OutgoingMessage only(List<CapturingSender.Sent> sent) {
        assertThat(sent).hasSize(1);
        return sent.get(0).message();
    }
}
