package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.campaign.PhaseType;
import fr.budgetcitoyen.demo.DemoEditions;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoterEligibilityTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final Campaign voting = DemoEditions.currentEdition(TODAY, PhaseType.VOTE);
    private final LocalDate closing = voting.calendar().phase(PhaseType.VOTE).orElseThrow().endDate();

    static Account resident(LocalDate birthDate, String commune) {
        String parent = birthDate.isAfter(TODAY.minusYears(15)) ? "parent@example.org" : null;
        Account account = Account.register("habitant@example.org", "Habitant", birthDate, commune, parent, "hash",
                Instant.parse("2026-01-01T00:00:00Z"), TODAY.minusYears(1));
        if (account.needsParentalConsent(TODAY.minusYears(1))) {
            account.confirmEmail(TODAY.minusYears(1));
            account.recordParentalConsent();
        } else {
            account.confirmEmail(TODAY.minusYears(1));
        }
        return account;
    }

    @Test
    void anActiveResidentOfElevenOrMoreMayVoteDuringTheVote() {
        assertEquals(List.of(), VoterEligibility.refusals(Voter.of(resident(LocalDate.of(1980, 5, 1), "62041")), voting, TODAY));
    }

    @Test
    void ageIsTakenOnTheClosingDay() {
        Account elevenOnClosingDay = resident(closing.minusYears(11), "62041");
        Account elevenTheDayAfter = resident(closing.minusYears(11).plusDays(1), "62041");
        assertEquals(List.of(), VoterEligibility.refusals(Voter.of(elevenOnClosingDay), voting, TODAY));
        assertEquals(List.of(Ineligibility.TOO_YOUNG), VoterEligibility.refusals(Voter.of(elevenTheDayAfter), voting, TODAY));
    }

    @Test
    void eachMissingConditionHasItsOwnReason() {
        Account unconfirmed = Account.register("x@example.org", "X", LocalDate.of(1990, 1, 1), "62041", null, "hash",
                Instant.parse("2026-01-01T00:00:00Z"), TODAY);
        assertEquals(List.of(Ineligibility.EMAIL_NOT_CONFIRMED), VoterEligibility.refusals(Voter.of(unconfirmed), voting, TODAY));

        Account fromProvider = Account.fromIdentityProvider("y@example.org", "Y", null, Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(List.of(Ineligibility.BIRTH_DATE_MISSING, Ineligibility.COMMUNE_MISSING),
                VoterEligibility.refusals(Voter.of(fromProvider), voting, TODAY));
        assertEquals("/complete-profile", Ineligibility.COMMUNE_MISSING.wayOut().orElseThrow());
        assertTrue(Ineligibility.TOO_YOUNG.wayOut().isEmpty(), "nothing the resident can do about their age");

        Account flagged = resident(LocalDate.of(1990, 1, 1), "62041");
        flagged.flag();
        flagged.deactivate();
        assertEquals(List.of(Ineligibility.ACCOUNT_INACTIVE, Ineligibility.ACCOUNT_FLAGGED),
                VoterEligibility.refusals(Voter.of(flagged), voting, TODAY));
    }

    @Test
    void aCertifiedResidentVotesOnceTheirCommuneIsGivenAndNotAfterMovingAway() {
        Account certified = Account.fromIdentityProvider("z@example.org", "Z", LocalDate.of(1984, 2, 3),
                Instant.parse("2026-01-01T00:00:00Z"));
        assertTrue(certified.birthDateCertified());
        assertEquals(List.of(Ineligibility.COMMUNE_MISSING), VoterEligibility.refusals(Voter.of(certified), voting, TODAY));
        certified.completeProfile("62041", null, TODAY);
        assertEquals(List.of(), VoterEligibility.refusals(Voter.of(certified), voting, TODAY));
        certified.moveTo(null);
        assertEquals(List.of(Ineligibility.LIVES_OUTSIDE), VoterEligibility.refusals(Voter.of(certified), voting, TODAY));
        assertTrue(certified.isProfileComplete(), "outside is an answer: nothing more to ask");
        certified.moveTo("62193");
        assertEquals(List.of(), VoterEligibility.refusals(Voter.of(certified), voting, TODAY));
    }

    @Test
    void aCertifiedMinorUnder15WaitsForAParentOnceTheProfileIsComplete() {
        Account minor = Account.fromIdentityProvider("m@example.org", "M", TODAY.minusYears(13),
                Instant.parse("2026-01-01T00:00:00Z"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> minor.completeProfile("62041", null, TODAY));
        minor.completeProfile("62041", "parent@example.org", TODAY);
        assertEquals(fr.budgetcitoyen.account.AccountStatus.AWAITING_PARENTAL_CONSENT, minor.status());
        assertEquals(List.of(Ineligibility.ACCOUNT_INACTIVE), VoterEligibility.refusals(Voter.of(minor), voting, TODAY));
        minor.recordParentalConsent();
        assertEquals(List.of(), VoterEligibility.refusals(Voter.of(minor), voting, TODAY));
    }

    @Test
    void nobodyVotesOutsideTheVote() {
        Account adult = resident(LocalDate.of(1980, 5, 1), "62041");
        assertEquals(List.of(Ineligibility.VOTE_CLOSED), VoterEligibility.refusals(Voter.of(adult), voting, closing.plusDays(1)));
        Campaign collectingIdeas = DemoEditions.currentEdition(TODAY, PhaseType.IDEAS);
        assertTrue(VoterEligibility.refusals(Voter.of(adult), collectingIdeas, TODAY).contains(Ineligibility.VOTE_CLOSED));
    }
}
