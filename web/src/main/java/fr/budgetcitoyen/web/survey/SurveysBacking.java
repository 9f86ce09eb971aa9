package fr.budgetcitoyen.web.survey;

import fr.budgetcitoyen.survey.SurveyService;
import fr.budgetcitoyen.survey.SurveyService.Overview;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** {@code /admin/surveys}: the impact surveys, newest first, with their response rates. */
@Named
@RequestScoped
public class SurveysBacking {

    @EJB private SurveyService surveys;

    private List<Overview> overviews;

    @PostConstruct
    void load() {
        overviews = surveys.surveys();
    }

    public List<Overview> getOverviews() { return overviews; }
}
