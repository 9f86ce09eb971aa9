package fr.budgetcitoyen.comptoir;

import fr.budgetcitoyen.mail.Notifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Mails a resident about a session they registered to: a seat freed for them, or tomorrow's reminder. */
@ApplicationScoped
class ComptoirNotices {

    @Inject private Notifier notifier;

    /** In the language the person reads the portal in. */
    void tell(long accountId, String kind, ComptoirSession session) {
        notifier.active(accountId).ifPresent(a -> notifier.notice(a, kind, session.venue(), ComptoirMails.when(session, a.language()),
                "/comptoir?id=" + session.id()));
    }
}
