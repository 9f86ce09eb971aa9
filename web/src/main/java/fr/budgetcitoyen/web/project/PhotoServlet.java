package fr.budgetcitoyen.web.project;

import fr.budgetcitoyen.project.AttachmentService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code GET /photos/N}: the photo of project N once it is on the ballot, for its public page; else 404. */
@WebServlet("/photos/*")
public class PhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.send(request, response, attachments::photoOf, true, "public, max-age=3600");
    }
}
