package vn.doan.nhacviec.scheduler.alert;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.alert.AlertKind;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.postpone.PostponeRequestRepository;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.status.StatusRecorded;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * A postponement is a request, not a new deadline: when one is logged, it is stored as a pending
 * request and the unit's superiors (the nearest ancestor's chats, the staff and admins over it in
 * private) are told who asked, for which item, until when, with the answers to decide it. Runs
 * inside the transaction that logs the answer, so the request and its notice are stored together.
 */
@Component
public class PostponeRequestNotifier {

    private final SupervisorAlerts notices;
    private final AlertTexts texts;
    private final UnitRepository units;
    private final ObligationRepository obligations;
    private final PersonRepository people;
    private final PostponeRequestRepository requests;
    private final PostponeChoices choices;

    public PostponeRequestNotifier(SupervisorAlerts notices, AlertTexts texts, UnitRepository units,
                                   ObligationRepository obligations, PersonRepository people,
                                   PostponeRequestRepository requests, PostponeChoices choices) {
        this.notices = notices;
        this.texts = texts;
        this.units = units;
        this.obligations = obligations;
        this.people = people;
        this.requests = requests;
        this.choices = choices;
    }

    @EventListener
    public void on(StatusRecorded recorded) {
        if (recorded.entry().meaning() != StatusMeaning.POSTPONE || recorded.entry().postponeTo() == null) {
            return;
        }
        boolean askedAlready = requests.pendingFor(recorded.occurrence().id())
                .filter(pending -> pending.requestedDay().equals(recorded.entry().postponeTo())).isPresent();
        if (askedAlready) {
            // the same request again (a second tap, a repeated command): the superiors were told once
            return;
        }
        Unit unit = units.findById(recorded.occurrence().unitId()).orElseThrow();
        Obligation obligation = obligations.findById(recorded.occurrence().obligationId()).orElseThrow();
        String who = recorded.personId() == null ? null
                : people.findById(recorded.personId()).map(Person::displayName).orElse(null);
        PostponeRequest request = new PostponeRequest(unit, obligation, recorded.occurrence(), recorded.entry().postponeTo(), who);
        long requestId = requests.create(recorded.occurrence().id(), unit.id(), recorded.personId(), recorded.chatId(),
                recorded.entry().postponeTo(), recorded.at());
        notices.notify(List.of(unit), AlertKind.POSTPONE, recorded.personId(),
                (language, about) -> texts.postponeRequest(language, request).withChoices(choices.forRequest(language, requestId)),
                "postpone:" + requestId, recorded.at());
    }
}
