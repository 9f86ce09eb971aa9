package fr.budgetcitoyen.web.comptoir;

import fr.budgetcitoyen.comptoir.ComptoirService;
import fr.budgetcitoyen.comptoir.ComptoirSession;
import fr.budgetcitoyen.comptoir.Registration;
import fr.budgetcitoyen.comptoir.RegistrationRefusedException;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The attendance sheet of a session, {@code /attendance?id=N}: its host (or an agent) ticks who came. */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComptoirService comptoirs;

    @Inject
    @Param(name = "id")
    private String id;

    private long sessionId;
    private String[] present = {};
    private transient ComptoirSession session;

    @PostConstruct
    void load() {
        if (id == null || !id.matches("\\d{1,12}") || comptoirs.hostedSession(Long.parseLong(id)).isEmpty()) {
            Faces.responseSendError(404, "Comptoir inconnu");
            return;
        }
        sessionId = Long.parseLong(id);
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
            List<Long> ids = Arrays.stream(present).filter(s -> s.matches("\\d{1,12}")).map(Long::valueOf).toList();
            comptoirs.recordAttendance(sessionId, ids);
            session = null;
            Messages.addGlobalInfo(Texts.format("attendance.saved", ids.size()));
        } catch (RegistrationRefusedException refused) {
            Messages.addGlobalError(Texts.get(refused.messageKey()));
        }
    }

    public String[] getPresent() {
        return present;
    }

    public void setPresent(String[] present) {
        this.present = present == null ? new String[0] : present;
    }
}
