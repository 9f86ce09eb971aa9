package fr.budgetcitoyen.web.account;

import fr.budgetcitoyen.account.AccountRefusedException;
import fr.budgetcitoyen.account.AccountService;
import fr.budgetcitoyen.account.Registration;
import fr.budgetcitoyen.territory.Commune;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Self-registration: postal code first, then the commune among those it serves. */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private TerritoryService territories;

    private String email;
    private String displayName;
    private LocalDate birthDate;
    private String postalCode;
    private String communeInseeCode;
    private String parentEmail;
    private String password;
    private List<CommuneOption> communes = List.of();

    /** The communes of the typed postal code, for the second select. */
    public void findCommunes() {
        communes = postalCode != null && postalCode.strip().matches("62\\d{3}")
                ? territories.communesWithPostalCode(postalCode.strip()).stream().map(CommuneOption::of).toList()
                : List.of();
        if (communes.size() == 1) {
            communeInseeCode = communes.get(0).inseeCode();
        }
    }

    public void register() {
        try {
            accounts.register(new Registration(email, displayName, birthDate, communeInseeCode, parentEmail, password),
                    Faces.getLocale());
            Faces.redirect("registered");
        } catch (AccountRefusedException refused) {
            Texts.show(refused, "register");
        }
    }

    /** A commune as the select shows it. */
    public record CommuneOption(String inseeCode, String label) implements Serializable {
        static CommuneOption of(Commune commune) {
            return new CommuneOption(commune.inseeCode(), commune.name());
        }
    }

    public List<CommuneOption> getCommunes() {
        return communes;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCommuneInseeCode() {
        return communeInseeCode;
    }

    public void setCommuneInseeCode(String communeInseeCode) {
        this.communeInseeCode = communeInseeCode;
    }

    public String getParentEmail() {
        return parentEmail;
    }

    public void setParentEmail(String parentEmail) {
        this.parentEmail = parentEmail;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
