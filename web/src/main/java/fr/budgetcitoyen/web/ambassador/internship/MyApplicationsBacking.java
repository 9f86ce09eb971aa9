package fr.budgetcitoyen.web.ambassador.internship;

import fr.budgetcitoyen.ambassador.internship.Application;
import fr.budgetcitoyen.ambassador.internship.InternshipService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.util.List;

/** The caller's applications to internships, on their account page: where each stands, with its offer and initiative. */
@Named
@RequestScoped
public class MyApplicationsBacking {

    @EJB private InternshipService internships;

    private List<Application> mine;

    public List<Application> getMine() {
        if (mine == null) {
            mine = Faces.isUserInRole("RESIDENT") ? internships.myApplications() : List.of();
        }
        return mine;
    }
}
