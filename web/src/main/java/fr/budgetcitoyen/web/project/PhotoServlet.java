package fr.budgetcitoyen.web.project;

import fr.budgetcitoyen.project.AttachmentService;
import fr.budgetcitoyen.project.AttachmentService.Download;
import fr.budgetcitoyen.web.platform.StoredFileServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/** {@code GET /photos/N}: the photo of project N once it is on the ballot, for its public page; else 404. */
@WebServlet("/photos/*")
public class PhotoServlet extends StoredFileServlet {

    private static final long serialVersionUID = 1L;

    @EJB private AttachmentService attachments;

    public PhotoServlet() {
        super(3600);
    }

    @Override
    protected Optional<Download> find(HttpServletRequest request, long id) {
        return attachments.photoOf(id);
    }
}
