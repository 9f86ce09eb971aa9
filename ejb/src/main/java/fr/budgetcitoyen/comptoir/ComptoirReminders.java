package fr.budgetcitoyen.comptoir;

import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.platform.ClusterLock;
import fr.budgetcitoyen.platform.DailyTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The reminder mailed the day before a session to every resident with a seat. A daily timer sends them
 * (at 8:00 by default: {@code budgetcitoyen.comptoir.reminders.hour} and {@code .minute}, EJB calendar syntax);
 * agents can send the day's reminders at once. Each resident is reminded once, whoever triggers it: the
 * timer fires on every node of a cluster, and each run holds the cluster's reminders lock, so the runs
 * follow one another and the later ones find every reminder already taken.
 */
@Singleton
@Startup
public class ComptoirReminders {

    private static final Logger LOG = Logger.getLogger(ComptoirReminders.class.getName());

    @Inject private ComptoirRepository sessions;
    @Inject private ComptoirNotices notices;
    @EJB private AuditLog audit;
    @Inject private Clock clock;
    @Inject private ClusterLock locks;
    @Resource private TimerService timers;

    /** Each node's timer fires ({@link DailyTime}); the lock makes their runs one. */
    @PostConstruct
    void schedule() {
        DailyTime.configured("budgetcitoyen.comptoir.reminders", "8").start(timers, "comptoir-reminders");
    }

    @Timeout
    void daily() {
        int sent = remindTomorrowsAttendees();
        LOG.info(() -> "Comptoir reminders sent: " + sent);
    }

    /** Sends the reminders due today; returns how many residents were reminded. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public int sendNow() {
        return remindTomorrowsAttendees();
    }

    @PermitAll
    int remindTomorrowsAttendees() {
        locks.hold(ClusterLock.COMPTOIR_REMINDERS);
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        int sent = 0;
        for (ComptoirSession session : sessions.startingOn(today.plusDays(1))) {
            for (Registration due : session.takeRemindersDue(today, now)) {
                notices.tell(due.accountId(), "comptoirReminder", session);
                sent++;
            }
        }
        if (sent > 0) {
            audit.record("system", "comptoir.reminders", "day:" + today.plusDays(1), null, String.valueOf(sent));
        }
        return sent;
    }
}
