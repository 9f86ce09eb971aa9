package fr.budgetcitoyen.web.ambassador;

import fr.budgetcitoyen.ambassador.AmbassadorService;
import fr.budgetcitoyen.project.AttachmentService.Download;
import fr.budgetcitoyen.web.platform.StoredFileServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * {@code GET /ambassador-logos/N}: ambassador N's published logo, for everyone; {@code GET
 * /admin/ambassador-logos/N}: the one waiting for a review, for agents (web.xml). 404 when there is none.
 */
@WebServlet({"/ambassador-logos/*", "/admin/ambassador-logos/*"})
public class AmbassadorLogoServlet extends StoredFileServlet {

    private static final long serialVersionUID = 1L;

    @EJB private AmbassadorService ambassadors;

    public AmbassadorLogoServlet() {
        super(300);
    }

    @Override
    protected Optional<Download> find(HttpServletRequest request, long id) {
        return pending(request) ? ambassadors.pendingLogo(id) : ambassadors.logo(id);
    }

    /** The logo waiting for a review is for agents only, never kept. */
    @Override
    protected String cacheControl(HttpServletRequest request) {
        return pending(request) ? PRIVATE : super.cacheControl(request);
    }

    private static boolean pending(HttpServletRequest request) {
        return request.getServletPath().startsWith("/admin/");
    }
}
