package fr.budgetcitoyen.web.survey;

import fr.budgetcitoyen.survey.Indicators;
import fr.budgetcitoyen.survey.Respondent.Dimension;
import fr.budgetcitoyen.survey.ResponseRate;
import fr.budgetcitoyen.survey.Survey;
import fr.budgetcitoyen.survey.SurveyResults.Results;
import fr.budgetcitoyen.survey.SurveyService;
import fr.budgetcitoyen.web.i18n.Texts;
import fr.budgetcitoyen.web.territory.TerritoryNames;
import fr.budgetcitoyen.web.platform.PageIds;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.util.List;

/**
 * {@code /admin/survey?id=N[&compare=M]}: a survey's response rate per edition, a reminder to those who have
 * not answered (the form posts back to the same address), its indicators with their n per edition, category, territory and theme, the same indicators
 * from the yearly reports, and the evolution against another survey.
 */
@Named
@RequestScoped
public class SurveyResultsBacking {

    /** A row of an indicators table: what it groups, in words, and its figures. */
    public record Row(String label, Indicators indicators) {
    }

    /** One breakdown table. */
    public record Table(Dimension dimension, List<Row> rows) {
    }

    @EJB private SurveyService surveys;
    @Inject private TerritoryNames territoryNames;

    @Inject @Param(name = "id") private String id;
    @Inject @Param(name = "compare") private String compare;

    private long surveyId;
    private Results results;
    private Results compared;
    private List<Survey> others;

    @PostConstruct
    void load() {
        results = PageIds.findOr404(id, surveys::results, "Enquête inconnue");
        if (results == null) {
            return;
        }
        surveyId = results.survey().id();
        others = surveys.surveys().stream().map(SurveyService.Overview::survey).filter(s -> s.id() != surveyId).toList();
        compared = PageIds.parse(compare).filter(other -> others.stream().anyMatch(s -> s.id() == other))
                .flatMap(surveys::results).orElse(null);
    }

    public Results getResults() { return results; }

    public List<Table> getTables() {
        // Editions in their order, the others by their names as the reader sees them.
        return List.of(Dimension.values()).stream().map(d -> new Table(d, results.groups().get(d).stream()
                .map(g -> new Row(label(d, g.key()), g.indicators()))
                .sorted(d == Dimension.EDITION ? (a, b) -> 0 : java.util.Comparator.comparing(Row::label, java.text.Collator.getInstance(java.util.Locale.FRENCH)))
                .toList())).toList();
    }

    public List<Survey> getOthers() { return others; }

    public Results getCompared() { return compared; }

    public Long getComparedId() {
        return compared == null ? null : compared.survey().id();
    }

    /** The two lines of the table that sets the survey's figures against the yearly reports'. */
    public Row row(String label, Indicators indicators) {
        return new Row(label, indicators);
    }

    /** From the earlier survey to the later one, whichever was chosen first. */
    public List<Indicators.Evolution> getEvolution() {
        if (compared == null) {
            return List.of();
        }
        boolean comparedFirst = compared.survey().opened().at().isBefore(results.survey().opened().at());
        Results before = comparedFirst ? compared : results;
        Results after = comparedFirst ? results : compared;
        return before.total().evolutionTo(after.total());
    }

    public Survey getEarlier() {
        return compared != null && compared.survey().opened().at().isBefore(results.survey().opened().at()) ? compared.survey() : results.survey();
    }

    public Survey getLater() {
        return getEarlier() == results.survey() ? compared.survey() : results.survey();
    }

    public boolean isOpen() {
        return results.survey().isOpen(java.time.LocalDate.now());
    }

    /** Open, and someone has not answered yet. */
    public boolean isRemindable() {
        ResponseRate total = results.rates().get(results.rates().size() - 1);
        return isOpen() && total.answered() < total.sent();
    }

    /** Mails a new link to every carrier who has not answered yet. */
    public void remind() {
        int reminded = surveys.remind(surveyId);
        Messages.addFlashGlobalInfo(Texts.format("survey.reminded", String.valueOf(reminded)));
        Faces.redirect("admin/survey?id=" + surveyId);
    }

    private String label(Dimension dimension, String key) {
        if (key.isEmpty()) {
            return Texts.get("survey.group.none");
        }
        return switch (dimension) {
            case EDITION, CATEGORY -> key;
            case TERRITORY -> territoryNames.of(key);
            case THEME -> Texts.get("theme." + key);
        };
    }
}
