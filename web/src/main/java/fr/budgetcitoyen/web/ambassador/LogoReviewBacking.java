package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.Ambassador;
import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.util.List;

/** The logos ambassadors uploaded, shown to agents before publication ({@code /admin/ambassadors}). */
@Named
@RequestScoped
public class LogoReviewBacking {

    @EJB private AmbassadorService ambassadors;

    public List<Ambassador> getPending() {
        return ambassadors.pendingLogos();
    }

    public void approve(Ambassador ambassador) {
        ambassadors.approveLogo(ambassador.id());
        Messages.addGlobalInfo(Texts.format("ambassador.logo.approved", ambassador.name()));
    }

    public void reject(Ambassador ambassador) {
        ambassadors.rejectLogo(ambassador.id());
        Messages.addGlobalInfo(Texts.format("ambassador.logo.rejected", ambassador.name()));
    }
}
