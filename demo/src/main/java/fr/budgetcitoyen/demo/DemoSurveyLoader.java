package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.followup.FollowUpRepository;
import fr.budgetcitoyen.followup.FundedProject;
import fr.budgetcitoyen.followup.StatusReport;
import fr.budgetcitoyen.project.ProjectRepository;
import fr.budgetcitoyen.survey.Answer;
import fr.budgetcitoyen.survey.Question;
import fr.budgetcitoyen.survey.Reach;
import fr.budgetcitoyen.survey.Survey;
import fr.budgetcitoyen.survey.SurveyInvitation;
import fr.budgetcitoyen.survey.SurveyRepository;
import fr.budgetcitoyen.survey.Trend;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One past impact survey of the demo, « Étude d'impact 2018–2023 », closed, on the funded projects of 2018 and
 * 2021, about two answers in three; and a 2024 report before the 2025 ones, so the reports give trends too.
 * Figures are illustrative.
 */
@Dependent
class DemoSurveyLoader {

    private static final LocalDate OPENED = LocalDate.of(2024, 3, 4);
    private static final Instant AT = OPENED.atTime(9, 0).toInstant(ZoneOffset.UTC);

    private static final String[] SAID = {"", "Une reconnaissance qui a ouvert d'autres portes (mairie, fondations).",
        "Le vote nous a fait connaître des habitants du quartier, devenus bénévoles.", "",
        "La subvention a payé le matériel ; le plus dur reste de financer un poste."};

    @Inject private SurveyRepository surveys;
    @Inject private FollowUpRepository followUp;
    @Inject private ProjectRepository projects;
    @Inject private AccountRepository accounts;

    void load(Campaign... editions) {
        Survey survey = Survey.open(new Survey.Draft("Étude d'impact 2018–2023", Set.of(2018, 2021), EnumSet.allOf(Question.class),
                List.of("Qu'est-ce que le Budget citoyen a changé pour votre structure ?"), OPENED.plusMonths(2)),
                Set.of(2018, 2021), OPENED, "agent@demo.budgetcitoyen.fr", AT);
        surveys.store(survey);
        int n = 0;
        for (Campaign edition : editions) {
            for (FundedProject grant : followUp.grantsOf(edition.id())) {
                n++;
                SurveyInvitation invitation = SurveyInvitation.send(survey, grant, edition.year(), recipient(grant), AT).invitation();
                if (n % 3 != 0) {
                    invitation.answer(survey, answer(n), List.of(SAID[n % SAID.length]), AT.plusSeconds(86_400L * n), OPENED.plusDays(n));
                }
                surveys.store(invitation);
                olderReport(grant, n);
            }
        }
    }

    /** Mostly still active, volunteers up more often than employees, as in the study. */
    private static Answer answer(int n) {
        return new Answer(n % 7 != 0, n % 5 < 3 ? Trend.MORE : n % 5 == 3 ? Trend.SAME : Trend.FEWER,
                n % 2 == 0 ? Trend.MORE : Trend.SAME, n % 4 == 0 ? Reach.PARTLY : n % 9 == 0 ? Reach.NOT : Reach.FULLY);
    }

    /** The carrier's account when the project has one; otherwise an address that never receives anything. */
    private String recipient(FundedProject grant) {
        return projects.find(grant.projectId()).map(p -> p.ownerId()).flatMap(id -> id == null ? java.util.Optional.empty() : accounts.find(id))
                .map(Account::email).orElse("porteur-" + grant.projectId() + "@demo.invalid");
    }

    /** The 2024 report of projects that reported in 2025, with fewer volunteers for most. */
    private void olderReport(FundedProject grant, int n) {
        followUp.reportsOf(grant.projectId()).stream().filter(r -> r.year() == 2025).findFirst().ifPresent(latest ->
                followUp.store(StatusReport.file(grant, 2024, new StatusReport.Status(true, Math.max(0, latest.volunteers() - n % 3),
                        Math.max(0, latest.employees() - n % 2), "Premières activités."), latest.reported().by(), AT)));
    }
}
