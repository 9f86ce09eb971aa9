package fr.budgetcitoyen.web.comptoir;

import fr.budgetcitoyen.comptoir.ComptoirService;
import fr.budgetcitoyen.comptoir.ComptoirSession;
import fr.budgetcitoyen.comptoir.Registration;
import fr.budgetcitoyen.comptoir.RegistrationRefusedException;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.PageIds;
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

    private long sessionId;
    private String[] present = {};
    private transient ComptoirSession session;

    @PostConstruct
    void load() {
        Optional<Long> hosted = PageIds.parse(id).filter(number -> comptoirs.hostedSession(number).isPresent());
        if (hosted.isEmpty()) {
            PageIds.notFound("Comptoir inconnu");
            return;
        }
        sessionId = hosted.get();
        present = getSession().confirmed().stream().filter(Registration::hasAttended)
                .map(r -> String.valueOf(r.accountId())).toArray(String[]::new);
    }

    public ComptoirSession getSession() {
        if (session == null && sessionId != 0) {
            session = comptoirs.hostedSession(sessionId).orElse(null);
        }
        return session;
    }

    public String nameOf(Registration registration) {
        return comptoirs.nameOf(registration.accountId());
    }

    public void save() {
        try {
            List<Long> ids = Arrays.stream(present).map(PageIds::parse).flatMap(Optional::stream).toList();
            comptoirs.recordAttendance(sessionId, ids);
            session = null;
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
