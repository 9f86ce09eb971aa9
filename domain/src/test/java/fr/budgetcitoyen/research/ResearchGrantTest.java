package fr.budgetcitoyen.research;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResearchGrantTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static ResearchGrant grant(LocalDate until) {
        return ResearchGrant.grant(7L, "Thèse : le vote des jeunes", until, "agent@demo.budgetcitoyen.fr", TODAY, NOW);
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsField() {
        InvalidFieldsException invalid = assertThrows(InvalidFieldsException.class,
                () -> ResearchGrant.grant(null, " ", TODAY.minusDays(1), "agent", TODAY, NOW));
        assertEquals(List.of(new InvalidFieldsException.Problem("email", "research.email.unknown"),
                new InvalidFieldsException.Problem("purpose", "research.purpose.required"),
                new InvalidFieldsException.Problem("expiresOn", "research.expiresOn.past")), invalid.problems());
        assertEquals("research.expiresOn.tooFar", assertThrows(InvalidFieldsException.class,
                () -> grant(TODAY.plusYears(3).plusDays(1))).problems().get(0).key());
        assertEquals("research.expiresOn.required", assertThrows(InvalidFieldsException.class,
                () -> grant(null)).problems().get(0).key());
    }

    @Test
    void aGrantIsActiveUntilItsExpiryIncludedThenExpires() {
        ResearchGrant grant = grant(TODAY);
        assertEquals(ResearchGrant.Status.ACTIVE, grant.status(TODAY));
        assertEquals(ResearchGrant.Status.EXPIRED, grant.status(TODAY.plusDays(1)));
    }

    @Test
    void aRevokedGrantStaysRevokedAndKeepsItsFirstRevocation() {
        ResearchGrant grant = grant(TODAY.plusMonths(6));
        grant.revoke("agent-1", NOW);
        grant.revoke("agent-2", NOW.plusSeconds(60));
        assertEquals(ResearchGrant.Status.REVOKED, grant.status(TODAY));
        assertEquals("agent-1", grant.revoked().orElseThrow().by());
    }

    @Test
    void theRefusalSaysWhyAndAnActiveGrantWinsOverAnOldOne() {
        assertEquals(ResearchRefusedException.Reason.NO_GRANT, refusal(List.of()));
        ResearchGrant expired = ResearchGrant.grant(7L, "Master", TODAY.minusMonths(1), "agent", TODAY.minusYears(1), NOW.minusSeconds(86_400 * 365));
        assertEquals(ResearchRefusedException.Reason.EXPIRED, refusal(List.of(expired)));
        ResearchGrant revoked = grant(TODAY.plusMonths(1));
        revoked.revoke("agent", NOW);
        assertEquals(ResearchRefusedException.Reason.REVOKED, refusal(List.of(revoked, expired)));
        ResearchGrant active = grant(TODAY.plusMonths(2));
        assertEquals(active, ResearchGrant.requireActive(List.of(revoked, active, expired), TODAY));
    }

    private static ResearchRefusedException.Reason refusal(List<ResearchGrant> grants) {
        return assertThrows(ResearchRefusedException.class, () -> ResearchGrant.requireActive(grants, TODAY)).reason();
    }
}
