package fr.budgetcitoyen.account;

import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.platform.ClusterLock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first administrator of a fresh installation, with no default password: when no account has the
 * ADMIN role and {@code budgetcitoyen.admin.email} is set, that address receives a link to choose one.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "budgetcitoyen.admin.email")
    Optional<String> adminEmail;

    @Inject private AccountRepository accounts;
    @Inject private TokenLinks links;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Inject private ClusterLock locks;

    @PostConstruct
    void inviteFirstAdministrator() {
        if (adminEmail.isEmpty()) {
            return;
        }
        locks.hold(ClusterLock.STARTUP); // two nodes starting together invite once
        if (accounts.countWithRole(Role.ADMIN) > 0) {
            return;
        }
        if (!EmailAddress.isValid(adminEmail.get())) {
            LOG.warning(() -> "budgetcitoyen.admin.email is not an e-mail address: " + adminEmail.get());
            return;
        }
        String email = EmailAddress.normalize(adminEmail.get());
        Account admin = accounts.findByEmail(email).orElseGet(() -> {
            Account invited = Account.invite(email, "Administrateur", Role.ADMIN, Instant.now(clock));
            accounts.store(invited);
            return invited;
        });
        admin.grant(Role.ADMIN);
        links.mail(admin, TokenPurpose.INVITATION, "invitation", email, "/reset-password", Locale.FRENCH);
        audit.record(null, "account.inviteAdmin", email, null, "ADMIN");
        LOG.info(() -> "Invitation to choose a password mailed to the first administrator " + email);
    }
}
