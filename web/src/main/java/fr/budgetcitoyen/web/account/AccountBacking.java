package fr.budgetcitoyen.web.account;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRefusedException;
import fr.budgetcitoyen.account.AccountService;
import fr.budgetcitoyen.account.PersonalDataService;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** "Mon compte": the signed-in person's data, password and e-mail changes, download and deletion. */
@Named
@RequestScoped
public class AccountBacking {

    @Inject private AccountService accounts;
    @Inject private PersonalDataService personalData;

    @Inject private CurrentUser user;
    @Inject private TerritoryService territories;

    private Account account;
    private String currentPassword;
    private String newPassword;
    private String newEmail;
    private String deletePassword;
    private boolean deleteConfirmed;

    @PostConstruct
    void load() {
        account = accounts.find(user.getEmail()).orElse(null);
    }

    public void changePassword() {
        try {
            accounts.changePassword(user.getEmail(), currentPassword, newPassword);
            Messages.addFlashGlobalInfo(Texts.get("account.passwordChanged"));
            Faces.redirect("account");
        } catch (AccountRefusedException refused) {
            Texts.show(refused, "changePassword");
        }
    }

    public void changeEmail() {
        try {
            accounts.requestEmailChange(user.getEmail(), newEmail, Faces.getLocale());
            Messages.addFlashGlobalInfo(Texts.get("account.emailChangeMailed"));
            Faces.redirect("account");
        } catch (AccountRefusedException refused) {
            Texts.show(refused, "changeEmail");
        }
    }

    public void delete() throws ServletException {
        if (!deleteConfirmed) {
            Messages.addError("deleteAccount:deleteConfirmed", Texts.get("account.deleteConfirmRequired"));
            Faces.validationFailed();
            return;
        }
        try {
            personalData.delete(user.getEmail(), deletePassword);
            Faces.getRequest().logout();
            Faces.invalidateSession();
            Faces.redirect("deleted");
        } catch (AccountRefusedException refused) {
            Texts.show(refused, "deleteAccount");
        }
    }

    /** The commune of residence as people know it; blank when none is recorded. */
    public String getCommuneName() {
        return account == null || account.communeInseeCode() == null ? ""
                : territories.commune(account.communeInseeCode()).map(c -> c.name()).orElse(account.communeInseeCode());
    }

    public Account getAccount() { return account; }

    /** The roles in the reader's language, "Habitant, Porteur de projet". */
    public String getRoleLabels() {
        return account == null ? "" : Texts.roles(account.roles());
    }

    public String getCurrentPassword() { return currentPassword; }

    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }

    public String getNewPassword() { return newPassword; }

    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }

    public String getNewEmail() { return newEmail; }

    public void setNewEmail(String newEmail) { this.newEmail = newEmail; }

    public String getDeletePassword() { return deletePassword; }

    public void setDeletePassword(String deletePassword) { this.deletePassword = deletePassword; }

    public boolean isDeleteConfirmed() { return deleteConfirmed; }

    public void setDeleteConfirmed(boolean deleteConfirmed) { this.deleteConfirmed = deleteConfirmed; }
}
