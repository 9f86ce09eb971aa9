package fr.budgetcitoyen.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A session made for a visitor's form (sign-in, registration, a stateful page) lasts
 * {@code budgetcitoyen.sessions.anonymous-minutes} of inactivity; signing in — which always changes the session's
 * id, against fixation — gives it the full {@code session-timeout} of web.xml. A crowd that opens forms without
 * signing in holds memory for minutes, not half an hour; and there is no cap on sessions, which would be a lever
 * to deny the vote (issue 19).
 */
@WebListener
public class SessionTimeouts implements HttpSessionListener, HttpSessionIdListener {

    @Inject
    @ConfigProperty(name = "budgetcitoyen.sessions.anonymous-minutes", defaultValue = "10")
    int anonymousMinutes;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        session.setMaxInactiveInterval(Math.min(anonymousMinutes * 60, signedIn(session)));
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        HttpSession session = event.getSession();
        session.setMaxInactiveInterval(signedIn(session));
    }

    private static int signedIn(HttpSession session) {
        return session.getServletContext().getSessionTimeout() * 60;
    }
}
