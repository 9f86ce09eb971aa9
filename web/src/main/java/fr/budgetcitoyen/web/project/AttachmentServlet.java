package fr.budgetcitoyen.web.project;

import fr.budgetcitoyen.project.AttachmentService;
import fr.budgetcitoyen.project.AttachmentService.Download;
import fr.budgetcitoyen.web.platform.StoredFileServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * {@code GET /attachments/N}: an attachment for its carrier, the committee and the Mission ESS (signed in,
 * see web.xml); 404 for anyone else. Always a download, never rendered as a page of the portal.
 */
@WebServlet("/attachments/*")
public class AttachmentServlet extends StoredFileServlet {

    private static final long serialVersionUID = 1L;

    @EJB private AttachmentService attachments;

    @Override
    protected Optional<Download> find(HttpServletRequest request, long id) {
        return attachments.download(id);
    }
}
