package fr.budgetcitoyen.web.account;

import fr.budgetcitoyen.account.AccountRefusedException;
import fr.budgetcitoyen.account.AccountService;
import fr.budgetcitoyen.account.Registration;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.territory.CommuneChoice;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.Serializable;
import java.time.LocalDate;

/** Self-registration: postal code first, then the commune among those it serves. */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private AccountService accounts;
    @Inject private TerritoryService territories;

    private String email;
    private String displayName;
    private LocalDate birthDate;
    private final CommuneChoice commune = new CommuneChoice();
    private String parentEmail;
    private String password;

    /** The communes of the typed postal code, for the second select. */
    public void findCommunes() {
        commune.find(territories);
    }

    public void register() {
        try {
            accounts.register(new Registration(email, displayName, birthDate, commune.getInseeCode(), parentEmail, password),
                    Faces.getLocale());
            Faces.redirect("registered");
        } catch (AccountRefusedException refused) {
            Texts.show(refused, "register");
        }
    }

    public CommuneChoice getCommune() { return commune; }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public String getDisplayName() { return displayName; }

    public void setDisplayName(String displayName) { this.displayName = displayName; }

    public LocalDate getBirthDate() { return birthDate; }

    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }


    public String getParentEmail() { return parentEmail; }

    public void setParentEmail(String parentEmail) { this.parentEmail = parentEmail; }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }
}
