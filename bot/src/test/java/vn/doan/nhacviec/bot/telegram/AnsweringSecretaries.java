package vn.doan.nhacviec.bot.telegram;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.occurrence.NewOccurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.recurrence.Period;
import vn.doan.nhacviec.scheduler.recurrence.PeriodCalculator;

/**
 * Secretaries ready to answer, for the peak-hour benchmark: each has a branch of its own under a
 * commune of the demo tree, a private Telegram chat (user id = chat id) bound to that branch, an
 * active {@link Role#SECRETARY} role there, and exactly one open item, this month's committee
 * meeting, so that «xong» in that chat is recorded against it and confirmed. Written in batches,
 * the rows the repositories would write one by one ({@link UnitRepository#create}, {@code
 * PersonRepository.findOrCreate} and {@code grant}, {@code ChatRepository.findOrCreate} and {@code
 * bind}, {@link OccurrenceRepository#createMissing}).
 */
final class AnsweringSecretaries {

    /** A commune of Tây Ninh (whose plan has the duty) other than the one the import fills. */
    static final String COMMUNE = "tn-ct-tbh";
    /** A monthly yes/no duty of every branch: «xong» fits it. */
    static final String DUTY = "TN21-HOP-BCH-CHIDOAN";
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * One phase's secretaries: Telegram user (and chat) {@code firstUser + i}, branch id
     * {@code firstUnit + i}, chat row id {@code firstChat + i}, for {@code i < count}.
     */
    record Cohort(String name, long firstUser, long firstUnit, long firstChat, int count) {

        long user(int i) {
            return firstUser + i;
        }

        long lastUnit() {
            return firstUnit + count - 1;
        }

        long lastChat() {
            return firstChat + count - 1;
        }
    }

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final OccurrenceRepository occurrences;
    private final Unit commune;
    private final Obligation duty;
    private final Plan plan;
    private final Clock clock;
    private long nextUser;

    AnsweringSecretaries(ApplicationContext app, long firstUser) {
        this.template = app.getBean(JdbcTemplate.class);
        this.jdbc = app.getBean(JdbcClient.class);
        this.transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        this.occurrences = app.getBean(OccurrenceRepository.class);
        this.commune = app.getBean(UnitRepository.class).findByCode(COMMUNE).orElseThrow();
        this.duty = app.getBean(ObligationRepository.class).findByCode(DUTY).orElseThrow();
        this.plan = app.getBean(PlanRepository.class).findById(duty.planId()).orElseThrow();
        this.clock = app.getBean(Clock.class);
        this.nextUser = firstUser;
    }

    /** Seeds {@code count} secretaries (in one transaction, nothing else writing) and checks each has its one open item. */
    Cohort seed(String name, int count) {
        long now = clock.millis();
        Period period = PeriodCalculator.periodContaining(duty.recurrence(), plan.inForceFrom(), VN, LocalDate.now(clock.withZone(VN)))
                .filter(p -> p.dueAt().isAfter(clock.instant()))
                .orElseThrow(() -> new IllegalStateException("no open period of " + DUTY + " today"));
        Cohort cohort = transaction.execute(status -> {
            Cohort c = new Cohort(name, nextUser, nextId("unit"), nextId("chat"), count);
            long firstPerson = nextId("person");
            List<Object[]> units = new ArrayList<>(count);
            List<Object[]> history = new ArrayList<>(count);
            List<Object[]> people = new ArrayList<>(count);
            List<Object[]> identities = new ArrayList<>(count);
            List<Object[]> chats = new ArrayList<>(count);
            List<Object[]> bindings = new ArrayList<>(count);
            List<Object[]> roles = new ArrayList<>(count);
            List<NewOccurrence> items = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                long unit = c.firstUnit() + i;
                long person = firstPerson + i;
                long chat = c.firstChat() + i;
                String user = String.valueOf(c.user(i));
                String branch = "Chi đoàn " + name + " " + (i + 1);
                units.add(new Object[] {unit, "bt-" + user, branch, Level.CHI_DOAN.name(), commune.id(), commune.path() + unit + "/",
                        VN.getId(), now});
                history.add(new Object[] {unit, now, "CREATED", branch});
                people.add(new Object[] {person, "Bí thư " + name + " " + (i + 1), "vi", now});
                identities.add(new Object[] {person, "telegram", user});
                chats.add(new Object[] {chat, "telegram", user, "PRIVATE", "vi", now});
                bindings.add(new Object[] {chat, unit, now});
                roles.add(new Object[] {person, unit, Role.SECRETARY.name(), now});
                items.add(new NewOccurrence(duty.id(), unit, period.key(), period.start(), period.endExclusive(), period.deadline(),
                        period.dueAt()));
            }
            template.batchUpdate("INSERT INTO unit (id, code, name, level, parent_id, path, time_zone, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", units);
            template.batchUpdate("INSERT INTO unit_history (unit_id, changed_at, change, new_value) VALUES (?, ?, ?, ?)", history);
            template.batchUpdate("INSERT INTO person (id, display_name, language, created_at) VALUES (?, ?, ?, ?)", people);
            template.batchUpdate("INSERT INTO chat_identity (person_id, channel, user_ref) VALUES (?, ?, ?)", identities);
            template.batchUpdate("INSERT INTO chat (id, channel, chat_ref, kind, language, created_at) VALUES (?, ?, ?, ?, ?, ?)", chats);
            template.batchUpdate("INSERT INTO chat_binding (chat_id, unit_id, bound_at) VALUES (?, ?, ?)", bindings);
            template.batchUpdate("INSERT INTO role_assignment (person_id, unit_id, role, granted_at) VALUES (?, ?, ?, ?)", roles);
            if (occurrences.createMissing(items) != count) {
                throw new IllegalStateException("the " + name + " secretaries' items were not all created");
            }
            return c;
        });
        nextUser += count;
        long open = jdbc.sql("SELECT COUNT(*) FROM occurrence WHERE unit_id BETWEEN ? AND ? AND state = 'OPEN'")
                .params(cohort.firstUnit(), cohort.lastUnit()).query(Long.class).single();
        if (open != count) {
            throw new IllegalStateException(name + ": " + open + " open items for " + count + " secretaries");
        }
        return cohort;
    }

    /**
     * Fails loudly unless every secretary of the cohort got exactly one answer recorded, meaning
     * DONE, on their one item: a benchmark that timed refusals or questions would be worthless.
     */
    void requireAllRecorded(Cohort cohort) {
        Map<String, Object> row = jdbc.sql("SELECT COUNT(*) AS answers, COUNT(DISTINCT s.occurrence_id) AS items, "
                        + "COALESCE(SUM(CASE WHEN s.meaning = 'DONE' THEN 1 ELSE 0 END), 0) AS done FROM status_update s "
                        + "JOIN occurrence o ON o.id = s.occurrence_id WHERE o.unit_id BETWEEN ? AND ?")
                .params(cohort.firstUnit(), cohort.lastUnit()).query().singleRow();
        long answers = ((Number) row.get("answers")).longValue();
        long items = ((Number) row.get("items")).longValue();
        long done = ((Number) row.get("done")).longValue();
        if (answers != cohort.count() || items != cohort.count() || done != cohort.count()) {
            throw new IllegalStateException(cohort.name() + ": " + cohort.count() + " secretaries answered «xong» but " + answers
                    + " answers were recorded on " + items + " items, " + done + " of them DONE");
        }
    }

    private long nextId(String table) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table).query(Long.class).single();
    }
}
