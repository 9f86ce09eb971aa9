package fr.budgetcitoyen.account;

import fr.budgetcitoyen.mail.Notifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Issues a single-use token for an account and mails the link that spends it: only the token's hash is kept
 * ({@link AccountToken}), the link is the one place its value goes.
 */
@ApplicationScoped
public class TokenLinks {

    @Inject private AccountRepository accounts;
    @Inject private Notifier notifier;
    @Inject private Clock clock;

    /** To {@code to}, the account's address or another one (its parent's). */
    public void mail(Account account, TokenPurpose purpose, String kind, String to, String page, Locale locale) {
        send(AccountToken.issue(account, purpose, Instant.now(clock)), kind, to, page, locale);
    }

    /** To the new address, which the link confirms. */
    public void mailEmailChange(Account account, String newEmail, Locale locale) {
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.EMAIL_CHANGE, Instant.now(clock), newEmail);
        send(issued, "emailChange", issued.token().newEmail(), "/confirm-email-change", locale);
    }

    private void send(AccountToken.Issued issued, String kind, String to, String page, Locale locale) {
        accounts.store(issued.token());
        notifier.link(kind, locale, to, issued.token().account().displayName(), page, issued.value());
    }
}
