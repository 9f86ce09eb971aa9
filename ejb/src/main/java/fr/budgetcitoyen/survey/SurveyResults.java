package fr.budgetcitoyen.survey;

import fr.budgetcitoyen.followup.FollowUpRepository;
import fr.budgetcitoyen.followup.FollowUpService;
import fr.budgetcitoyen.followup.FollowUpService.GrantLine;
import fr.budgetcitoyen.followup.StatusReport;
import fr.budgetcitoyen.survey.Respondent.Dimension;
import fr.budgetcitoyen.survey.Respondent.Group;
import fr.budgetcitoyen.survey.SurveyRepository.FreeAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A survey's results: response rates, the indicators with the answers behind each figure, per edition,
 * category, territory and theme, and the same indicators read from the yearly status reports of the same
 * funded projects (a few reads per edition, whatever the number of projects).
 */
@ApplicationScoped
public class SurveyResults {

    /** Everything the results page shows. */
    public record Results(Survey survey, List<ResponseRate> rates, Indicators total, Map<Dimension, List<Group>> groups,
                          Indicators reports, List<FreeAnswer> freeAnswers) {
    }

    @Inject private SurveyRepository surveys;
    @Inject private FollowUpService followUp;
    @Inject private FollowUpRepository followUpRecords;

    Results of(Survey survey) {
        List<SurveyInvitation> invitations = surveys.invitationsOf(survey.id());
        Map<Long, GrantLine> funded = survey.editions().stream().flatMap(e -> followUp.grants(e).stream())
                .collect(Collectors.toMap(l -> l.project().id(), Function.identity()));
        List<Respondent> respondents = invitations.stream().filter(i -> funded.containsKey(i.projectId()))
                .flatMap(i -> i.answer().map(a -> respondent(i.edition(), funded.get(i.projectId()), a.observation())).stream())
                .toList();
        Map<Dimension, List<Group>> groups = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            groups.put(dimension, Respondent.by(dimension, respondents));
        }
        Map<Long, List<StatusReport>> reports = followUpRecords.reportsOfProjects(funded.keySet()).stream()
                .collect(Collectors.groupingBy(StatusReport::projectId));
        Indicators fromReports = Indicators.of(reports.values().stream().map(Observation::ofReports).flatMap(Optional::stream).toList());
        return new Results(survey, ResponseRate.of(invitations), Respondent.total(respondents), groups, fromReports,
                surveys.freeAnswersOf(survey.id()));
    }

    private static Respondent respondent(int edition, GrantLine line, Observation observation) {
        return new Respondent(edition, line.project().category().name(), line.grant().territoryCode(),
                line.project().theme().map(Enum::name).orElse(null), observation);
    }
}
