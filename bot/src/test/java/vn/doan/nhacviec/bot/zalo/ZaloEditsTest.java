package vn.doan.nhacviec.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutboxEntry;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutboxState;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;

/** Zalo cannot edit: an edit is sent only for what it adds. */
class ZaloEditsTest {

    private static final List<Choice> ANSWERS = List.of(new Choice("✅ Xong", "a:D"), new Choice("⏳ Chưa làm", "a:N"));
    private static final OutgoingMessage REMINDER = new OutgoingMessage("🔔 Họp BCH tháng 11: hạn 30/11", ANSWERS, null, null);

    private final OutboxRepository outbox = mock(OutboxRepository.class);
    private final ZaloEdits edits = new ZaloEdits(outbox);

    {
        when(outbox.find(7L)).thenReturn(Optional.of(new OutboxEntry(7, 1, MessageKind.REMINDER, REMINDER, 0, 0, null, OutboxState.SENT,
                Instant.EPOCH, Instant.EPOCH, null)));
    }

    @Test
    void theSameTextWithItsChoicesRemovedIsNotSentAgain() {
        assertThat(edits.whatToSend(new OutgoingMessage(REMINDER.text(), List.of(), null, 7L), "zm1")).isEmpty();
        assertThat(edits.whatToSend(new OutgoingMessage(REMINDER.text(), ANSWERS, null, 7L), "zm1")).isEmpty();
    }

    @Test
    void anAdditionToTheTextIsSentAlone() {
        var edit = new OutgoingMessage(REMINDER.text() + "\n\n✅ Đã trả lời: Xong", List.of(), null, 7L);
        assertThat(edits.whatToSend(edit, "zm1")).hasValue(OutgoingMessage.text("✅ Đã trả lời: Xong"));
    }

    @Test
    void anotherTextOrNewChoicesAreSentWhole() {
        var rewritten = new OutgoingMessage("🔔 Họp BCH tháng 11: hạn mới 05/12", ANSWERS, null, 7L);
        assertThat(edits.whatToSend(rewritten, "zm1")).hasValue(rewritten);
        var newChoices = new OutgoingMessage(REMINDER.text(), List.of(new Choice("📅 Xin hoãn", "a:P")), null, 7L);
        assertThat(edits.whatToSend(newChoices, "zm1")).hasValueSatisfying(m -> assertThat(m.choices()).isEqualTo(newChoices.choices()));
    }

    @Test
    void anEditOfAMessageNeverDeliveredIsSentWhole() {
        var edit = new OutgoingMessage(REMINDER.text(), List.of(), null, 7L);
        assertThat(edits.whatToSend(edit, null)).hasValue(edit);
    }
}
