package fr.budgetcitoyen.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fresh residents registered through the real form and confirmed through the real mail. */
final class Voters {

    /** A ballot\'s tracker: base64 of a SHA-256, without padding (urn/README.md). */
    static final String TRACKER = "[A-Za-z0-9+/]{43}";


    static final String PASSWORD = "Un-mot-de-passe-solide-62";

    private Voters() {
    }

    /** A new confirmed resident of Arras, signed in on the returned session (API cookie). */
    static PortalSession newResident(GreenMailExtension mail, LocalDate birthDate) {
        return apiSession(register(mail, birthDate));
    }

    /** Registers and confirms a new resident of Arras; returns their e-mail address. */
    static String register(GreenMailExtension mail, LocalDate birthDate) {
        return register(mail, birthDate, "votant-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
    }

    /** The same, with that address. */
    static String register(GreenMailExtension mail, LocalDate birthDate, String email) {
        PortalSession session = new PortalSession();
        String viewState = PortalSession.viewState(session.get("/register").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("register", "register");
        form.put("register:displayName", "Votant");
        form.put("register:email", email);
        form.put("register:birthDate", birthDate.toString());
        form.put("register:postalCode", "62000");
        form.put("jakarta.faces.ViewState", viewState);
        Map<String, String> findCommunes = new LinkedHashMap<>(form);
        findCommunes.put("register:findCommunes", "Chercher");
        // Without JavaScript the button posts the whole form and the page comes back with the communes.
        form.put("jakarta.faces.ViewState", PortalSession.viewState(session.post("/register", findCommunes).body()));
        form.put("register:commune", "62041");
        form.put("register:password", PASSWORD);
        form.put("register:submit", "Créer mon compte");
        Http.Response registered = session.post("/register", form);
        assertEquals(302, registered.status(), "registration refused: " + registered.body());
        session.get(Mailbox.linkIn(Mailbox.lastMailTo(mail, email)));
        return email;
    }

    static PortalSession apiSession(String email) {
        PortalSession session = new PortalSession();
        Http.Response signedIn = session.json("POST", "/api/sessions",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(204, signedIn.status(), "sign-in refused: " + signedIn.body());
        return session;
    }
}
