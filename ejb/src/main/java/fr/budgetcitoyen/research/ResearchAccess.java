package fr.budgetcitoyen.research;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.account.EmailAddress;
import fr.budgetcitoyen.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Who may download the research data: agents grant and revoke, each step audited; an account reads its own grant. */
@Stateless
@RolesAllowed({"AGENT", "ADMIN"})
public class ResearchAccess {

    /** A grant with the address of the account it names, for the agents' list. */
    public record GrantLine(ResearchGrant grant, String email) {
    }

    @Inject private ResearchGrantRepository grants;
    @Inject private AccountRepository accounts;
    @EJB private AuditLog audit;
    @Resource private SessionContext context;
    @Inject private Clock clock;

    /** Grants access to the existing account of {@code email}; every problem is reported with its field. */
    public ResearchGrant grant(String email, String purpose, LocalDate expiresOn) {
        Optional<Account> account = EmailAddress.isValid(email) ? accounts.findByEmail(EmailAddress.normalize(email)) : Optional.empty();
        ResearchGrant grant = ResearchGrant.grant(account.map(Account::id).orElse(null), purpose, expiresOn, caller(),
                LocalDate.now(clock), Instant.now(clock));
        grants.store(grant);
        audit.record(caller(), "research.grant", account.orElseThrow().email(), null, expiresOn + " : " + grant.purpose());
        return grant;
    }

    /** Ends a grant at once: the researcher's next download is refused. False when there is no such grant. */
    public boolean revoke(long grantId) {
        Optional<ResearchGrant> found = grants.find(grantId);
        found.ifPresent(grant -> {
            grant.revoke(caller(), Instant.now(clock));
            audit.record(caller(), "research.revoke", emailOf(grant), "until " + grant.expiresOn(), "revoked");
        });
        return found.isPresent();
    }

    /** Every grant, newest first, active or not: the history stays. */
    public List<GrantLine> grants() {
        return grants.all().stream().map(g -> new GrantLine(g, emailOf(g))).toList();
    }

    /** The signed-in account's grant to show it (active, else its latest), if it ever had one. */
    @RolesAllowed("RESIDENT")
    public Optional<ResearchGrant> mine() {
        return accounts.findByEmail(caller()).flatMap(a -> ResearchGrant.current(grants.ofAccount(a.id()), LocalDate.now(clock)));
    }

    private String emailOf(ResearchGrant grant) {
        return accounts.find(grant.accountId()).map(Account::email).orElse("");
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
