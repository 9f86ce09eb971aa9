package fr.budgetcitoyen.web.security;

import fr.budgetcitoyen.partner.PartnerService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;

/** Who is signed in, for the views: the layout shows "Mon compte" or "Se connecter". */
@Named
@RequestScoped
public class CurrentUser {

    @Inject private SecurityContext security;
    @Inject private HttpServletRequest request;

    @EJB private PartnerService partners;

    private Boolean partner;

    /** The servlet request, not SecurityContext: WildFly names unauthenticated callers "anonymous". */
    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getEmail() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isStaff() {
        return security.isCallerInRole("AGENT") || security.isCallerInRole("ADMIN");
    }

    public boolean isAdmin() {
        return security.isCallerInRole("ADMIN");
    }

    /** Whether the account manages a partner's slots (read once per request, for "Mon espace"). */
    public boolean isPartner() {
        if (partner == null) {
            partner = request.isUserInRole("RESIDENT") && !partners.mine().isEmpty();
        }
        return partner;
    }
}
