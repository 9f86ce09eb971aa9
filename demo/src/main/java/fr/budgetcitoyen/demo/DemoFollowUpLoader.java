package fr.budgetcitoyen.demo;

import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.followup.FollowUpRepository;
import fr.budgetcitoyen.followup.FundedProject;
import fr.budgetcitoyen.followup.Instalment;
import fr.budgetcitoyen.followup.StatusReport;
import fr.budgetcitoyen.project.ProjectRepository;
import fr.budgetcitoyen.shared.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The 2018 edition of the demo, years on: its laureates as the Commission permanente decided them (the
 * decision opened their grants), agreements signed, grants paid in two instalments, and most carriers'
 * yearly reports — so the follow-up and the impact dashboard have something to show. Figures are illustrative.
 */
@Dependent
class DemoFollowUpLoader {

    @Inject private FollowUpRepository followUp;
    @Inject private ProjectRepository projects;
    @Inject private Clock clock;

    /** The first laureate (in selection order) is the demo carrier's; the last two still wait for their agreement. */
    void load(Campaign edition, long carrierId) {
        Instant now = Instant.now(clock);
        List<FundedProject> grants = followUp.grantsOf(edition.id()).stream().sorted(Comparator.comparing(FundedProject::id)).toList();
        for (int n = 1; n <= grants.size(); n++) {
            FundedProject grant = grants.get(n - 1);
            if (n == 1) {
                projects.find(grant.projectId()).orElseThrow().entrustTo(carrierId);
            }
            if (n <= grants.size() - 2) {
                payInTwoInstalments(grant);
            }
            if (n <= grants.size() - 2 && n % 5 != 0) { // one carrier in five has not reported yet
                boolean active = n % 6 != 0;
                followUp.store(StatusReport.file(grant, 2025, new StatusReport.Status(active, active ? 4 + n * 3 % 17 : 0,
                        active ? n % 4 : 0, active ? "L'activité continue et accueille de nouveaux bénévoles." : "Activité arrêtée en 2024."),
                        "carrier@demo.budgetcitoyen.fr", now));
            }
        }
    }

    private void payInTwoInstalments(FundedProject grant) {
        LocalDate today = LocalDate.now(clock);
        grant.signAgreement(LocalDate.of(2019, 1, 21), today);
        Money first = grant.granted().percent(BigDecimal.valueOf(70));
        Instalment advance = grant.pay(LocalDate.of(2019, 2, 15), first, "Mandat 2019-" + grant.projectId(), List.of(), today);
        followUp.store(advance);
        followUp.store(grant.pay(LocalDate.of(2019, 11, 15), grant.granted().minus(first), "Solde", List.of(advance), today));
    }
}
