package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountIdentityStore;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.account.LoginThrottle;
import fr.budgetcitoyen.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The assisted vote: a comptoir host or an agent helps a resident vote on the assistant's device. The
 * resident identifies themself with their own password (throttled like the login page); the vote is
 * theirs, and the assistance is recorded on the participation only, never on the ballot.
 */
@Stateless
@RolesAllowed({"COMPTOIR_HOST", "AGENT", "ADMIN"})
public class AssistedVoting {

    @Resource private SessionContext context;
    @Inject private AccountIdentityStore identities;
    @Inject private LoginThrottle throttle;
    @Inject private AccountRepository accounts;
    @Inject private AssistanceTickets tickets;
    @Inject private BallotBox ballotBox;
    @Inject private ReceiptMail receiptMail;
    @EJB private AuditLog audit;
    @Inject private Clock clock;

    /** Checks the resident's own credentials and returns the ticket for their vote; empty if refused. */
    public Optional<String> identify(String email, String password, String address) {
        String typed = email == null ? "" : email.strip();
        if (throttle.blockedUntil(typed, address).isPresent()) {
            return Optional.empty();
        }
        CredentialValidationResult result = identities.validate(new UsernamePasswordCredential(typed, password == null ? "" : password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(typed, address);
            return Optional.empty();
        }
        throttle.succeeded(typed, address);
        Account resident = accounts.findByEmail(result.getCallerPrincipal().getName()).orElseThrow();
        audit.record(assistant(), "vote.assist", resident.email(), null, "identified");
        return Optional.of(tickets.issue(resident.id(), assistant(), Instant.now(clock)));
    }

    public Optional<VoterBallot> ballot(String ticket) {
        return ballotBox.ballotOf(Voter.of(resident(ticket)));
    }

    /**
     * The resident's vote, cast on the assistant's device: the participation says who assisted. With
     * {@code mailReceipt}, the receipt also goes to the resident's own address, never to the assistant.
     */
    public Tracker cast(String ticket, String categoryCode, long projectId, boolean mailReceipt) {
        Account resident = resident(ticket);
        Tracker tracker = ballotBox.cast(Voter.of(resident), categoryCode, projectId,
                accounts.findByEmail(assistant()).orElseThrow().id(), null);
        if (mailReceipt) {
            receiptMail.send(resident.email(), tracker.categoryName(), tracker.code());
        }
        return tracker;
    }

    public String residentName(String ticket) {
        return resident(ticket).displayName();
    }

    public void end(String ticket) {
        tickets.end(ticket);
    }

    private Account resident(String ticket) {
        return tickets.residentOf(ticket, assistant(), Instant.now(clock)).flatMap(accounts::find)
                .orElseThrow(() -> VoteRefusedException.invalidChoice("vote.assisted.expired"));
    }

    private String assistant() {
        return context.getCallerPrincipal().getName();
    }
}
