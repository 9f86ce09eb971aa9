package fr.budgetcitoyen.web.admin;

import fr.budgetcitoyen.mail.MailOutbox;
import fr.budgetcitoyen.mail.QueuedMail;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.util.List;

/** « E-mails en attente »: the outbox's mails an attempt failed for; retry one now, or give it up. */
@Named
@RequestScoped
public class MailsBacking {

    /** More than this many waiting mails is an outage: the count says how many, the list shows the oldest. */
    private static final int SHOWN = 200;

    @Inject private MailOutbox outbox;

    private List<QueuedMail> waiting;
    private Long count;

    public List<QueuedMail> getWaiting() {
        if (waiting == null) {
            waiting = outbox.waiting(SHOWN);
        }
        return waiting;
    }

    public long getCount() {
        if (count == null) {
            count = outbox.waitingCount();
        }
        return count;
    }

    public void retry(long id) {
        outbox.retryNow(id);
        outbox.deliver(id);
        Messages.addFlashGlobalInfo(Texts.get("mails.retried"));
        Faces.redirect("admin/mails");
    }

    public void drop(long id) {
        outbox.drop(id);
        Messages.addFlashGlobalInfo(Texts.get("mails.dropped"));
        Faces.redirect("admin/mails");
    }
}
