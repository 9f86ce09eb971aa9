package fr.budgetcitoyen.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Jakarta Security for the portal: the application's own login page (a Faces form calling
 * SecurityContext.authenticate) over the accounts' identity store. Protected URLs are in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"RESIDENT", "CARRIER", "AMBASSADOR", "SCIC_MEMBER", "COMPTOIR_HOST", "COMMITTEE_MEMBER", "AGENT", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
