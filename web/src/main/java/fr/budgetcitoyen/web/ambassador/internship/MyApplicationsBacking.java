package fr.budgetcitoyen.web.ambassador.internship;

import fr.budgetcitoyen.ambassador.internship.InternshipRequest;
import fr.budgetcitoyen.ambassador.internship.InternshipService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.util.List;

/** The caller's applications to internships, on their account page: where each stands. */
@Named
@RequestScoped
public class MyApplicationsBacking {

    @EJB
    private InternshipService internships;

    private List<InternshipRequest> mine;

    public List<InternshipRequest> getMine() {
        if (mine == null) {
            mine = Faces.isUserInRole("RESIDENT") ? internships.myRequests() : List.of();
        }
        return mine;
    }
}
