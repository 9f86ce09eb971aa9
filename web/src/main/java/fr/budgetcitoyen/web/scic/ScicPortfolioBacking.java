package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.Portfolio;
import fr.budgetcitoyen.scic.Scic;
import fr.budgetcitoyen.scic.ScicService;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import fr.budgetcitoyen.web.territory.CommuneChoice;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /admin/scics}: the département's shareholdings with their derived figures, totals and history,
 * the whole réseau des SCIC 62, and the registration of a SCIC.
 */
@Named
@ViewScoped
public class ScicPortfolioBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private ScicService scics;
    @Inject private TerritoryService territories;

    @Inject private Clock clock;

    private transient Portfolio portfolio;
    private final CommuneChoice commune = new CommuneChoice();
    private String name;
    private String nominal;
    private final ScicProfileForm profile = new ScicProfileForm();

    public Portfolio getPortfolio() {
        if (portfolio == null) {
            portfolio = scics.portfolio();
        }
        return portfolio;
    }

    public CapitalCharts getChart() {
        return CapitalCharts.ofPortfolio(getPortfolio().history(), LocalDate.now(clock));
    }

    public List<Scic> getNetwork() {
        return scics.network();
    }

    public void findCommunes() {
        commune.find(territories);
    }

    public void register() {
        Money amount = Inputs.amount(nominal, "register:nominal", "scic.nominal.invalid");
        if (Faces.isValidationFailed()) {
            return;
        }
        Refusals.attempt(() -> {
            Scic scic = scics.register(name, commune.getInseeCode(), amount, profile.toProfile());
            Messages.addFlashGlobalInfo(Texts.format("scic.registered", scic.name()));
            Faces.redirect("admin/scic?id=" + scic.id());
        }, "register");
    }

    public CommuneChoice getCommune() { return commune; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public String getNominal() { return nominal; }

    public void setNominal(String nominal) { this.nominal = nominal; }

    /** Its purpose: its members write the rest. */
    public ScicProfileForm getProfile() { return profile; }
}
