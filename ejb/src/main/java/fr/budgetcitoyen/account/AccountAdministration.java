package fr.budgetcitoyen.account;

import fr.budgetcitoyen.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.TreeSet;

/** The back office over accounts, for agents and administrators; every change is audited. */
@Stateless
@RolesAllowed({"AGENT", "ADMIN"})
public class AccountAdministration {

    @Inject private AccountRepository accounts;
    @Inject private AuditLog audit;
    @Resource private SessionContext context;

    public List<Account> search(String text, int first, int max) {
        return accounts.search(text, first, max);
    }

    public long count(String text) {
        return accounts.count(text);
    }

    public void grant(long accountId, Role role) {
        requireMayManage(role);
        Account account = existing(accountId);
        String before = roles(account);
        account.grant(role);
        audit.record(caller(), "account.grant", account.email(), before, roles(account));
    }

    public void revoke(long accountId, Role role) {
        requireMayManage(role);
        Account account = existing(accountId);
        if (role == Role.ADMIN && account.email().equals(caller())) {
            throw new AccountRefusedException(null, "admin.cannotRevokeSelf");
        }
        String before = roles(account);
        account.revoke(role);
        audit.record(caller(), "account.revoke", account.email(), before, roles(account));
    }

    public void deactivate(long accountId) {
        Account account = existing(accountId);
        if (account.email().equals(caller())) {
            throw new AccountRefusedException(null, "admin.cannotDeactivateSelf");
        }
        requireMayManageAll(account);
        String before = account.status().name();
        account.deactivate();
        audit.record(caller(), "account.deactivate", account.email(), before, account.status().name());
    }

    public void reactivate(long accountId) {
        Account account = existing(accountId);
        requireMayManageAll(account);
        String before = account.status().name();
        account.reactivate();
        audit.record(caller(), "account.reactivate", account.email(), before, account.status().name());
    }

    /** Agents manage residents' roles; only administrators touch the staff roles. */
    private void requireMayManage(Role role) {
        if (role.isStaff() && !context.isCallerInRole("ADMIN")) {
            throw new AccountRefusedException(null, "admin.staffRoleReserved");
        }
    }

    private void requireMayManageAll(Account account) {
        boolean staff = account.roles().stream().anyMatch(Role::isStaff);
        if (staff && !context.isCallerInRole("ADMIN")) {
            throw new AccountRefusedException(null, "admin.staffAccountReserved");
        }
    }

    private Account existing(long id) {
        return accounts.find(id).orElseThrow(() -> new AccountRefusedException(null, "account.unknown"));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static String roles(Account account) {
        return String.join(",", new TreeSet<>(account.roles().stream().map(Enum::name).toList()));
    }
}
