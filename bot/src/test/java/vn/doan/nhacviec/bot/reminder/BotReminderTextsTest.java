package vn.doan.nhacviec.bot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.doan.nhacviec.bot.answer.ItemFormatter;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.catalog.Assignee;
import vn.doan.nhacviec.data.catalog.Completion;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationDefinition;
import vn.doan.nhacviec.data.catalog.Recurrence;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceState;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.scheduler.alert.BlockedChat;
import vn.doan.nhacviec.scheduler.alert.PostponeRequest;
import vn.doan.nhacviec.scheduler.reminder.DueItem;
import vn.doan.nhacviec.scheduler.reminder.LateUnit;
import vn.doan.nhacviec.scheduler.reminder.Stage;
import vn.doan.nhacviec.data.time.VietnamTime;

/** The words of reminders and notices, in both languages, from the real bundles. */
class BotReminderTextsTest {

    static final ZoneId VN = VietnamTime.ZONE;
    static final Instant NOW = LocalDate.of(2026, 11, 27).atTime(8, 0).atZone(VN).toInstant();

    final BotReminderTexts texts;

    BotReminderTextsTest() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        Messages messages = new Messages(source);
        texts = new BotReminderTexts(messages, new ItemFormatter(messages, Clock.systemUTC()), new vn.doan.nhacviec.bot.answer.ItemButtons(messages));
    }

    static Unit unit(long id, String code, String name) {
        return new Unit(id, code, name, Level.CHI_DOAN, 1L, "/1/" + id + "/", Set.of(), VN, false);
    }

    static DueItem item(Unit unit, String title, String period, LocalDate deadline, String stage) {
        Obligation obligation = new Obligation(7, "DL-SH", 1, title, 1, new ObligationDefinition("DL-SH", title, null,
                new Assignee(List.of(Level.CHI_DOAN), null, null), new Recurrence(Recurrence.Frequency.MONTH, null, null, null, null, null),
                Completion.YES_NO, null, null, null), false);
        Occurrence occurrence = new Occurrence(unit.id() * 10, 7, unit.id(), period, deadline.withDayOfMonth(1), deadline, deadline,
                deadline.atStartOfDay(VN).toInstant(), OccurrenceState.OPEN, 0, null);
        return new DueItem(occurrence, obligation, unit, new Stage(stage, Stage.Kind.BEFORE, NOW.atZone(VN).toLocalDate()));
    }

    final Unit hoaBinh = unit(2, "tn-tb-hh-hb", "Chi đoàn ấp Hòa Bình");
    final Unit hoaDong = unit(3, "tn-tb-hh-hdb", "Chi đoàn ấp Hòa Đông B");

    @Test
    void aReminderNumbersItsItemsAndOffersPerItemButtonsOnly() {
        OutgoingMessage vi = texts.reminder("vi", List.of(item(hoaBinh, "Sinh hoạt chi đoàn hằng tháng", "2026-11",
                LocalDate.of(2026, 12, 1), "D-3")), 1, 1, NOW);
        assertThat(vi.text()).isEqualTo("""
                🔔 Nhắc việc — Chi đoàn ấp Hòa Bình
                1. Sinh hoạt chi đoàn hằng tháng (tháng 11/2026) — hạn: hết ngày 30/11/2026 (còn 3 ngày)

                Trả lời theo số của việc: «1 xong», «2 hoãn đến 20/12», «1 đã họp 20/11, 18/25 đoàn viên». Gõ một số (ví dụ «1») để xem các cách trả lời cho việc đó.""");
        // the numbers are the items: no numbered options, only button shortcuts per item
        assertThat(vi.showsNumberedOptions()).isFalse();
        // the scheduler names the chat in the language tag: a Zalo group is told to mention the bot
        OutgoingMessage zaloGroup = texts.reminder("vi-x-zalo-group", List.of(item(hoaBinh, "Sinh hoạt chi đoàn hằng tháng", "2026-11",
                LocalDate.of(2026, 12, 1), "D-3")), 1, 1, NOW);
        assertThat(zaloGroup.text()).contains("«@bot 1 xong»").doesNotContain("nút");
        assertThat(vi.choices()).extracting(OutgoingMessage.Choice::label, OutgoingMessage.Choice::data).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1 ✅ Xong", "n:1:D"),
                org.assertj.core.groups.Tuple.tuple("1 ⋯ Khác", "n:1"));
    }

    @Test
    void aChatOfSeveralUnitsSeesWhichUnitEachItemIsFor() {
        OutgoingMessage en = texts.reminder("en", List.of(
                item(hoaBinh, "Sinh hoạt chi đoàn hằng tháng", "2026-10", LocalDate.of(2026, 11, 1), "O3"),
                item(hoaDong, "Sinh hoạt chi đoàn hằng tháng", "2026-11", LocalDate.of(2026, 12, 1), "D-3")), 2, 3, NOW);
        assertThat(en.text()).startsWith("🔔 Reminder for 2 units (part 2/3)\n1. [Chi đoàn ấp Hòa Bình] ")
                .contains("2. [Chi đoàn ấp Hòa Đông B] Sinh hoạt chi đoàn hằng tháng (11/2026) — due: by 30/11/2026 (3 days left)");
        assertThat(en.choices()).extracting(OutgoingMessage.Choice::data).containsExactly("n:1:D", "n:1", "n:2:D", "n:2");
    }

    @Test
    void anEscalationGroupsTheLateUnits() {
        DueItem late = item(hoaBinh, "Sinh hoạt chi đoàn hằng tháng", "2026-10", LocalDate.of(2026, 11, 1), "ESC");
        OutgoingMessage vi = texts.escalation("vi", List.of(new LateUnit(hoaBinh, List.of(late)),
                new LateUnit(hoaDong, List.of(item(hoaDong, "Sinh hoạt chi đoàn hằng tháng", "2026-10", LocalDate.of(2026, 11, 1), "ESC")))),
                1, 1, NOW);
        assertThat(vi.text()).startsWith("⚠️ Các đơn vị dưới đây đã quá hạn")
                .contains("\n• Chi đoàn ấp Hòa Bình (tn-tb-hh-hb)\n   – ⚠️ Sinh hoạt chi đoàn hằng tháng (tháng 10/2026) — QUÁ HẠN 27 ngày")
                .contains("\n• Chi đoàn ấp Hòa Đông B (tn-tb-hh-hdb)\n")
                .endsWith("/lichsu <mã đơn vị>.");
        assertThat(vi.choices()).isEmpty();
    }

    @Test
    void noticesSayWhoWhatAndUntilWhen() {
        DueItem item = item(hoaBinh, "Sinh hoạt chi đoàn hằng tháng", "2026-11", LocalDate.of(2026, 12, 1), "D-3");
        OutgoingMessage postpone = texts.postponeRequest("vi", new PostponeRequest(hoaBinh, item.obligation(), item.occurrence(),
                LocalDate.of(2026, 12, 5), "Nguyễn Văn A"));
        assertThat(postpone.text()).isEqualTo("📅 Chi đoàn ấp Hòa Bình xin hoãn «Sinh hoạt chi đoàn hằng tháng (tháng 11/2026)» đến ngày "
                + "05/12/2026 (người đề nghị: Nguyễn Văn A). Hạn hiện tại: hết ngày 30/11/2026 — hạn không đổi cho đến khi cấp trên đồng ý.");
        OutgoingMessage blocked = texts.chatBlocked("en", new BlockedChat("Nguyễn Văn A", List.of(hoaBinh, hoaDong)));
        assertThat(blocked.text()).startsWith("🚫 The bot can no longer write to \"Nguyễn Văn A\", which received the reminders of "
                + "Chi đoàn ấp Hòa Bình, Chi đoàn ấp Hòa Đông B.");
    }
}
