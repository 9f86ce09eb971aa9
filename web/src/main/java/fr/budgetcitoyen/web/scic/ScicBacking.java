package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.Scic;
import fr.budgetcitoyen.scic.ScicService;
import fr.budgetcitoyen.web.platform.DetailPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** A SCIC's public page, {@code /scic?id=N}. */
@Named
@RequestScoped
public class ScicBacking extends DetailPage<Scic> {

    @EJB private ScicService scics;
    @Inject private ScicNetworkBacking network;

    public ScicBacking() {
        super("SCIC inconnue");
    }

    @Override
    protected Optional<Scic> find(long id) {
        return scics.scic(id);
    }

    public Scic getScic() {
        return shown();
    }

    public String getPlace() {
        return network.place(shown());
    }
}
