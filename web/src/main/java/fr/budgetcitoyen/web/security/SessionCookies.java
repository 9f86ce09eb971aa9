package fr.budgetcitoyen.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session cookie is HttpOnly and SameSite=Lax; {@code budgetcitoyen.cookies.secure=true}
 * makes it Secure too, which production behind HTTPS must set (development runs on plain HTTP).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "budgetcitoyen.cookies.secure", defaultValue = "false")
    boolean secure;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setSecure(secure);
        cookie.setHttpOnly(true);
        // Set here: Undertow ignores the <attribute> of web.xml's cookie-config.
        cookie.setAttribute("SameSite", "Lax");
    }
}
