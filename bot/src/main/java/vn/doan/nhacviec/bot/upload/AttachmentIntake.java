package vn.doan.nhacviec.bot.upload;

import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.channel.InboundFile;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.evidence.EvidenceStore;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.bot.evidence.EvidenceProperties;

/**
 * The conversation's one door for photos and documents. A document is the file of an import
 * ({@code /nhapdv}, {@code /nhapnv}) or refused with a hint. A photo (or an image sent as a
 * document) from someone who answers for a unit is kept as their pending evidence in that chat,
 * linked to the answer its caption gives, or when it has none to the next answer they give (the
 * bot asks which item it proves). A command sent with a photo is only the command.
 */
@Component
public class AttachmentIntake {

    private final DocumentImports imports;
    private final EvidenceStore evidence;
    private final Messages messages;
    private final Outgoing outgoing;
    private final Duration pendingWindow;

    public AttachmentIntake(DocumentImports imports, EvidenceStore evidence, Messages messages, Outgoing outgoing,
                            EvidenceProperties evidenceProperties) {
        this.imports = imports;
        this.evidence = evidence;
        this.messages = messages;
        this.outgoing = outgoing;
        this.pendingWindow = evidenceProperties.pendingWindow();
    }

    /**
     * @return true when the message was fully handled here; false when the conversation should go on
     *         reading its text (the caption, or nothing when there is no file)
     */
    public boolean intake(Caller caller, Inbound in) {
        if (!in.hasFile()) {
            return false;
        }
        String caption = in.text() == null ? "" : in.text().strip();
        InboundFile file = in.file();
        if (file.kind() == InboundFile.Kind.DOCUMENT && imports.receive(caller, in)) {
            return true;
        }
        if (!file.isImage()) {
            reply(caller, "upload.unexpectedDocument");
            return true;
        }
        if (caption.startsWith("/")) {
            return false;
        }
        if (!caller.isBound()) {
            reply(caller, "error.notBound");
            return true;
        }
        long id = evidence.keep(caller, in);
        if (caption.isEmpty()) {
            reply(caller, "evidence.askWhich", String.valueOf(id), pendingWindow.toMinutes());
            return true;
        }
        return false;
    }

    private void reply(Caller caller, String key, Object... args) {
        outgoing.send(caller.chat(), OutgoingMessage.text(messages.get(caller.locale(), key, args)));
    }
}
