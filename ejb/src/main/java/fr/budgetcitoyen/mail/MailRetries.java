package fr.budgetcitoyen.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox still holds: mails whose first sending failed, or whose node died before sending.
 * Every node runs it ({@code budgetcitoyen.mail.retry-seconds}, 60 by default); the rows' locks share the work.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailRetries {

    private static final Logger LOG = Logger.getLogger(MailRetries.class.getName());
    private static final int BATCH = 100;

    @EJB private MailOutbox outbox;
    @Resource private TimerService timers;

    @PostConstruct
    void schedule() {
        long period = outbox.retryPeriod().toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig("mail-retries", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retry() {
        try {
            for (int sent = 0; sent < BATCH && outbox.deliverNextDue(); sent++) {
                // one transaction per mail: a crash repeats at most the mail being sent
            }
        } catch (RuntimeException e) {
            // the database or the SMTP server is away: the next run tries again
            LOG.log(Level.FINE, "Mail retries skipped", e);
        }
    }
}
