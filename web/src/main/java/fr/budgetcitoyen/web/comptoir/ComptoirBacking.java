package fr.budgetcitoyen.web.comptoir;

import fr.budgetcitoyen.campaign.PhaseClosedException;
import fr.budgetcitoyen.comptoir.ComptoirService;
import fr.budgetcitoyen.comptoir.ComptoirSession;
import fr.budgetcitoyen.comptoir.Registration;
import fr.budgetcitoyen.comptoir.RegistrationRefusedException;
import fr.budgetcitoyen.idea.Idea;
import fr.budgetcitoyen.idea.IdeaService;
import fr.budgetcitoyen.territory.Commune;
import fr.budgetcitoyen.territory.TerritoryService;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.security.CurrentUser;
import fr.budgetcitoyen.web.platform.PageSubject;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One comptoir session, {@code /comptoir?id=N}: where and when, the seats left, and for a signed-in
 * resident their registration (with the idea they bring), the waiting list or the cancellation.
 */
@Named
@ViewScoped
public class ComptoirBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private ComptoirService comptoirs;
    @EJB private IdeaService ideas;

    @Inject private TerritoryService territories;
    @Inject private CurrentUser user;

    @Inject @Param(name = "id") private String id;

    private final PageSubject<ComptoirSession> session = new PageSubject<>();
    private Long ideaId;
    private transient List<Idea> myIdeas;
    private transient Optional<Registration> mine;

    @PostConstruct
    void load() {
        session.load(id, comptoirs::session, "Comptoir inconnu");
    }

    public ComptoirSession getSession() {
        return session.get(comptoirs::session);
    }

    /** The signed-in resident's active registration, if any. */
    public Optional<Registration> getMine() {
        if (mine == null) {
            mine = user.isSignedIn() && getSession() != null ? comptoirs.myRegistration(session.id()) : Optional.empty();
        }
        return mine;
    }

    /** 1 for the first on the waiting list. */
    public int getWaitingRank() {
        List<Long> queue = getSession().waitingList().stream().map(Registration::id).toList();
        return getMine().map(r -> queue.indexOf(r.id()) + 1).orElse(0);
    }

    /** Registration (and cancellation) is offered only while the step is open and before the session. */
    public boolean isOpen() {
        return getSession().acceptsRegistrationsAt(comptoirs.now());
    }

    public List<Idea> getMyIdeas() {
        if (myIdeas == null) {
            myIdeas = user.isSignedIn() ? ideas.mine() : List.of();
        }
        return myIdeas;
    }

    public String getCommuneName() {
        return territories.commune(getSession().communeInseeCode()).map(Commune::name).orElse("");
    }

    public String getTerritoryName() {
        return territories.nameOf(getSession().territoryCode());
    }

    public void register() {
        act(() -> {
            Registration registration = comptoirs.register(session.id(), ideaId);
            Messages.addGlobalInfo(Texts.get(registration.isConfirmed() ? "comptoir.registered" : "comptoir.waiting"));
        });
    }

    public void cancel() {
        act(() -> {
            comptoirs.cancel(session.id());
            Messages.addGlobalInfo(Texts.get("comptoir.cancelled"));
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RegistrationRefusedException refused) {
            Messages.addGlobalError(Texts.get(refused.messageKey()));
        } catch (PhaseClosedException closed) {
            Messages.addGlobalError(Texts.get(closed.messageKey()));
        }
        session.forget();
        mine = null;
    }

    public Long getIdeaId() { return ideaId; }

    public void setIdeaId(Long ideaId) { this.ideaId = ideaId; }
}
