package fr.budgetcitoyen.comptoir;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.mail.Mail;
import fr.budgetcitoyen.mail.MailComposer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.Locale;

/** Mails a resident about a session they registered to: a seat freed for them, or tomorrow's reminder. */
@ApplicationScoped
class ComptoirNotices {

    @Inject
    private AccountRepository accounts;

    @Inject
    private MailComposer composer;

    @Inject
    private Event<Mail> mails;

    void tell(long accountId, String kind, ComptoirSession session, Locale locale) {
        accounts.find(accountId).filter(Account::isActive).ifPresent(a -> mails.fire(composer.noticeMail(kind, locale,
                a.email(), a.displayName(), session.venue(), ComptoirMails.when(session, locale),
                "/comptoir?id=" + session.id())));
    }
}
