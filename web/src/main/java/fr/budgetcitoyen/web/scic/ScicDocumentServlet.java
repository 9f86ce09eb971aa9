package fr.budgetcitoyen.web.scic;

import fr.budgetcitoyen.scic.ScicService;
import fr.budgetcitoyen.web.project.Downloads;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code GET /scic-documents/N}: an assembly's document for that SCIC's members and the Mission ESS; else 404. */
@WebServlet("/scic-documents/*")
public class ScicDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ScicService scics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.send(request, response, scics::download, false, "private, no-store");
    }
}
