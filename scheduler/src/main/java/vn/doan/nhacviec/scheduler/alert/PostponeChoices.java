package vn.doan.nhacviec.scheduler.alert;

import java.util.List;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/** The answers a supervisor is offered on a postponement request (approve, decline, propose another day), in the reader's language. */
public interface PostponeChoices {

    List<OutgoingMessage.Choice> forRequest(String language, long requestId);
}
