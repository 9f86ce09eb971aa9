package fr.budgetcitoyen.web.survey;

import fr.budgetcitoyen.survey.Answer;
import fr.budgetcitoyen.survey.Reach;
import fr.budgetcitoyen.survey.SurveyInvitation.State;
import fr.budgetcitoyen.survey.SurveyService;
import fr.budgetcitoyen.survey.SurveyService.Link;
import fr.budgetcitoyen.survey.Trend;
import fr.budgetcitoyen.web.followup.Workforce;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /survey-answer?token=…}: the carrier of a funded project answers the survey through their personal
 * link, signed in or not. A used, unknown or closed link says so in words.
 */
@Named
@ViewScoped
public class SurveyAnswerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private SurveyService surveys;
    @Inject @Param(name = "token") private String token;

    private String secret;
    private transient Link link;
    private boolean justAnswered;
    private String active;
    private final Workforce workforce = new Workforce();
    private String objectives;
    private List<String> freeAnswers = new ArrayList<>();

    @PostConstruct
    void load() {
        secret = token;
        link = surveys.link(secret);
        if (link.survey() != null) {
            freeAnswers = new ArrayList<>(Arrays.asList(new String[link.survey().freeQuestions().size()]));
        }
    }

    public void answer() {
        Refusals.attempt(() -> {
            State state = surveys.answer(secret, new Answer(active == null ? null : Boolean.valueOf(active), trend(workforce.getVolunteers()),
                    trend(workforce.getEmployees()), objectives == null ? null : Reach.valueOf(objectives)), freeAnswers);
            justAnswered = state == State.OPEN;
            link = surveys.link(secret);
        }, "answer");
    }

    private static Trend trend(String value) {
        return value == null ? null : Trend.valueOf(value);
    }

    public Link getLink() {
        if (link == null) { // a view restored from elsewhere (the entity is not kept in it)
            link = surveys.link(secret);
        }
        return link;
    }

    public boolean isJustAnswered() { return justAnswered; }

    public Trend[] getTrends() {
        return Trend.values();
    }

    public Reach[] getReaches() {
        return Reach.values();
    }

    public String getActive() { return active; }

    public void setActive(String active) { this.active = active; }

    public Workforce getWorkforce() { return workforce; }

    public String getObjectives() { return objectives; }

    public void setObjectives(String objectives) { this.objectives = objectives; }

    public List<String> getFreeAnswers() { return freeAnswers; }
}
