package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.mail.Mail;
import fr.budgetcitoyen.mail.MailComposer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The receipt mailed to the voter who asks for it, once the vote has committed. Only on request: whoever
 * reads that mail can find the ballot in the published list, so it weakens secrecy (the mail says so).
 */
@ApplicationScoped
public class ReceiptMail {

    @Inject
    private AccountRepository accounts;

    @Inject
    private OpenBallot openBallot;

    @Inject
    private MailComposer composer;

    @Inject
    private Event<Mail> mails;

    /** Mails the receipt of a vote for that project to the voter signed in as this address. */
    public void send(String voterEmail, long projectId, Receipt receipt) {
        String category = openBallot.project(projectId).map(p -> p.category().name()).orElse("");
        accounts.findByEmail(voterEmail).ifPresent(voter -> mails.fire(composer.noticeMail("voteReceipt",
                voter.language(), voter.email(), voter.displayName(), category, receipt.code(), "/ballots")));
    }
}
