package vn.doan.nhacviec.bot.admin.obligation;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.admin.Words;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.catalog.PlanRepository;

/**
 * {@code /nghiavu [plan | obligation] [page]}: the catalogue with its sources. Without a code the
 * plans; with a plan's code a page of its obligations ({@link ObligationPages});
 * with an obligation's code all of it, with the sentence of the plan that creates it.
 */
@Component
class ObligationsCommand implements BotCommand {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanRepository plans;
    private final ObligationRepository obligations;
    private final ObligationText describe;
    private final ObligationPages pages;

    ObligationsCommand(PlanRepository plans, ObligationRepository obligations, ObligationText describe, ObligationPages pages) {
        this.plans = plans;
        this.obligations = obligations;
        this.describe = describe;
        this.pages = pages;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("nghiavu", "obligations", Access.BOUND);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("", "DIEU-LE", "DL-SH-CHIDOAN-THANG");
    }

    @Override
    public void handle(CommandContext context) {
        List<String> words = Words.of(context.args(), 3);
        if (words.isEmpty()) {
            listPlans(context);
            return;
        }
        String code = words.get(0).toUpperCase(Locale.ROOT);
        if (code.length() > 64 || words.size() > 2 || (words.size() == 2 && !words.get(1).matches("\\d{1,3}"))) {
            context.replyKey("obligation.listUsage");
            return;
        }
        int page = words.size() == 2 ? Integer.parseInt(words.get(1)) : 1;
        Optional<Obligation> obligation = obligations.findByCode(code);
        if (obligation.isPresent()) {
            showObligation(context, obligation.get());
            return;
        }
        Optional<Plan> plan = plans.findByCode(code);
        if (plan.isEmpty()) {
            context.replyKey("obligation.unknownCode", words.get(0));
            return;
        }
        pages.show(context.caller(), plan.get(), page);
    }

    private void listPlans(CommandContext context) {
        StringBuilder text = new StringBuilder(context.text("obligation.plansHeader"));
        for (Plan plan : plans.findAll()) {
            List<Obligation> of = obligations.findByPlan(plan.id());
            long paused = of.stream().filter(Obligation::paused).count();
            text.append('\n').append(context.text("obligation.planLine", plan.code(), plan.title(), plan.issuerCode(),
                    plan.inForceFrom().format(DATE), plan.lastDay() == null ? "…" : plan.lastDay().format(DATE), of.size(), paused));
        }
        text.append("\n\n").append(context.text("obligation.plansHint"));
        context.reply(text.toString());
    }

    private void showObligation(CommandContext context, Obligation obligation) {
        var definition = obligation.definition();
        Plan plan = plans.findById(obligation.planId()).orElseThrow();
        String quote = definition.source() == null || definition.source().quote() == null ? "—" : definition.source().quote();
        String text = context.text("obligation.detail", obligation.code(), obligation.title(), plan.code(),
                describe.who(context.locale(), obligation.assignee()), describe.every(context.locale(), obligation.recurrence()),
                describe.deadline(context.locale(), obligation.recurrence()), describe.reminders(context.locale(), definition.reminderPolicy()),
                definition.recipient() == null ? "—" : definition.recipient(), describe.source(definition.source()), quote,
                obligation.version(), obligation.paused() ? context.text("obligation.pausedMark") : "");
        context.reply(text);
    }
}
