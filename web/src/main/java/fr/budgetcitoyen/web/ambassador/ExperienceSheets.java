package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.AmbassadorNetworkService;
import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.ambassador.ExperienceSheet;
import fr.budgetcitoyen.comptoir.Workshop;
import fr.budgetcitoyen.shared.Theme;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** {@code #{experienceSheets…}}: the ambassadors' sheets an idea, a comptoir session or a profile shows. */
@Named
@RequestScoped
public class ExperienceSheets {

    @EJB private AmbassadorNetworkService network;
    @EJB private AmbassadorService ambassadors;

    public List<ExperienceSheet> onTheme(Theme theme) {
        return network.sheetsFor(theme, null);
    }

    public List<ExperienceSheet> onWorkshop(Workshop workshop) {
        return network.sheetsFor(null, workshop);
    }

    public List<ExperienceSheet> by(long ambassadorId) {
        return network.sheetsOf(ambassadorId);
    }

    public String author(ExperienceSheet sheet) {
        return ambassadors.ambassador(sheet.ambassadorId()).map(Ambassador::name).orElse("");
    }
}
