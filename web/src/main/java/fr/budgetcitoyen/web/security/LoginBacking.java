package fr.budgetcitoyen.web.security;

import fr.budgetcitoyen.account.LoginThrottle;
import fr.budgetcitoyen.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The login form: throttled per account and per address, session id renewed on success. */
@Named
@RequestScoped
public class LoginBacking {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Paris"));

    @Inject
    private SecurityContext security;

    @Inject
    private LoginThrottle throttle;

    private String email;
    private String password;

    public void login() {
        HttpServletRequest request = Faces.getRequest();
        HttpServletResponse response = Faces.getResponse();
        String address = request.getRemoteAddr();
        Optional<Instant> blocked = throttle.blockedUntil(email, address);
        if (blocked.isPresent()) {
            Messages.addGlobalError(Texts.get("login.throttled"), HOUR.format(blocked.get()));
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email.strip(), password == null ? "" : password))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            Faces.responseComplete();
        } else if (status == AuthenticationStatus.SUCCESS) {
            throttle.succeeded(email);
            request.changeSessionId();
            Faces.redirect("account");
        } else {
            throttle.failed(email, address);
            Messages.addGlobalError(Texts.get("login.failed"));
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
