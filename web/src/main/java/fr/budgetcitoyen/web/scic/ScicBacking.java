package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.Scic;
import fr.budgetcitoyen.scic.ScicService;
import fr.budgetcitoyen.web.platform.PageIds;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/** A SCIC's public page, {@code /scic?id=N}. */
@Named
@RequestScoped
public class ScicBacking {

    @EJB
    private ScicService scics;

    @Inject
    private ScicNetworkBacking network;

    @Inject
    @Param(name = "id")
    private String id;

    private Scic scic;

    @PostConstruct
    void load() {
        scic = PageIds.findOr404(id, scics::scic, "SCIC inconnue");
    }

    public Scic getScic() {
        return scic;
    }

    public String getPlace() {
        return network.place(scic);
    }
}
