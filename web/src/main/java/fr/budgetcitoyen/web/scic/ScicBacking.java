package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.Scic;
import fr.budgetcitoyen.scic.ScicService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

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
        scic = id != null && id.matches("\\d{1,12}") ? scics.scic(Long.parseLong(id)).orElse(null) : null;
        if (scic == null) {
            Faces.responseSendError(404, "SCIC inconnue");
        }
    }

    public Scic getScic() {
        return scic;
    }

    public String getPlace() {
        return network.place(scic);
    }
}
