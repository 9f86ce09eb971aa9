package fr.budgetcitoyen.audit;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.account.Role;
import fr.budgetcitoyen.mail.Notifier;
import fr.budgetcitoyen.platform.DailyTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Each morning the audit log's head (position and hash) is mailed to every administrator, so that it also lives
 * outside the database: a later rewrite of the log, even a consistent one, no longer matches what they received
 * ({@link AuditVerifier}). Every node's timer fires; the head row, locked, says whether today's mail already left.
 */
@Singleton
@Startup
public class AuditHeadPublisher {

    private static final Logger LOG = Logger.getLogger(AuditHeadPublisher.class.getName());

    @PersistenceContext private EntityManager em;
    @Inject private AccountRepository accounts;
    @Inject private Notifier notifier;
    @Inject private Clock clock;
    @Resource private TimerService timers;
    @Resource private SessionContext context;

    /** Each node's timer fires ({@link DailyTime}); the head's lock makes their runs one a day. */
    @PostConstruct
    void schedule() {
        DailyTime.configured("budgetcitoyen.audit.publish", "7").start(timers, "audit-head");
    }

    @Timeout
    void daily() {
        int sent = publish();
        LOG.info(() -> "Audit log head mailed to " + sent + " administrator(s)");
    }

    /** Mails today's head to the administrators, once a day whatever the number of servers; returns how many. */
    @PermitAll
    public int publish() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (!head.publish(LocalDate.now(clock))) {
            return 0;
        }
        List<Account> admins = accounts.withRole(Role.ADMIN).stream().filter(Account::isActive).toList();
        admins.forEach(admin -> mail(admin, head));
        return admins.size();
    }

    /** The head now, to the administrator who asks (after a sensitive change, say), whatever the day's mail. */
    @RolesAllowed("ADMIN")
    public void mailToCaller() {
        accounts.findByEmail(context.getCallerPrincipal().getName())
                .ifPresent(admin -> mail(admin, em.find(AuditChainHead.class, AuditChainHead.ID)));
    }

    private void mail(Account admin, AuditChainHead head) {
        notifier.notice(admin, "auditHead", Long.toString(head.lastSeq()), head.lastSeq() + " : " + head.lastHash(), "/admin/audit");
    }
}
