package fr.budgetcitoyen.vote;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.campaign.Campaign;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.testing.TestContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every holder's call finds the caller among the edition's key holders first, and a step is taken only when it is theirs. */
class UrnCeremonyTest {

    private TestContainer container;
    private UrnCeremony ceremony;

    @BeforeEach
    void start() {
        container = TestContainer.start();
        Campaign campaign = container.persist(Campaign.draft(2024, "Budget citoyen 2024", Money.euros(1_000_000)));
        Account holder = account("holder@example.org");
        account("outsider@example.org");
        container.persist(Urn.prepare(campaign.id(), 1, 1));
        container.persist(new KeyHolder(campaign.id(), 1, holder.id(), "Holder"));
        ceremony = container.bean(UrnCeremony.class);
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void anyoneButAHolderIsRefusedAtEveryCall() {
        container.actAs("outsider@example.org");
        assertRefused("urn.notHolder", () -> ceremony.holderView(2024));
        assertRefused("urn.notHolder", () -> ceremony.submit(2024, CeremonyStep.CERT, "{}"));
        assertRefused("urn.notHolder", () -> ceremony.confirmComparison(2024));
        assertRefused("urn.unknownEdition", () -> ceremony.holderView(2030));
    }

    @Test
    void aHolderTakesOnlyTheStepTheCeremonyExpectsOfThem() {
        container.actAs("holder@example.org");
        HolderView view = container.inTransaction(() -> ceremony.holderView(2024));
        assertEquals(CeremonyStep.CERT, view.step());
        assertEquals(1, view.position());
        assertRefused("urn.step.unexpected", () -> ceremony.confirmComparison(2024));
        assertRefused("urn.step.unexpected", () -> ceremony.submit(2024, CeremonyStep.POLYNOMIAL, "{}"));
        assertRefused("urn.step.unexpected", () -> ceremony.submit(2024, null, "{}"));
    }

    private void assertRefused(String key, Runnable call) {
        assertEquals(key, assertThrows(UrnException.class, () -> container.inTransaction(call)).messageKey());
    }

    private Account account(String email) {
        LocalDate today = LocalDate.now(container.clock());
        return container.persist(Account.register(email, "Holder", LocalDate.of(1990, 1, 1), "62041", null, "hash",
                container.clock().instant(), today));
    }
}
