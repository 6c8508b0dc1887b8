package vn.doan.nhacviec.bot.admin.obligation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;

/**
 * One page of a plan's obligations ({@link #PAGE} a page): who, how often, where in the plan it is
 * written. More pages: «xem tiếp» on Telegram ({@code nvp:<plan id>:<page>}), {@code /nghiavu <mã> 2} typed anywhere.
 */
@Component
class ObligationPages {

    static final int PAGE = 10;
    static final String NEXT_PAGE_PREFIX = "nvp";

    private final ObligationRepository obligations;
    private final ObligationText describe;
    private final Messages messages;
    private final Outgoing outgoing;

    ObligationPages(ObligationRepository obligations, ObligationText describe, Messages messages, Outgoing outgoing) {
        this.obligations = obligations;
        this.describe = describe;
        this.messages = messages;
        this.outgoing = outgoing;
    }

    void show(Caller caller, Plan plan, int page) {
        List<Obligation> of = obligations.findByPlan(plan.id());
        int pages = Math.max(1, (of.size() + PAGE - 1) / PAGE);
        if (page < 1 || page > pages) {
            reply(caller, new OutgoingMessage(text(caller, "items.noSuchPage", page, pages), List.of(), null, null));
            return;
        }
        List<Obligation> shown = of.subList((page - 1) * PAGE, Math.min(of.size(), page * PAGE));
        StringBuilder body = new StringBuilder(text(caller, "obligation.planHeader", plan.code(), plan.title(), of.size()));
        if (pages > 1) {
            body.append(' ').append(text(caller, "items.pageOf", page, pages));
        }
        for (Obligation obligation : shown) {
            body.append("\n\n").append(text(caller, "obligation.line", obligation.code(), obligation.title(),
                    describe.who(caller.locale(), obligation.assignee()), describe.every(caller.locale(), obligation.recurrence()),
                    describe.source(obligation.definition().source()), obligation.version(),
                    obligation.paused() ? text(caller, "obligation.pausedMark") : ""));
        }
        List<Choice> choices = new ArrayList<>();
        if (page < pages) {
            body.append("\n\n").append(text(caller, "obligation.nextPage", plan.code(), page + 1, of.size() - page * PAGE));
            choices.add(Choice.button(text(caller, "items.nextPageButton"), NEXT_PAGE_PREFIX + ":" + plan.id() + ":" + (page + 1)));
        }
        reply(caller, new OutgoingMessage(body.toString(), choices, null, null));
    }

    private String text(Caller caller, String key, Object... args) {
        return messages.get(caller.locale(), key, args);
    }

    private void reply(Caller caller, OutgoingMessage message) {
        outgoing.send(caller.chat(), message);
    }
}
