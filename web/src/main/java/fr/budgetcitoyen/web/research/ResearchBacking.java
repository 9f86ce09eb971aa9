package fr.budgetcitoyen.web.research;

import fr.budgetcitoyen.research.Dataset;
import fr.budgetcitoyen.research.ResearchAccess;
import fr.budgetcitoyen.research.ResearchGrant;
import fr.budgetcitoyen.vote.TurnoutService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code /research}: a researcher's grant and the datasets it opens, each documented field by field. */
@Named
@RequestScoped
public class ResearchBacking {

    @EJB private ResearchAccess access;
    @EJB private TurnoutService turnout;

    @Inject private Clock clock;

    private Optional<ResearchGrant> grant;

    @PostConstruct
    void read() {
        grant = access.mine();
    }

    public ResearchGrant getGrant() {
        return grant.orElse(null);
    }

    /** ACTIVE, EXPIRED, REVOKED, or NONE when the account never had a grant. */
    public String getStatus() {
        return grant.map(g -> g.status(LocalDate.now(clock)).name()).orElse("NONE");
    }

    public boolean isActive() {
        return "ACTIVE".equals(getStatus());
    }

    public List<Dataset> getDatasets() {
        return List.of(Dataset.values());
    }

    /** The download's address under {@code /api/research}. */
    public String href(Dataset dataset) {
        return "/api/research/" + dataset.name().toLowerCase(Locale.ROOT) + ".csv";
    }

    public int getMinimumGroup() {
        return turnout.settings().minimumGroup();
    }
}
