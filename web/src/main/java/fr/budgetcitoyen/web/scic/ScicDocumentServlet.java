package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.ScicService;
import fr.budgetcitoyen.project.AttachmentService.Download;
import fr.budgetcitoyen.web.platform.StoredFileServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/** {@code GET /scic-documents/N}: an assembly's document for that SCIC's members and the Mission ESS; else 404. */
@WebServlet("/scic-documents/*")
public class ScicDocumentServlet extends StoredFileServlet {

    private static final long serialVersionUID = 1L;

    @EJB private ScicService scics;

    @Override
    protected Optional<Download> find(HttpServletRequest request, long id) {
        return scics.download(id);
    }
}
