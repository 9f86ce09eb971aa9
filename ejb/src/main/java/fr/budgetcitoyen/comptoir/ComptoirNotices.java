package fr.budgetcitoyen.comptoir;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.mail.Mail;
import fr.budgetcitoyen.mail.MailComposer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;


/** Mails a resident about a session they registered to: a seat freed for them, or tomorrow's reminder. */
@ApplicationScoped
class ComptoirNotices {

    @Inject
    private AccountRepository accounts;

    @Inject
    private MailComposer composer;

    @Inject
    private Event<Mail> mails;

    /** In the language the person reads the portal in. */
    void tell(long accountId, String kind, ComptoirSession session) {
        accounts.find(accountId).filter(Account::isActive).ifPresent(a -> mails.fire(composer.noticeMail(kind, a.language(),
                a.email(), a.displayName(), session.venue(), ComptoirMails.when(session, a.language()),
                "/comptoir?id=" + session.id())));
    }
}
