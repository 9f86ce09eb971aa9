package fr.budgetcitoyen.web.platform;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.InvalidFieldsException.Problem;
import fr.budgetcitoyen.shared.Refusal;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefusalsTest {

    /** The messages a page would show, as "clientId=key" or "global=key". */
    private static final class Written implements Refusals.Page {
        final List<String> messages = new ArrayList<>();
        boolean failed;

        @Override
        public void onField(String clientId, String key) {
            messages.add(clientId + "=" + key);
        }

        @Override
        public void global(String key) {
            messages.add("global=" + key);
        }

        @Override
        public void validationFailed() {
            failed = true;
        }
    }

    /** A refusal of the domain other than invalid fields, such as a closed step. */
    private static final class Closed extends RuntimeException implements Refusal {
        @Override
        public String messageKey() {
            return "phase.closed.IDEAS";
        }
    }

    private final Written page = new Written();

    private static Runnable refusing(Problem... problems) {
        return () -> {
            throw new InvalidFieldsException(List.of(problems));
        };
    }

    @Test
    void eachProblemGoesNextToItsOwnFieldOfTheForm() {
        boolean done = Refusals.attempt(refusing(new Problem("title", "idea.title.required"),
                new Problem("description", "idea.description.tooLong")), Refusals.form("idea"), page);

        assertFalse(done);
        assertEquals(List.of("idea:title=idea.title.required", "idea:description=idea.description.tooLong"), page.messages);
        assertTrue(page.failed, "the inputs keep what was typed");
    }

    @Test
    void aProblemWithoutAFieldOrPlacedNowhereIsGlobal() {
        Refusals.attempt(refusing(new Problem(null, "campaign.notDraft")), Refusals.form("identity"), page);
        Refusals.attempt(refusing(new Problem("slot", "slot.taken")), Refusals.GLOBAL, page);

        assertEquals(List.of("global=campaign.notDraft", "global=slot.taken"), page.messages);
    }

    @Test
    void aPlacementRenamesTheFieldsTypedInSeveralInputs() {
        Refusals.attempt(refusing(new Problem("startsAt", "slot.startsAt.past"), new Problem("minutes", "slot.duration.range")),
                field -> "slot:" + ("startsAt".equals(field) ? "day" : field), page);

        assertEquals(List.of("slot:day=slot.startsAt.past", "slot:minutes=slot.duration.range"), page.messages);
    }

    @Test
    void anotherDomainRefusalIsAGlobalMessage() {
        boolean done = Refusals.attempt(() -> {
            throw new Closed();
        }, Refusals.form("idea"), page);

        assertFalse(done);
        assertEquals(List.of("global=phase.closed.IDEAS"), page.messages);
    }

    @Test
    void anAcceptedActionShowsNothingAndABugIsNoRefusal() {
        assertTrue(Refusals.attempt(() -> { }, Refusals.form("idea"), page));
        assertEquals(List.of(), page.messages);
        assertFalse(page.failed);

        IllegalStateException bug = new IllegalStateException("not a refusal");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> Refusals.attempt(() -> {
            throw bug;
        }, Refusals.form("idea"), page)));
    }
}
