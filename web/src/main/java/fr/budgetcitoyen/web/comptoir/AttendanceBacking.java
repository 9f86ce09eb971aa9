package fr.budgetcitoyen.web.comptoir;

import fr.budgetcitoyen.comptoir.ComptoirService;
import fr.budgetcitoyen.comptoir.ComptoirSession;
import fr.budgetcitoyen.comptoir.Registration;
import fr.budgetcitoyen.comptoir.RegistrationRefusedException;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.PageIds;
import fr.budgetcitoyen.web.platform.PageSubject;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The attendance sheet of a session, {@code /attendance?id=N}: its host (or an agent) ticks who came. */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private ComptoirService comptoirs;
    @Inject @Param(name = "id") private String id;

    private final PageSubject<ComptoirSession> session = new PageSubject<>();
    private String[] present = {};

    @PostConstruct
    void load() {
        ComptoirSession hosted = session.load(id, comptoirs::hostedSession, "Comptoir inconnu");
        if (hosted != null) {
            present = hosted.confirmed().stream().filter(Registration::hasAttended)
                    .map(r -> String.valueOf(r.accountId())).toArray(String[]::new);
        }
    }

    public ComptoirSession getSession() {
        return session.get(comptoirs::hostedSession);
    }

    public String nameOf(Registration registration) {
        return comptoirs.nameOf(registration.accountId());
    }

    public void save() {
        try {
            List<Long> ids = Arrays.stream(present).map(PageIds::parse).flatMap(Optional::stream).toList();
            comptoirs.recordAttendance(session.id(), ids);
            session.forget();
            Messages.addGlobalInfo(Texts.format("attendance.saved", ids.size()));
        } catch (RegistrationRefusedException refused) {
            Messages.addGlobalError(Texts.get(refused.messageKey()));
        }
    }

    public String[] getPresent() { return present; }

    public void setPresent(String[] present) {
        this.present = present == null ? new String[0] : present;
    }
}
