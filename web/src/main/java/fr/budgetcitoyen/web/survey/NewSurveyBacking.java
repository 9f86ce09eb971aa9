package fr.budgetcitoyen.web.survey;

import fr.budgetcitoyen.survey.Question;
import fr.budgetcitoyen.survey.Survey;
import fr.budgetcitoyen.survey.SurveyService;
import fr.budgetcitoyen.web.format.Inputs;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.platform.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code /admin/new-survey}: an agent writes a survey, reviews it (checked, nothing written), then confirms
 * the sending, which cannot be undone.
 */
@Named
@ViewScoped
public class NewSurveyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private SurveyService surveys;

    private String title;
    private List<Integer> editions = new ArrayList<>();
    private List<String> questions = Arrays.stream(Question.values()).map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    private final List<String> freeQuestions = new ArrayList<>(Arrays.asList(new String[Survey.FREE_QUESTIONS_MAX]));
    private String closesOn;
    private boolean reviewing;
    private java.time.LocalDate closing;
    private List<Integer> fundedEditions;

    public List<Integer> getFundedEditions() {
        if (fundedEditions == null) {
            fundedEditions = surveys.fundedEditions();
        }
        return fundedEditions;
    }

    public Question[] getCatalogue() {
        return Question.values();
    }

    /** Checks every field and shows the survey as it will be sent. */
    public void review() {
        Refusals.attempt(() -> {
            draft().ifPresent(d -> {
                surveys.check(d);
                closing = d.closesOn();
                reviewing = true;
            });
        }, "survey");
    }

    public void edit() {
        reviewing = false;
    }

    /** Opens the survey and sends the mails; back to the list of surveys. */
    public void confirm() {
        if (!Refusals.attempt(() -> draft().ifPresent(draft -> {
            int unreachable = surveys.open(draft);
            Messages.addFlashGlobalInfo(Texts.format("survey.opened", title.strip(), String.valueOf(unreachable)));
            Faces.redirect("admin/surveys");
        }), "survey")) {
            reviewing = false; // back to the form, where the problems are shown
        }
    }

    private java.util.Optional<Survey.Draft> draft() {
        java.time.LocalDate closes = Inputs.date(closesOn, "survey:closesOn", "survey.closesOn.invalid");
        if (Faces.isValidationFailed()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Survey.Draft(title,
                new HashSet<>(editions),
                questions.stream().map(Question::valueOf).collect(Collectors.toSet()), freeQuestions, closes));
    }

    /** The free questions the agent typed, as the review shows them. */
    public List<String> getAskedFreeQuestions() {
        return freeQuestions.stream().filter(q -> q != null && !q.isBlank()).toList();
    }

    public List<Integer> getChosenEditions() {
        return editions.stream().sorted().toList();
    }

    public java.time.LocalDate getClosing() { return closing; }

    public boolean isReviewing() { return reviewing; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public List<Integer> getEditions() { return editions; }

    public void setEditions(List<Integer> editions) { this.editions = editions; }

    public List<String> getQuestions() { return questions; }

    public void setQuestions(List<String> questions) { this.questions = questions; }

    public List<String> getFreeQuestions() { return freeQuestions; }

    public String getClosesOn() { return closesOn; }

    public void setClosesOn(String closesOn) { this.closesOn = closesOn; }
}
