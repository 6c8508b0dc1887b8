package vn.doan.nhacviec.bot.broadcast;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.notice.Notice;
import vn.doan.nhacviec.data.notice.NoticeRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.unit.Unit;

/** {@code /theodoi [id]}: the caller's latest notices, or where one notice stands by unit. */
@Component
class TrackCommand implements BotCommand {

    static final int RECENT = 10;

    private final NoticeRepository notices;
    private final NoticeTracking tracking;
    private final NoticeStatusView view;
    private final UnitScope scope;
    private final Messages messages;
    private final Outgoing outgoing;
    private final AuditLog audit;

    TrackCommand(NoticeRepository notices, NoticeTracking tracking, NoticeStatusView view, UnitScope scope, Messages messages,
                 Outgoing outgoing, AuditLog audit) {
        this.notices = notices;
        this.tracking = tracking;
        this.view = view;
        this.scope = scope;
        this.messages = messages;
        this.outgoing = outgoing;
        this.audit = audit;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("theodoi", List.of("track"), Access.STAFF, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public void handle(CommandContext context) {
        String args = context.args().strip().replaceFirst("^#", "");
        if (args.isEmpty()) {
            list(context);
        } else if (args.matches("\\d{1,12}")) {
            show(context.caller(), Long.parseLong(args));
        } else {
            throw new UserError("notice.trackUsage");
        }
    }

    /** Shows where notice {@code id} stands to the caller (also the "refresh" answer). */
    void show(Caller caller, long id) {
        Notice notice = tracking.visibleTo(caller, id, NoticeTracking.TRACK);
        audit.done(caller.person().id(), notice.scopeUnitId(), NoticeTracking.TRACK, null, "notice #" + id);
        outgoing.send(caller.chat(), view.render(caller.locale(), tracking.progress(notice), notices.lastRound(id) + 1, null));
    }

    private void list(CommandContext context) {
        List<String> paths = scope.roots(context.caller(), Role.STAFF).stream().map(Unit::path).toList();
        List<Notice> recent = notices.recent(context.caller().person().id(), paths, RECENT);
        if (recent.isEmpty()) {
            context.replyKey("notice.list.none");
            return;
        }
        StringBuilder text = new StringBuilder(context.text("notice.list.header"));
        List<Choice> choices = new ArrayList<>();
        for (Notice notice : recent) {
            text.append('\n').append(view.listLine(context.locale(), tracking.progress(notice)));
            choices.add(new Choice("#" + notice.id(), NoticeStatusView.TRACK_PREFIX + ":" + notice.id()));
        }
        text.append("\n\n").append(messages.get(context.locale(), "notice.list.hint"));
        context.reply(new OutgoingMessage(text.toString(), choices, null, null));
    }
}
