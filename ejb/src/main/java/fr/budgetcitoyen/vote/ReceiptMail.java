package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.mail.Notifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The receipt (the encrypted ballot's tracker) mailed to the voter who asks for it, once the vote has
 * committed. The tracker shows the ballot is in the urn, never what it contains.
 */
@ApplicationScoped
public class ReceiptMail {

    @Inject private AccountRepository accounts;
    @Inject private Notifier notifier;

    /** Mails the tracker of a ballot of that category to the voter signed in as this address. */
    public void send(String voterEmail, String categoryName, String tracker) {
        accounts.findByEmail(voterEmail).ifPresent(voter -> notifier.notice(voter, "voteReceipt", categoryName, tracker, "/board"));
    }
}
