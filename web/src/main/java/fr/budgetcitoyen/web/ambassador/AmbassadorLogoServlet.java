package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.web.project.Downloads;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code GET /ambassador-logos/N}: ambassador N's published logo, for everyone; {@code GET
 * /admin/ambassador-logos/N}: the one waiting for a review, for agents (web.xml). 404 when there is none.
 */
@WebServlet({"/ambassador-logos/*", "/admin/ambassador-logos/*"})
public class AmbassadorLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AmbassadorService ambassadors;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().startsWith("/admin/")) {
            Downloads.send(request, response, ambassadors::pendingLogo, true, "private, no-store");
        } else {
            Downloads.send(request, response, ambassadors::logo, true, "public, max-age=300");
        }
    }
}
