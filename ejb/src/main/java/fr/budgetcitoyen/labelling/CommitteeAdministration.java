package fr.budgetcitoyen.labelling;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.account.Role;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.CampaignService;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Agents compose each edition's labelling committee, college by college. Appointing someone gives their
 * account the committee member role; they then assess the files of that edition only.
 */
@Stateless
@RolesAllowed({"AGENT", "ADMIN"})
public class CommitteeAdministration {

    @Resource private SessionContext context;
    @EJB private CampaignService campaigns;
    @Inject private CommitteeRepository committees;
    @Inject private AccountRepository accounts;
    @EJB private AuditLog audit;
    @Inject private Clock clock;

    /** The edition whose committee is composed: the one labelling today, else the most recent public one. */
    public Optional<Campaign> edition() {
        return campaigns.openFor(PhaseType.LABELLING_COMMITTEE).or(() -> campaigns.publicEditions().stream().findFirst());
    }

    public Committee committee(long campaignId) {
        return committees.of(campaignId);
    }

    public CommitteeSeat appoint(long campaignId, String email, College college) {
        Optional<Account> found = Optional.ofNullable(email).filter(e -> !e.isBlank())
                .flatMap(e -> accounts.findByEmail(e.strip())).filter(Account::isActive);
        new InvalidFieldsException.Check()
                .require(found.isPresent(), "email", "committee.unknownAccount")
                .require(college != null, "college", "committee.college.required")
                .orThrow();
        Account member = found.get();
        committees.of(campaignId).requireFreeSeatFor(member.id(), college);
        if (!member.hasRole(Role.COMMITTEE_MEMBER)) {
            member.grant(Role.COMMITTEE_MEMBER);
            audit.record(caller(), "role.grant", member.email(), null, Role.COMMITTEE_MEMBER.name());
        }
        CommitteeSeat seat = new CommitteeSeat(campaignId, member.id(), member.displayName(), college, Instant.now(clock));
        committees.store(seat);
        audit.record(caller(), "committee.appoint", "campaign:" + campaignId, null, member.email() + " " + college);
        return seat;
    }

    public void dismiss(long seatId) {
        CommitteeSeat seat = committees.seat(seatId).orElseThrow();
        committees.remove(seat);
        audit.record(caller(), "committee.dismiss", "campaign:" + seat.campaignId(), seat.memberName() + " " + seat.college(), null);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
