package vn.doan.nhacviec.bot.answer;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** One item and its possible answers, numbered: what «2» shows after a list, or its «2 …» button. */
@Component
class ItemMenu {

    private final ObligationRepository obligations;
    private final UnitRepository units;
    private final ItemFormatter items;
    private final Messages messages;
    private final Outgoing outgoing;

    ItemMenu(ObligationRepository obligations, UnitRepository units, ItemFormatter items, Messages messages, Outgoing outgoing) {
        this.obligations = obligations;
        this.units = units;
        this.items = items;
        this.messages = messages;
        this.outgoing = outgoing;
    }

    void show(Caller caller, Occurrence occurrence) {
        var obligation = obligations.findById(occurrence.obligationId()).orElseThrow();
        var unit = units.findById(occurrence.unitId()).orElseThrow();
        String text = messages.get(caller.locale(), "answer.menu", unit.name(),
                items.line(caller.locale(), obligation, occurrence, unit.zone()));
        List<Choice> options = Arrays.stream(AnswerCode.values())
                .map(code -> new Choice(messages.get(caller.locale(), code.labelKey()), AnswerChoices.item(occurrence.id(), code)))
                .toList();
        outgoing.send(caller.chat(), new OutgoingMessage(text, options, null, null));
    }
}
