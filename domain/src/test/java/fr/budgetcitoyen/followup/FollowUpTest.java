package fr.budgetcitoyen.followup;

import fr.budgetcitoyen.allocation.plan.AllocationPlan;
import fr.budgetcitoyen.allocation.plan.AllocationRun;
import fr.budgetcitoyen.allocation.plan.Candidate;
import fr.budgetcitoyen.allocation.plan.DepartmentAllocation;
import fr.budgetcitoyen.shared.Ids;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FollowUpTest {

    private static final LocalDate DECISION = LocalDate.of(2021, 12, 13);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static List<FundedProject> decided() {
        var allocation = DepartmentAllocation.allocate(AllocationPlan.DEFAULT, List.of(
                new Candidate(1, "A", "arrageois", 1_500_000, 120),
                new Candidate(2, "A", "calaisis", 1_000_050, 90),
                new Candidate(3, "A", "calaisis", 900_000, 10)), Map.of("A", 2_600_000L, "*", 2_600_000L));
        AllocationRun run = AllocationRun.record(7, allocation, "hash", "agent@example.org", NOW);
        run.validate(DECISION, "CP 2021-12-13 n° 42");
        return FundedProject.of(run).stream().map(f -> Ids.assign(f, f.projectId() + 100)).toList();
    }

    @Test
    void theGrantsAreExactlyTheDecisionsFundedProjectsAndAmounts() {
        List<FundedProject> grants = decided();
        assertEquals(List.of(1L, 2L), grants.stream().map(FundedProject::projectId).toList());
        assertEquals(Money.parse("10000,50"), grants.get(1).granted(), "cents kept as decided");
        assertEquals("CP 2021-12-13 n° 42", grants.get(0).deliberation());
    }

    @Test
    void instalmentsNeedASignedAgreementAndNeverExceedTheGrant() {
        FundedProject grant = decided().get(0);
        InvalidFieldsException unsigned = assertThrows(InvalidFieldsException.class,
                () -> grant.pay(LocalDate.of(2022, 2, 1), Money.euros(7_500), null, List.of(), TODAY));
        assertEquals("followup.instalment.unsigned", unsigned.problems().get(0).key());
        assertThrows(InvalidFieldsException.class, () -> grant.signAgreement(DECISION.minusDays(1), TODAY));
        grant.signAgreement(LocalDate.of(2022, 1, 20), TODAY);

        Instalment first = grant.pay(LocalDate.of(2022, 2, 1), Money.euros(7_500), "Mandat 1", List.of(), TODAY);
        InvalidFieldsException over = assertThrows(InvalidFieldsException.class,
                () -> grant.pay(LocalDate.of(2022, 9, 1), Money.parse("7500,01"), null, List.of(first), TODAY));
        assertEquals(List.of(new InvalidFieldsException.Problem("amount", "followup.instalment.amount.overGrant")), over.problems());
        InvalidFieldsException early = assertThrows(InvalidFieldsException.class,
                () -> grant.pay(LocalDate.of(2022, 1, 2), Money.euros(1), null, List.of(first), TODAY));
        assertEquals("followup.instalment.beforeAgreement", early.problems().get(0).key());
        assertEquals(Money.euros(7_500), grant.pay(LocalDate.of(2022, 9, 1), Money.euros(7_500), null, List.of(first), TODAY).amount());
    }

    @Test
    void aMistypedInstalmentIsReversedOnceWithAReasonAndItsAmountCanBePaidAgain() {
        FundedProject grant = decided().get(0);
        grant.signAgreement(LocalDate.of(2022, 1, 20), TODAY);
        Instalment typo = Ids.assign(grant.pay(LocalDate.of(2022, 2, 1), Money.euros(15_000), "Mandat 1", List.of(), TODAY), 1);
        InvalidFieldsException full = assertThrows(InvalidFieldsException.class,
                () -> grant.pay(LocalDate.of(2022, 2, 2), Money.euros(1_500), null, List.of(typo), TODAY));
        assertEquals("followup.instalment.amount.overGrant", full.problems().get(0).key(), "the typo used up the whole grant");

        InvalidFieldsException noReason = assertThrows(InvalidFieldsException.class, () -> grant.reverse(typo, " ", List.of(typo)));
        assertEquals(List.of(new InvalidFieldsException.Problem("reason", "followup.reversal.reason.required")), noReason.problems());
        Instalment reversal = Ids.assign(grant.reverse(typo, "15 000 € saisis au lieu de 1 500 €", List.of(typo)), 2);
        assertEquals(typo.paidOn(), reversal.paidOn());
        assertEquals(Money.euros(-15_000), reversal.signedAmount());
        assertEquals(Money.ZERO, Instalment.paid(List.of(typo, reversal)), "the instalment is kept, cancelled");

        List<Instalment> both = List.of(typo, reversal);
        assertEquals(List.of(new InvalidFieldsException.Problem("reason", "followup.reversal.already")),
                assertThrows(InvalidFieldsException.class, () -> grant.reverse(typo, "encore", both)).problems());
        assertEquals(List.of(new InvalidFieldsException.Problem("reason", "followup.reversal.ofReversal")),
                assertThrows(InvalidFieldsException.class, () -> grant.reverse(reversal, "annuler l'annulation", both)).problems());
        FundedProject other = decided().get(1);
        assertEquals("followup.reversal.unknown",
                assertThrows(InvalidFieldsException.class, () -> other.reverse(typo, "pas la bonne subvention", both)).problems().get(0).key());

        assertEquals(Money.euros(1_500), grant.pay(LocalDate.of(2022, 2, 2), Money.euros(1_500), null, both, TODAY).amount());
        assertThrows(InvalidFieldsException.class, () -> grant.pay(LocalDate.of(2022, 2, 2), Money.parse("-10"), null, both, TODAY),
                "never a negative instalment");
    }

    @Test
    void aReportSaysEveryWrongFieldAndTheImpactCountsTheLatestReports() {
        List<FundedProject> grants = decided();
        InvalidFieldsException invalid = assertThrows(InvalidFieldsException.class, () -> StatusReport.file(grants.get(0), 2026,
                new StatusReport.Status(true, -1, null, " "), "carrier@example.org", NOW));
        assertEquals(List.of("volunteers", "employees", "achievements"),
                invalid.problems().stream().map(InvalidFieldsException.Problem::field).toList());

        StatusReport old = StatusReport.file(grants.get(0), 2024, new StatusReport.Status(true, 12, 1, "Ouverture."), "c", NOW);
        StatusReport latest = StatusReport.file(grants.get(0), 2026, new StatusReport.Status(false, 0, 0, "Arrêt en 2025."), "c", NOW);
        StatusReport other = StatusReport.file(grants.get(1), 2026, new StatusReport.Status(true, 8, 2, "Deux salariés."), "c", NOW);
        Impact impact = Impact.of(List.of(
                new Impact.Followed(grants.get(0), Money.euros(15_000), Impact.latest(List.of(latest, old))),
                new Impact.Followed(grants.get(1), Money.ZERO, Impact.latest(List.of(other)))));
        assertEquals(2, impact.total().funded());
        assertEquals(Money.parse("25000,50"), impact.total().granted());
        assertEquals(1, impact.total().active(), "the 2026 report of project 1 says it stopped");
        assertEquals(Optional.of(BigDecimal.valueOf(50)), impact.total().activePercent());
        assertEquals(List.of("arrageois", "calaisis"), impact.territories().stream().map(Impact.Line::territoryCode).toList());
        assertEquals(8, impact.territories().get(1).volunteers());
        assertEquals(Optional.empty(), Impact.of(List.of(new Impact.Followed(grants.get(1), Money.ZERO, Optional.empty())))
                .total().activePercent(), "no report, no share");
    }
}
