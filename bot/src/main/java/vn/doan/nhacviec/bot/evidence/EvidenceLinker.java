package vn.doan.nhacviec.bot.evidence;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.doan.nhacviec.data.evidence.EvidenceRepository;
import vn.doan.nhacviec.data.status.StatusRecorded;

/**
 * Links the photos a person sent in a chat to the answer they give there next: when an answer is
 * logged (inside its transaction), every photo of theirs in that chat received within the pending
 * window and proving nothing yet becomes its evidence. One answer about several items in one
 * transaction links the photos to each of them.
 */
@Component
class EvidenceLinker {

    private final EvidenceRepository repository;
    private final Duration window;

    EvidenceLinker(EvidenceRepository repository, EvidenceProperties properties) {
        this.repository = repository;
        this.window = properties.pendingWindow();
    }

    @EventListener
    public void on(StatusRecorded recorded) {
        if (recorded.personId() == null || recorded.chatId() == null) {
            return;
        }
        Set<Long> files = new LinkedHashSet<>(linkedInThisTransaction());
        files.addAll(repository.unlinked(recorded.chatId(), recorded.personId(), recorded.at().minus(window)));
        if (files.isEmpty()) {
            return;
        }
        Optional<Long> update = repository.latestStatusUpdate(recorded.occurrence().id(), recorded.personId(), recorded.chatId());
        if (update.isEmpty()) {
            return;
        }
        files.forEach(file -> repository.link(update.get(), file));
        linkedInThisTransaction().addAll(files);
    }

    /** The files linked earlier in the running transaction (an empty, forgotten set outside one). */
    @SuppressWarnings("unchecked")
    private Set<Long> linkedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new LinkedHashSet<>();
        }
        Object key = this;
        Set<Long> linked = (Set<Long>) TransactionSynchronizationManager.getResource(key);
        if (linked == null) {
            linked = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(key, linked);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return linked;
    }
}
