package fr.budgetcitoyen.mail;

import fr.budgetcitoyen.platform.AfterCompletion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Where a fired {@link Mail} goes: into the outbox, in the firing transaction, then out to the SMTP server
 * once that transaction has committed. A rolled-back registration never mails a link; a relay that is down
 * or a node that dies after the commit leaves the mail to the outbox's retries, on any node.
 */
@ApplicationScoped
public class MailSender {

    @Inject private AfterCompletion transactions;
    @Inject private MailOutbox outbox;

    void route(@Observes Mail mail) {
        if (transactions.inTransaction()) {
            long id = outbox.queue(mail);
            transactions.afterCommit(() -> outbox.deliver(id));
        } else {
            outbox.deliver(outbox.queue(mail)); // queued in a transaction of its own
        }
    }
}
