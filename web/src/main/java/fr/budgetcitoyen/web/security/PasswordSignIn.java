package fr.budgetcitoyen.web.security;

import fr.budgetcitoyen.account.LoginThrottle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Instant;
import java.util.Optional;

/**
 * Signing in with e-mail and password, for the login page and the API alike: throttled per account and
 * per address, and the session id renewed on success (no fixation).
 */
@RequestScoped
public class PasswordSignIn {

    public enum Outcome { SIGNED_IN, CONTINUE, FAILED, THROTTLED }

    public record Result(Outcome outcome, Optional<Instant> blockedUntil) {
    }

    @Inject private SecurityContext security;
    @Inject private LoginThrottle throttle;

    public Result signIn(HttpServletRequest request, HttpServletResponse response, String email, String password) {
        String address = request.getRemoteAddr();
        Optional<Instant> blocked = throttle.blockedUntil(email, address);
        if (blocked.isPresent()) {
            return new Result(Outcome.THROTTLED, blocked);
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email.strip(), password == null ? "" : password))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            return new Result(Outcome.CONTINUE, Optional.empty());
        }
        if (status == AuthenticationStatus.SUCCESS) {
            throttle.succeeded(email, address);
            request.changeSessionId();
            return new Result(Outcome.SIGNED_IN, Optional.empty());
        }
        throttle.failed(email, address);
        return new Result(Outcome.FAILED, Optional.empty());
    }
}
