package fr.budgetcitoyen.web.account;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRefusedException;
import fr.budgetcitoyen.account.AccountService;
import fr.budgetcitoyen.account.AccountStatus;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.security.CurrentUser;
import fr.budgetcitoyen.web.territory.CommuneChoice;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Where the resident lives: the first visit of an account opened by FranceConnect (commune, language, a parent
 * for a minor under 15) and, from « Mon compte », a move (another commune, or outside the Pas-de-Calais).
 */
@Named
@ViewScoped
public class ResidenceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private AccountService accounts;
    @Inject private TerritoryService territories;

    @Inject private CurrentUser user;
    @Inject private Clock clock;

    private final CommuneChoice commune = new CommuneChoice();
    private boolean outside;
    private String parentEmail;
    private String language = "fr";
    private boolean minor;

    @PostConstruct
    void load() {
        accounts.find(user.getEmail()).ifPresent(account -> {
            minor = account.needsParentalConsent(LocalDate.now(clock));
            language = account.language().getLanguage();
            outside = account.livesOutside();
        });
    }

    public void findCommunes() {
        commune.find(territories);
    }

    /** The first visit's form: the account can then act (or waits for a parent's consent). */
    public void complete() throws ServletException {
        try {
            accounts.completeProfile(user.getEmail(), commune.getInseeCode(), outside, parentEmail, Locale.forLanguageTag(language));
            Account account = accounts.find(user.getEmail()).orElseThrow();
            if (account.status() == AccountStatus.AWAITING_PARENTAL_CONSENT) {
                Faces.getRequest().logout(); // until the parent consents, as with the registration form
                Faces.invalidateSession();
                Faces.redirect("consent-asked");
                return;
            }
            Messages.addFlashGlobalInfo(Texts.get("profile.completed"));
            Faces.redirect("account");
        } catch (AccountRefusedException refused) {
            Texts.show(refused, "completeProfile");
        }
    }

    /** « J'ai déménagé ». */
    public void move() {
        try {
            accounts.moveTo(user.getEmail(), commune.getInseeCode(), outside);
            Messages.addFlashGlobalInfo(Texts.get(outside ? "profile.movedOutside" : "profile.moved"));
            Faces.redirect("account");
        } catch (AccountRefusedException refused) {
            Texts.show(refused, "move");
        }
    }

    public CommuneChoice getCommune() { return commune; }

    public boolean isOutside() { return outside; }

    public void setOutside(boolean outside) { this.outside = outside; }

    public String getParentEmail() { return parentEmail; }

    public void setParentEmail(String parentEmail) { this.parentEmail = parentEmail; }

    public String getLanguage() { return language; }

    public void setLanguage(String language) {
        this.language = "en".equals(language) ? "en" : "fr";
    }

    public boolean isMinor() { return minor; }
}
