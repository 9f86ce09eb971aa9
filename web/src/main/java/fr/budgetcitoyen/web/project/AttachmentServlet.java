package fr.budgetcitoyen.web.project;

import fr.budgetcitoyen.project.AttachmentService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code GET /attachments/N}: an attachment for its carrier, the committee and the Mission ESS (signed in,
 * see web.xml); 404 for anyone else. Always a download, never rendered as a page of the portal.
 */
@WebServlet("/attachments/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.send(request, response, attachments::download, false, "private, no-store");
    }
}
