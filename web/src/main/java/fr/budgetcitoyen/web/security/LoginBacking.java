package fr.budgetcitoyen.web.security;

import fr.budgetcitoyen.web.i18n.LocaleBacking;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The login form (see {@link PasswordSignIn} for the throttling and the session renewal). */
@Named
@RequestScoped
public class LoginBacking {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Paris"));

    @Inject
    private PasswordSignIn signIn;

    @Inject
    private LocaleBacking language;

    private String email;
    private String password;

    public void login() {
        PasswordSignIn.Result result = signIn.signIn(Faces.getRequest(), Faces.getResponse(), email, password);
        switch (result.outcome()) {
            case THROTTLED -> Messages.addGlobalError(Texts.get("login.throttled"), HOUR.format(result.blockedUntil().orElseThrow()));
            case CONTINUE -> Faces.responseComplete();
            case SIGNED_IN -> {
                language.signedIn(email);
                Faces.redirect("account");
            }
            case FAILED -> Messages.addGlobalError(Texts.get("login.failed"));
        }
    }

    public void logout() throws jakarta.servlet.ServletException {
        Faces.getRequest().logout();
        Faces.invalidateSession();
        Faces.redirect("");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
