package fr.budgetcitoyen.web.admin;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountAdministration;
import fr.budgetcitoyen.account.AccountRefusedException;
import fr.budgetcitoyen.account.Role;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** The accounts back office: search, a lazy paginated table, roles granted and revoked, deactivation. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private AccountAdministration administration;

    private String search;
    private Role role = Role.CARRIER;
    private LazyDataModel<Account> accounts;

    @PostConstruct
    void init() {
        accounts = new PagedSearch<>(() -> administration.count(search),
                (first, size) -> administration.search(search, first, size), Account::id);
    }

    public void grant(Account account) {
        act(() -> administration.grant(account.id(), role), "admin.roleGranted");
    }

    public void revoke(Account account) {
        act(() -> administration.revoke(account.id(), role), "admin.roleRevoked");
    }

    public void deactivate(Account account) {
        act(() -> administration.deactivate(account.id()), "admin.deactivated");
    }

    public void reactivate(Account account) {
        act(() -> administration.reactivate(account.id()), "admin.reactivated");
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Messages.addGlobalInfo(Texts.get(successKey));
        } catch (AccountRefusedException refused) {
            Texts.show(refused, "users");
        } catch (EJBAccessException | IllegalStateException | IllegalArgumentException e) {
            Messages.addGlobalError(Texts.get("admin.notAllowed"));
        }
    }

    /** The roles of an account in the reader's language. */
    public String roleLabels(Account account) {
        return Texts.roles(account.roles());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public LazyDataModel<Account> getAccounts() { return accounts; }

    public String getSearch() { return search; }

    public void setSearch(String search) { this.search = search; }

    public Role getRole() { return role; }

    public void setRole(Role role) { this.role = role; }
}
