package fr.budgetcitoyen.mail;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Optional;

/**
 * Composes a mail for a person and queues it ({@link MailOutbox} sends it once the transaction commits): the
 * services say what happened and to whom, this writes it in the language the person reads the portal in.
 */
@ApplicationScoped
public class Notifier {

    @Inject private AccountRepository accounts;
    @Inject private MailComposer composer;
    @Inject private Event<Mail> mails;

    /** A notice to this account ({@link MailComposer#noticeMail}): its title, detail and page are the kind's. */
    public void notice(Account to, String kind, String title, String detail, String page) {
        mails.fire(composer.noticeMail(kind, to.language(), to.email(), to.displayName(), title, detail, page));
    }

    /** The same to the account of that id, if it may be mailed ({@link #active}). */
    public void noticeIfActive(Long accountId, String kind, String title, String detail, String page) {
        active(accountId).ifPresent(to -> notice(to, kind, title, detail, page));
    }

    /** The account of that id if it may be mailed: a deleted or deactivated account (or none) is not. */
    public Optional<Account> active(Long accountId) {
        return Optional.ofNullable(accountId).flatMap(accounts::find).filter(Account::isActive);
    }

    /** A link carrying a token ({@link MailComposer#linkMail}), to an address that may not be an account's yet. */
    public void link(String kind, Locale locale, String to, String name, String page, String token) {
        mails.fire(composer.linkMail(kind, locale, to, name, page, token));
    }
}
