package vn.doan.nhacviec.scheduler.notice;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.status.StatusRecorded;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * A postponement is a request, not a new deadline: when one is logged, the parent unit's chats are
 * told who asked, for which item, until when. Runs inside the transaction that logs the answer, so
 * the request and its notice are stored together.
 */
@Component
public class PostponeRequestNotifier {

    private final SupervisorNotices notices;
    private final NoticeTexts texts;
    private final UnitRepository units;
    private final ObligationRepository obligations;
    private final PersonRepository people;

    public PostponeRequestNotifier(SupervisorNotices notices, NoticeTexts texts, UnitRepository units,
                                   ObligationRepository obligations, PersonRepository people) {
        this.notices = notices;
        this.texts = texts;
        this.units = units;
        this.obligations = obligations;
        this.people = people;
    }

    @EventListener
    public void on(StatusRecorded recorded) {
        if (recorded.entry().meaning() != StatusMeaning.POSTPONE || recorded.entry().postponeTo() == null) {
            return;
        }
        Unit unit = units.findById(recorded.occurrence().unitId()).orElseThrow();
        Obligation obligation = obligations.findById(recorded.occurrence().obligationId()).orElseThrow();
        String who = recorded.personId() == null ? null
                : people.findById(recorded.personId()).map(Person::displayName).orElse(null);
        PostponeRequest request = new PostponeRequest(unit, obligation, recorded.occurrence(), recorded.entry().postponeTo(), who);
        notices.notify(List.of(unit), (language, about) -> texts.postponeRequest(language, request),
                "postpone:" + recorded.occurrence().id() + ":" + recorded.entry().postponeTo(), recorded.at());
    }
}
