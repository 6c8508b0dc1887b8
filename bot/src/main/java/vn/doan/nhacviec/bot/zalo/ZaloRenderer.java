package vn.doan.nhacviec.bot.zalo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;

/**
 * Turns a message into the Zalo calls that deliver it: the text with its choices as a numbered list
 * at the end, cut into parts of at most 2,000 characters; a photo as a signed link (captioned when
 * the text fits, else sent first, the text with the choices after it). A file Zalo cannot take (a
 * document, or a photo when no public base URL is configured) is replaced by a note saying how to
 * get it.
 */
@Component
@ConditionalOnZalo
class ZaloRenderer {

    /** One Zalo call. */
    sealed interface Step {
        record Text(String text) implements Step {
        }

        record Photo(String url, String caption) implements Step {
        }
    }

    private final ChoiceList choiceList;
    private final SignedFileLinks links;
    private final ChatLocales locales;
    private final Messages messages;

    ZaloRenderer(ChoiceList choiceList, SignedFileLinks links, ChatLocales locales, Messages messages) {
        this.choiceList = choiceList;
        this.links = links;
        this.locales = locales;
        this.messages = messages;
    }

    List<Step> render(Chat chat, OutgoingMessage message) {
        Locale locale = locales.of(chat);
        StringBuilder text = new StringBuilder(message.text() == null ? "" : message.text().strip());
        Optional<String> photo = Optional.empty();
        Attachment attachment = message.attachment();
        if (attachment != null) {
            photo = attachment.kind() == Attachment.Kind.PHOTO ? links.linkFor(attachment) : Optional.empty();
            if (photo.isEmpty()) {
                paragraph(text, messages.get(locale, "zalo.file.unavailable", attachment.fileName()));
            }
        }
        if (message.showsNumberedOptions()) {
            paragraph(text, choiceList.render(locale, message.numberedOptions()));
        }
        List<String> parts = ZaloTextSplitter.split(text.toString(), ZaloTextSplitter.ZALO_LIMIT);
        List<Step> steps = new ArrayList<>();
        if (photo.isPresent() && parts.size() <= 1) {
            steps.add(new Step.Photo(photo.get(), parts.isEmpty() ? null : parts.get(0)));
            return steps;
        }
        photo.ifPresent(url -> steps.add(new Step.Photo(url, null)));
        parts.forEach(part -> steps.add(new Step.Text(part)));
        return steps;
    }

    private static void paragraph(StringBuilder text, String paragraph) {
        if (text.length() > 0) {
            text.append("\n\n");
        }
        text.append(paragraph);
    }
}
