package fr.budgetcitoyen.web.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionTimeoutsTest {

    private final AtomicInteger maxInactive = new AtomicInteger(-1);
    private final SessionTimeouts timeouts = new SessionTimeouts();

    @Test
    void aVisitorsSessionIsShortAndSigningInGivesTheFullTimeout() {
        timeouts.anonymousMinutes = 10;
        timeouts.sessionCreated(new HttpSessionEvent(session(30)));
        assertEquals(600, maxInactive.get(), "ten minutes for a form");
        timeouts.sessionIdChanged(new HttpSessionEvent(session(30)), "old-id");
        assertEquals(1800, maxInactive.get(), "web.xml's thirty once signed in");
    }

    @Test
    void neverLongerThanASignedInSession() {
        timeouts.anonymousMinutes = 120;
        timeouts.sessionCreated(new HttpSessionEvent(session(30)));
        assertEquals(1800, maxInactive.get());
    }

    private HttpSession session(int timeoutMinutes) {
        ServletContext context = (ServletContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSessionTimeout" -> timeoutMinutes;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getServletContext" -> context;
                    case "setMaxInactiveInterval" -> {
                        maxInactive.set((Integer) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
